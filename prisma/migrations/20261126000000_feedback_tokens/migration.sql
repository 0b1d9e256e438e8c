-- Issue 4 item 6: meeting feedback (palaute). At the end of the meeting the chair creates a
-- single-use link (QR code + short code) for one person answering: a parent, a child or a
-- professional. Only the SHA-256 hex hash of the code is stored, never the code itself.
--
-- Anonymity: "Feedback" has no column that refers to a token, so nobody can tell which link (and
-- so which person the chair handed it to) gave which answers. The token only records that it was
-- used.

-- CreateTable
CREATE TABLE "FeedbackToken" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "meetingId" UUID NOT NULL,
    "respondent" "FeedbackRespondent" NOT NULL,
    "codeHash" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "FeedbackToken_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "FeedbackToken_expires_after_creation" CHECK ("expiresAt" > "createdAt"),
    CONSTRAINT "FeedbackToken_codeHash_sha256" CHECK ("codeHash" ~ '^[0-9a-f]{64}$')
);

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackToken_codeHash_key" ON "FeedbackToken"("codeHash");

-- CreateIndex
CREATE INDEX "FeedbackToken_meetingId_idx" ON "FeedbackToken"("meetingId");

-- AddForeignKey
ALTER TABLE "FeedbackToken" ADD CONSTRAINT "FeedbackToken_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "JointMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackToken" ADD CONSTRAINT "FeedbackToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
