// The personal calendar feed for Outlook and other calendar clients. They cannot sign in, so the
// secret token in the URL is the credential (only its hash is stored). Outside the (app) group:
// no session, no redirect to sign-in. An unknown, revoked or malformed token is a plain 404.
// Fetches are not written to the audit log: the feed carries no family data, and calendar clients
// poll it every hour or so.
import { db } from "@/lib/db/client.ts";
import { feedTokenSchema } from "@/lib/calendar/schema.ts";
import { findUserByFeedToken } from "@/lib/calendar/feed-token.ts";
import { listFeedMeetings } from "@/lib/calendar/list-feed-meetings.ts";
import { buildCalendarFeed } from "@/lib/calendar/feed-ics.ts";

export const dynamic = "force-dynamic";

function notFound(): Response {
  return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const token = feedTokenSchema.safeParse((await params).token);
  if (!token.success) return notFound();
  const user = await findUserByFeedToken(db, token.data);
  if (!user) return notFound();
  const now = new Date();
  const body = buildCalendarFeed({ locale: user.locale, meetings: await listFeedMeetings(db, user.id, now), stamp: now });
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="yhteinen-aika.ics"',
      // The feed is one person's calendar: never kept by a shared cache.
      "Cache-Control": "private, no-store",
    },
  });
}
