-- Personal calendar feed (issue 3 item 6): a user subscribes to their meetings from Outlook with a
-- secret URL. Only the SHA-256 hex hash of the token is stored, so a database leak reveals no feed;
-- NULL means no feed (never created, or revoked).

-- AlterTable
ALTER TABLE "User" ADD COLUMN "calendarFeedTokenHash" TEXT,
ADD COLUMN "calendarFeedCreatedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE UNIQUE INDEX "User_calendarFeedTokenHash_key" ON "User"("calendarFeedTokenHash");
