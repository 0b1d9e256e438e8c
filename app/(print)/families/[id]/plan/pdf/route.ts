// The printed plan as a PDF download, for the same readers as the print view. Thin: the loader
// authorizes and writes the one use/disclosure-log event of the download (getPlanForViewer), and
// renderPlanPdf turns the document model into A4 pages. Not yours, not there or a malformed
// version are all the same plain 404; signed out goes to the sign-in page.
import { db } from "@/lib/db/client.ts";
import { currentUser } from "@/lib/auth/current-user.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { loadPlanPrintDocument, parsePlanVersionParam, type LoadedPlanPrint } from "@/lib/plans/print-document.ts";
import { renderPlanPdf } from "@/lib/plans/render-plan-pdf.ts";

export const dynamic = "force-dynamic";

function notFound(): Response {
  return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await currentUser();
  if (!user) return new Response(null, { status: 303, headers: { Location: "/login", "Cache-Control": "no-store" } });
  const { id } = await params;
  let loaded: LoadedPlanPrint | null;
  try {
    loaded = await loadPlanPrintDocument(db, user, id, parsePlanVersionParam(new URL(request.url).searchParams.get("version")));
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") return notFound();
    throw err;
  }
  // Nothing published yet: there is no document to download (the print view explains this).
  if (!loaded) return notFound();
  const pdf = await renderPlanPdf(loaded.document);
  return new Response(pdf, {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      // The file name carries no family data: only the plan's version.
      "Content-Disposition": `attachment; filename="${loaded.document.fileName.replace(/[^A-Za-z0-9._-]/g, "-")}"`,
      "Content-Length": String(pdf.byteLength),
      // Family data: never kept by a browser or shared cache.
      "Cache-Control": "no-store",
    },
  });
}
