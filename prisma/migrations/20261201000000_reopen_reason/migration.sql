-- Reopening closed joint work says why, in the worker's words (plain text, at most 500 chars),
-- kept beside reopenedAt; the audit event records that it happened, not the words.
ALTER TABLE "Collaboration" ADD COLUMN "reopenReason" TEXT;
