// `npm run abuse:contact -- [baseUrl] [count]`: NOT part of CI. Sends `count` (default 1,000) requests
// to a running server's public contact endpoint (POST /contact/send): valid ones, malformed ones
// (bad JSON, wrong types, HTML, bad e-mail and phone, unknown municipality, filled honeypot, not
// JSON at all) and oversized ones (a 3,001-character message, a 100 kB body, a 2 MB body). Prints
// how many were accepted, rejected and rate-limited, and whether any got a 500.
//
// The municipality for the valid requests is read from the contact page's <select>. Requests are
// sent from one client address, 8 at a time, so the per-address rate limit is what stops them.
const base = (process.argv[2] ?? process.env.BASE_URL ?? "http://localhost:3000").replace(/\/$/, "");
const total = Number(process.argv[3] ?? 1000);
const CONCURRENCY = 8;

async function firstMunicipality(): Promise<string> {
  const html = await (await fetch(`${base}/contact`)).text();
  const m = /<select[^>]*id="municipalityId"[\s\S]*?<option value="([0-9a-f-]{36})"/i.exec(html);
  if (!m?.[1]) throw new Error("no municipality on the contact page (is the server seeded?)");
  return m[1];
}

type Kind = "valid" | "malformed" | "oversized";
interface Probe {
  kind: Kind;
  label: string;
  body: string;
  contentType?: string;
}

function probes(municipalityId: string): Probe[] {
  const valid = {
    municipalityId,
    childrenAges: "3 ja 7 vuotta",
    message: "Toivomme keskustelua arjen sujumisesta.",
    contactPreference: "PHONE",
    phone: "040 123 4567",
    email: "",
    contactTimes: "",
    language: "fi",
    interpreterNeeded: false,
    interpreterLanguage: "",
    privacyAcknowledged: true,
    website: "",
  };
  const json = (o: unknown) => JSON.stringify(o);
  return [
    { kind: "valid", label: "valid phone", body: json(valid) },
    { kind: "valid", label: "valid e-mail", body: json({ ...valid, contactPreference: "EMAIL", phone: "", email: "perhe@example.fi" }) },
    { kind: "malformed", label: "broken JSON", body: '{"municipalityId": "' },
    { kind: "malformed", label: "JSON array", body: "[1,2,3]" },
    { kind: "malformed", label: "JSON null", body: "null" },
    { kind: "malformed", label: "not JSON", body: "municipalityId=x&message=y", contentType: "application/x-www-form-urlencoded" },
    { kind: "malformed", label: "wrong types", body: json({ ...valid, interpreterNeeded: "yes", privacyAcknowledged: 1, language: 7 }) },
    { kind: "malformed", label: "object injection", body: json({ ...valid, municipalityId: { $ne: null }, message: { toString: "x" } }) },
    { kind: "malformed", label: "script", body: json({ ...valid, message: "<script>alert(1)</script>" }) },
    { kind: "malformed", label: "html in ages", body: json({ ...valid, childrenAges: '<img src=x onerror="alert(1)">' }) },
    { kind: "malformed", label: "bad e-mail", body: json({ ...valid, contactPreference: "EMAIL", email: "not-an-address" }) },
    { kind: "malformed", label: "bad phone", body: json({ ...valid, phone: "call me maybe" }) },
    { kind: "malformed", label: "no contact method", body: json({ ...valid, contactPreference: undefined }) },
    { kind: "malformed", label: "unknown municipality", body: json({ ...valid, municipalityId: "00000000-0000-4000-8000-000000000000" }) },
    { kind: "malformed", label: "honeypot", body: json({ ...valid, website: "http://spam.example" }) },
    { kind: "malformed", label: "control chars", body: json({ ...valid, message: "a\u0000b\u202ec" }) },
    { kind: "oversized", label: "message 3001 chars", body: json({ ...valid, message: "x".repeat(3001) }) },
    { kind: "oversized", label: "body 100 kB", body: json({ ...valid, message: "y".repeat(100_000) }) },
    { kind: "oversized", label: "body 2 MB", body: json({ ...valid, extra: "z".repeat(2_000_000) }) },
  ];
}

async function main() {
  const municipalityId = await firstMunicipality();
  const list = probes(municipalityId);
  const counts = { accepted: 0, rejected: 0, rateLimited: 0, serverErrors: 0, networkErrors: 0 };
  const byStatus = new Map<number, number>();
  const byKind = new Map<string, { sent: number; accepted: number; rejected: number; rateLimited: number }>();
  const errors500: string[] = [];
  let next = 0;
  const started = Date.now();

  async function worker() {
    for (;;) {
      const i = next++;
      if (i >= total) return;
      // Mostly abuse: one valid request in ten.
      const probe = i % 10 === 0 ? list[i % 2]! : list[2 + (i % (list.length - 2))]!;
      const k = byKind.get(probe.kind) ?? { sent: 0, accepted: 0, rejected: 0, rateLimited: 0 };
      byKind.set(probe.kind, k);
      k.sent++;
      try {
        const res = await fetch(`${base}/contact/send`, { method: "POST", headers: { "Content-Type": probe.contentType ?? "application/json" }, body: probe.body });
        await res.arrayBuffer();
        byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
        if (res.status >= 500) {
          counts.serverErrors++;
          errors500.push(`${probe.label}: ${res.status}`);
        } else if (res.status === 429) {
          counts.rateLimited++;
          k.rateLimited++;
        } else if (res.status === 201) {
          counts.accepted++;
          k.accepted++;
        } else {
          counts.rejected++;
          k.rejected++;
        }
      } catch (err) {
        counts.networkErrors++;
        errors500.push(`${probe.label}: network error ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));

  console.log(`Contact form abuse run against ${base}: ${total} requests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`  accepted:      ${counts.accepted}`);
  console.log(`  rejected:      ${counts.rejected}`);
  console.log(`  rate-limited:  ${counts.rateLimited}`);
  console.log(`  5xx responses: ${counts.serverErrors}${counts.networkErrors ? `, network errors: ${counts.networkErrors}` : ""}`);
  console.log(`  any 500: ${counts.serverErrors > 0 ? "YES" : "no"}`);
  console.log(`  by status: ${[...byStatus].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(", ")}`);
  for (const [kind, k] of byKind) console.log(`  ${kind.padEnd(9)} sent ${k.sent}: accepted ${k.accepted}, rejected ${k.rejected}, rate-limited ${k.rateLimited}`);
  if (errors500.length) console.log(`  first failures: ${errors500.slice(0, 5).join("; ")}`);
  process.exit(counts.serverErrors > 0 || counts.networkErrors > 0 ? 1 : 0);
}

main().catch((err) => {
  console.error(`abuse run failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
});
