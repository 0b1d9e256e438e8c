// The coordinator's downloads: CSV for Finnish Excel (UTF-8 with BOM, semicolon separator, decimal
// comma, CRLF) and a real XLSX (exceljs). Both are written from the same ReportTable as the page,
// so they carry exactly the same suppression.
import ExcelJS from "exceljs";
import { cellText, type ReportTable, type TableCell, type TableRow } from "./tables.ts";

/** Row by row as text, the way the page shows it (decimal comma): header, rows, footer. */
export function tableAsText(table: ReportTable, opts: { decimalComma: boolean; suppressed?: string }): string[][] {
  const line = (r: TableRow) => [r.head, ...r.cells.map((c) => cellText(c, opts))];
  return [table.columns, ...table.rows.map(line), ...(table.footer ? [line(table.footer)] : [])];
}

function csvField(value: string): string {
  // A spreadsheet would run a leading = + - @ as a formula; text from users never starts one.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function notes(table: ReportTable, suppressedNote: string): string[] {
  return [table.definition, table.note, suppressedNote].filter((x): x is string => !!x);
}

export function tableToCsv(table: ReportTable, opts: { suppressedNote: string }): string {
  const lines = tableAsText(table, { decimalComma: true }).map((r) => r.map(csvField).join(";"));
  const extra = notes(table, opts.suppressedNote).map(csvField);
  return "\uFEFF" + [...lines, "", ...extra].join("\r\n") + "\r\n";
}

function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, " ").slice(0, 31).trim() || "Taulukko";
}

function xlsxValue(cell: TableCell): { value: string | number; numFmt?: string } {
  switch (cell.kind) {
    case "text":
      return { value: cell.text };
    case "plain":
      return { value: cell.value };
    case "count":
      return cell.cell.kind === "value" ? { value: cell.cell.value } : { value: cellText(cell, { decimalComma: true }) };
    case "number":
      return cell.value === null ? { value: "–" } : { value: Number(cell.value.toFixed(cell.decimals)), numFmt: cell.decimals > 0 ? "0.0" : "0" };
  }
}

export async function tableToXlsx(table: ReportTable, opts: { suppressedNote: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Yhteinen aika";
  wb.title = table.title;
  const ws = wb.addWorksheet(sheetName(table.title));
  const header = ws.addRow(table.columns);
  header.font = { bold: true };
  const add = (r: TableRow, bold = false) => {
    const row = ws.addRow([r.head, ...r.cells.map((c) => xlsxValue(c).value)]);
    r.cells.forEach((c, i) => {
      const f = xlsxValue(c).numFmt;
      if (f) row.getCell(i + 2).numFmt = f;
      if (c.kind !== "text") row.getCell(i + 2).alignment = { horizontal: "right" };
    });
    if (bold) row.font = { bold: true };
  };
  table.rows.forEach((r) => add(r));
  if (table.footer) add(table.footer, true);
  ws.addRow([]);
  for (const n of notes(table, opts.suppressedNote)) ws.addRow([n]);
  ws.getColumn(1).width = Math.min(60, Math.max(14, ...table.rows.map((r) => r.head.length + 2)));
  for (let i = 2; i <= table.columns.length; i++) ws.getColumn(i).width = Math.max(10, table.columns[i - 1]!.length + 2);
  ws.views = [{ state: "frozen", xSplit: 1, ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
