-- Issue 4: what has been published stays as it was published, whatever the code path.
--
-- Hyvinvoinnin tähti: a published template version is immutable, so every review keeps meaning
-- what it meant when it was recorded; new wording is published as a new version. The database
-- refuses changes to a published template and to its areas.
-- Adding areas is left to the application (it adds them only while a version is still a DRAFT):
-- the demo seed re-inserts its published v1 areas with ON CONFLICT DO NOTHING, which an INSERT
-- trigger would refuse.

CREATE FUNCTION "StarTemplate_published_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."status" = 'PUBLISHED' THEN
      RAISE EXCEPTION 'StarTemplate_published_immutable: version % is published and cannot be deleted', OLD."version"
        USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
  END IF;
  -- createdById may still be cleared (ON DELETE SET NULL of a removed user); the content may not.
  IF OLD."status" = 'PUBLISHED' AND (NEW."version", NEW."status", NEW."source", NEW."publishedAt")
      IS DISTINCT FROM (OLD."version", OLD."status", OLD."source", OLD."publishedAt") THEN
    RAISE EXCEPTION 'StarTemplate_published_immutable: version % is published and cannot be changed', OLD."version"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "StarTemplate_published_immutable"
  BEFORE UPDATE OR DELETE ON "StarTemplate"
  FOR EACH ROW EXECUTE FUNCTION "StarTemplate_published_immutable"();

CREATE FUNCTION "StarArea_published_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM "StarTemplate" t
    WHERE t."status" = 'PUBLISHED'
      AND (t."id" = OLD."templateId" OR (TG_OP = 'UPDATE' AND t."id" = NEW."templateId"))
  ) THEN
    RAISE EXCEPTION 'StarArea_published_immutable: the areas of a published star template cannot be changed'
      USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "StarArea_published_immutable"
  BEFORE UPDATE OR DELETE ON "StarArea"
  FOR EACH ROW EXECUTE FUNCTION "StarArea_published_immutable"();

-- Yhteinen suunnitelma: a published plan version is what the family agreed to and was given on
-- paper; later edits make a new version. Its content can never be changed. (meetingId may still be
-- cleared by ON DELETE SET NULL; deleting the whole collaboration still cascades.)
CREATE FUNCTION "JointPlanVersion_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."planId", NEW."versionNumber", NEW."snapshot", NEW."publishedAt")
      IS DISTINCT FROM (OLD."planId", OLD."versionNumber", OLD."snapshot", OLD."publishedAt") THEN
    RAISE EXCEPTION 'JointPlanVersion_immutable: published plan version % cannot be changed', OLD."versionNumber"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "JointPlanVersion_immutable"
  BEFORE UPDATE ON "JointPlanVersion"
  FOR EACH ROW EXECUTE FUNCTION "JointPlanVersion_immutable"();
