-- Issue 7: a family whose language is not Finnish, Swedish or English names it for the interpreter
-- (the request's language stays the language the service answers in). Plain text, at most 40 chars.
ALTER TABLE "ContactRequest" ADD COLUMN "interpreterLanguage" TEXT;
-- Where a request was forwarded (another service), as a short plain-text label; never the family's words.
ALTER TABLE "ContactRequest" ADD COLUMN "forwardedTo" TEXT;
-- A request is closed exactly when it has an outcome; a started collaboration has its link.
ALTER TABLE "ContactRequest" ADD CONSTRAINT "ContactRequest_closed_has_outcome" CHECK (
  ("status" = 'CLOSED') = ("outcome" IS NOT NULL AND "closedAt" IS NOT NULL)
  AND ("outcome" IS DISTINCT FROM 'COLLABORATION_STARTED' OR "collaborationId" IS NOT NULL)
);
-- Taken and closed requests name who took them.
ALTER TABLE "ContactRequest" ADD CONSTRAINT "ContactRequest_taken_has_taker" CHECK (
  "status" = 'NEW' OR ("takenById" IS NOT NULL AND "takenAt" IS NOT NULL)
);
