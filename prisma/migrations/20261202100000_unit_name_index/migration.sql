-- The admin's unit list (/admin/units) pages through every unit of the county ordered by name.
CREATE INDEX "Unit_name_idx" ON "Unit"("name");
