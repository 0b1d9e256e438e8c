// POST /contact/send: the public contact request as JSON (in and out), for clients other than the
// page's own form (which posts to its server action, sendContactForm, with or without JavaScript,
// through the same submitContactRequest). A stable address with plain HTTP statuses: 201 sent,
// 400 bad input (field errors), 413 too large, 415 not JSON, 429 rate limited. The body is read with
// a hard size limit before it is parsed; nothing here ever answers a bad request with a 500.
import { NextResponse } from "next/server";
import { db } from "@/lib/db/client.ts";
import { clientIp } from "@/lib/auth/client-ip.ts";
import { CONTACT_LIMITS } from "@/lib/contact/schema.ts";
import { overContactLimit, refusedContact, statusOf, submitContactRequest, type SubmitContactResult } from "@/lib/contact/submit-contact-request.ts";

export const dynamic = "force-dynamic";

function reply(result: SubmitContactResult, status = statusOf(result)) {
  return NextResponse.json(result, { status, headers: { "Cache-Control": "no-store" } });
}

/** Reads at most `limit` bytes of the body; null when it is longer. */
async function readLimited(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

export async function POST(request: Request) {
  const ip = clientIp(request.headers);
  // A request refused before it reaches the form's checks still counts against the address.
  const refuse = async (result: SubmitContactResult, status: number) =>
    (await overContactLimit(db, ip)) ? reply(refusedContact("RATE_LIMITED")) : reply(result, status);
  try {
    if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json"))
      return await refuse(refusedContact("REJECTED"), 415);
    const text = await readLimited(request, CONTACT_LIMITS.body);
    if (text === null) return await refuse({ ok: false, code: "VALIDATION", message: "contactTooLarge", fieldErrors: {} }, 413);
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      input = null;
    }
    if (typeof input !== "object" || input === null || Array.isArray(input)) return await refuse(refusedContact("REJECTED"), 400);
    return reply(await submitContactRequest(db, input, { ip }));
  } catch (err) {
    console.error("[contact.send] failed", err instanceof Error ? err.message : "unknown error");
    return reply(refusedContact("UNEXPECTED"));
  }
}
