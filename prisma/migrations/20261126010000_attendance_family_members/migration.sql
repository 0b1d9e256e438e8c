-- Issue 4: the introduction round records which guardians and children came by reference, so the
-- chair's attendance list can be reopened and corrected; the name stays for the meeting's record.
ALTER TABLE "Attendance" ADD COLUMN "guardianId" UUID;
ALTER TABLE "Attendance" ADD COLUMN "childId" UUID;
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_guardianId_fkey" FOREIGN KEY ("guardianId") REFERENCES "Guardian"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- A row is about one kind of person: a user (professional), a guardian, a child, or a named other.
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_one_person" CHECK (
  ("kind" = 'PROFESSIONAL' AND "userId" IS NOT NULL AND "guardianId" IS NULL AND "childId" IS NULL)
  OR ("kind" = 'GUARDIAN' AND "userId" IS NULL AND "childId" IS NULL)
  OR ("kind" = 'CHILD' AND "userId" IS NULL AND "guardianId" IS NULL)
  OR ("kind" = 'OTHER' AND "userId" IS NULL AND "guardianId" IS NULL AND "childId" IS NULL AND "name" IS NOT NULL)
);
