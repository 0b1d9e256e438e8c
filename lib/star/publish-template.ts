import { randomUUID } from "node:crypto";
import type { Tx } from "../db/types.ts";
import { auditChange } from "../audit/audit.ts";
import { AppError } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";
import type { PublishTemplate } from "./schema.ts";

/**
 * Publishes a new template version (admins only; the action's policy checks). Published versions are
 * never edited — the database refuses it — so new wording is always a new version, and reviews
 * already recorded keep the version they were made with.
 */
export async function publishTemplate(tx: Tx, user: SessionUser, input: PublishTemplate, now = new Date()): Promise<{ id: string; version: number }> {
  const latest = await tx.starTemplate.aggregate({ _max: { version: true } });
  const version = (latest._max.version ?? 0) + 1;
  try {
    // Built as a DRAFT, then published: areas are only ever added to a version nobody uses yet.
    const template = await tx.starTemplate.create({
      data: { version, status: "DRAFT", source: input.source || null, createdById: user.id, createdAt: now },
      select: { id: true },
    });
    const idByKey = new Map(input.areas.map((a) => [a.key, randomUUID()]));
    const row = (a: PublishTemplate["areas"][number]) => ({
      id: idByKey.get(a.key)!,
      templateId: template.id,
      key: a.key,
      parentId: a.parentKey ? idByKey.get(a.parentKey)! : null,
      sortOrder: a.sortOrder,
      labelFi: a.labelFi,
      labelSv: a.labelSv,
      labelEn: a.labelEn,
    });
    // Sides before the sub-areas that point to them.
    await tx.starArea.createMany({ data: input.areas.filter((a) => !a.parentKey).map(row) });
    await tx.starArea.createMany({ data: input.areas.filter((a) => a.parentKey).map(row) });
    await tx.starTemplate.update({ where: { id: template.id }, data: { status: "PUBLISHED", publishedAt: now } });
    await auditChange(tx, "star.template.publish", {
      actorId: user.id,
      objectType: "StarTemplate",
      objectId: template.id,
      details: { version, areas: input.areas.length },
    });
    return { id: template.id, version };
  } catch (err) {
    // Another admin published the same version number a moment earlier.
    if (isUniqueViolation(err)) throw new AppError("CONFLICT");
    throw err;
  }
}
