-- Admin's user list (issue 13): search by the start of the name, of the surname (last word) or of
-- the e-mail address, case-insensitively, ordered by name; and the "waiting for a new responsible
-- worker / chair" list, which looks up a deactivated user's scheduled meetings as organizer.
-- Expression indexes, which schema.prisma cannot express.
CREATE INDEX "User_lower_name_idx" ON "User" (lower("name") text_pattern_ops);
CREATE INDEX "User_lower_surname_idx" ON "User" (lower(regexp_replace("name", '^.*\s', '')) text_pattern_ops);
CREATE INDEX "User_lower_email_idx" ON "User" (lower("email") text_pattern_ops);
CREATE INDEX "User_list_order_idx" ON "User" (lower("name"), "id");
CREATE INDEX "User_deactivated_idx" ON "User" ("deactivatedAt") WHERE NOT "active";
CREATE INDEX "JointMeeting_organizerId_status_idx" ON "JointMeeting" ("organizerId", "status");
