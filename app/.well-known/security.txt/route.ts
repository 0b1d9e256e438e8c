// RFC 9116 security.txt, built per request from configuration (lib/security/security-txt.ts).
import { securityTxt } from "@/lib/security/security-txt.ts";

export const dynamic = "force-dynamic";

export function GET() {
  return new Response(securityTxt(process.env), {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
