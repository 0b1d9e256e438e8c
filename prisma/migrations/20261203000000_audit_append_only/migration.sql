-- The use and disclosure log (käyttöloki, luovutusloki; client-data law 703/2023) is append-only for
-- the application: a row, once written, is never changed or removed. The trigger holds for every
-- role, the table owner included; in production the app also connects as a role that has only
-- INSERT and SELECT on the trail (README "Audit trail": the `yhteinen_app` grants), so even a
-- dropped trigger would not let the app rewrite history. TRUNCATE is refused the same way.
-- Erasure on request keeps the log entries the law requires to keep: they name people by id only.

CREATE FUNCTION audit_event_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

-- A user is never deleted (deactivated instead); deleting one must not rewrite the actor of their
-- events either, so the foreign key refuses instead of setting it to NULL.
ALTER TABLE "AuditEvent" DROP CONSTRAINT "AuditEvent_actorId_fkey";
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
