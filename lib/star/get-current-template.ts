// The star's areas are data (a versioned template), not code. A review is drawn from the latest
// published version; an older review is shown with the version it was recorded on.
import type { Prisma } from "../db/generated/client.ts";
import type { DbOrTx } from "../db/types.ts";

const areaSelect = {
  id: true,
  key: true,
  parentId: true,
  sortOrder: true,
  labelFi: true,
  labelSv: true,
  labelEn: true,
} satisfies Prisma.StarAreaSelect;

const templateSelect = {
  id: true,
  version: true,
  source: true,
  publishedAt: true,
  areas: { orderBy: { sortOrder: "asc" }, select: areaSelect },
} satisfies Prisma.StarTemplateSelect;

type AreaRow = Prisma.StarAreaGetPayload<{ select: typeof areaSelect }>;
export type StarAreaView = Omit<AreaRow, "parentId"> & { parentKey: string | null };
export type StarSideView = StarAreaView & { subAreas: StarAreaView[] };

export interface StarTemplateView {
  id: string;
  version: number;
  source: string | null;
  publishedAt: Date | null;
  /** Sides (and stand-alone areas such as the child's own experience) in order, each with its sub-areas. */
  sides: StarSideView[];
  /** Every area in template order (sides and sub-areas), for forms and the chart. */
  areas: StarAreaView[];
}

function toView(t: Prisma.StarTemplateGetPayload<{ select: typeof templateSelect }>): StarTemplateView {
  const keyById = new Map(t.areas.map((a) => [a.id, a.key]));
  const areas = t.areas.map(({ parentId, ...a }) => ({ ...a, parentKey: parentId ? (keyById.get(parentId) ?? null) : null }));
  const sides = areas.filter((a) => a.parentKey === null).map((side) => ({ ...side, subAreas: areas.filter((a) => a.parentKey === side.key) }));
  return { id: t.id, version: t.version, source: t.source, publishedAt: t.publishedAt, sides, areas };
}

/** The latest published version, or null before any is published. Templates hold no family data. */
export async function getCurrentTemplate(db: DbOrTx): Promise<StarTemplateView | null> {
  const t = await db.starTemplate.findFirst({ where: { status: "PUBLISHED" }, orderBy: { version: "desc" }, select: templateSelect });
  return t ? toView(t) : null;
}

/** A specific published version, e.g. the one an earlier review was recorded on. */
export async function getPublishedTemplate(db: DbOrTx, templateId: string): Promise<StarTemplateView | null> {
  const t = await db.starTemplate.findFirst({ where: { id: templateId, status: "PUBLISHED" }, select: templateSelect });
  return t ? toView(t) : null;
}
