// Small counts that could identify a family are never shown: 1–4 becomes "<5". A total is shown
// exactly only when none of its cells is suppressed; otherwise only as "at least" the visible sum,
// so no suppressed cell can be recovered by subtraction.
export const SUPPRESSION_THRESHOLD = 5;

export type Cell = { kind: "value"; value: number } | { kind: "suppressed" };
export type Total = { kind: "value"; value: number } | { kind: "atLeast"; value: number } | { kind: "suppressed" };

export function suppressCell(count: number): Cell {
  return count > 0 && count < SUPPRESSION_THRESHOLD ? { kind: "suppressed" } : { kind: "value", value: count };
}

export function suppressedTotal(counts: number[]): Total {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total > 0 && total < SUPPRESSION_THRESHOLD) return { kind: "suppressed" };
  const hidden = counts.filter((c) => c > 0 && c < SUPPRESSION_THRESHOLD).length;
  if (hidden === 0) return { kind: "value", value: total };
  // Publicly known bounds only: each hidden cell is at least 1, and a total shown this way is at
  // least the threshold (a smaller one would itself be "<5").
  const visible = counts.filter((c) => c === 0 || c >= SUPPRESSION_THRESHOLD).reduce((a, b) => a + b, 0);
  return { kind: "atLeast", value: Math.max(SUPPRESSION_THRESHOLD, visible + hidden) };
}

/**
 * A total that is not the sum of its cells: the distinct meetings of several teams, where one
 * meeting may count for two teams. It is shown exactly only when no cell is hidden and the overlap
 * (sum of cells minus the total, itself a count of meetings) is not small; otherwise only as at
 * least the largest visible cell, the one bound a reader knows without the hidden figures.
 */
export function suppressedDistinctTotal(cells: number[], distinct: number): Total {
  if (distinct > 0 && distinct < SUPPRESSION_THRESHOLD) return { kind: "suppressed" };
  const anyHidden = cells.some((c) => suppressCell(c).kind === "suppressed");
  const overlap = cells.reduce((a, b) => a + b, 0) - distinct;
  if (!anyHidden && suppressCell(overlap).kind !== "suppressed") return { kind: "value", value: distinct };
  const visible = cells.filter((c) => suppressCell(c).kind !== "suppressed");
  return { kind: "atLeast", value: Math.max(SUPPRESSION_THRESHOLD, ...visible) };
}

/** Lower bounds a reader can see, added up: the sum of several totals, each exact or "at least". */
export function totalOfTotals(totals: Total[], exact: number): Total {
  if (exact > 0 && exact < SUPPRESSION_THRESHOLD) return { kind: "suppressed" };
  if (totals.every((t) => t.kind === "value")) return { kind: "value", value: exact };
  const bound = totals.reduce((a, t) => a + (t.kind === "suppressed" ? 1 : t.value), 0);
  return { kind: "atLeast", value: Math.max(SUPPRESSION_THRESHOLD, bound) };
}
