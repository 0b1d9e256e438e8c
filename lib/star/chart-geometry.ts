// Geometry of the Hyvinvoinnin tähti radar chart, kept pure so it is unit tested and rendered the
// same on the server and in the browser. One axis per area, the first at 12 o'clock, the rest
// clockwise in the template's order; rating r (1–5) sits at r/5 of the radius. The chart carries
// no meaning by colour alone: the same values go to the text alternative and the table.

export const MAX_RATING = 5;

export interface ChartFrame {
  cx: number;
  cy: number;
  radius: number;
}

export interface ChartPoint {
  x: number;
  y: number;
}

export interface RatedVertex extends ChartPoint {
  index: number;
  rating: number;
}

/** Two decimals keep the SVG short and the output stable across platforms; never "-0". */
function round(n: number): number {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}

function assertRating(rating: number): void {
  if (!Number.isInteger(rating) || rating < 1 || rating > MAX_RATING) throw new RangeError(`rating must be 1–${MAX_RATING}, got ${rating}`);
}

/** Angle of an axis in radians, 0 at the top and growing clockwise. */
export function axisAngle(index: number, count: number): number {
  if (count < 1 || index < 0 || index >= count) throw new RangeError(`axis ${index} of ${count}`);
  return (2 * Math.PI * index) / count;
}

/** The point at `fraction` (0 = centre, 1 = rim) along an axis. SVG's y grows downwards. */
export function pointOnAxis(frame: ChartFrame, index: number, count: number, fraction: number): ChartPoint {
  const a = axisAngle(index, count);
  return { x: round(frame.cx + frame.radius * fraction * Math.sin(a)), y: round(frame.cy - frame.radius * fraction * Math.cos(a)) };
}

/** SVG `points` attribute for a list of points. */
export function toPoints(points: ChartPoint[]): string {
  return points.map((p) => `${p.x},${p.y}`).join(" ");
}

/** The rim end of every axis (draw a line from the centre to each). */
export function axisEnds(frame: ChartFrame, count: number): ChartPoint[] {
  return Array.from({ length: count }, (_, i) => pointOnAxis(frame, i, count, 1));
}

/** Grid rings, one polygon per rating level 1..5, so a value can be read against the scale. */
export function gridRings(frame: ChartFrame, count: number): { level: number; points: string }[] {
  return Array.from({ length: MAX_RATING }, (_, l) => {
    const level = l + 1;
    return { level, points: toPoints(Array.from({ length: count }, (_, i) => pointOnAxis(frame, i, count, level / MAX_RATING))) };
  });
}

/**
 * Where an area's label goes: a little outside the rim, anchored away from the centre so long
 * Finnish labels do not run over the chart.
 */
export function labelPosition(frame: ChartFrame, index: number, count: number, gap = 12): ChartPoint & { anchor: "start" | "middle" | "end" } {
  const p = pointOnAxis({ ...frame, radius: frame.radius + gap }, index, count, 1);
  const dx = p.x - frame.cx;
  const anchor = Math.abs(dx) < 1 ? "middle" : dx > 0 ? "start" : "end";
  return { ...p, anchor };
}

/**
 * The polygon of one review. Unrated areas are left out of the shape rather than drawn at the
 * centre, which would read as "worst"; the text alternative says "not rated" for them.
 */
export function ratingShape(frame: ChartFrame, ratings: readonly (number | null)[]): { points: string; vertices: RatedVertex[] } {
  const vertices: RatedVertex[] = [];
  ratings.forEach((rating, index) => {
    if (rating === null) return;
    assertRating(rating);
    vertices.push({ index, rating, ...pointOnAxis(frame, index, ratings.length, rating / MAX_RATING) });
  });
  return { points: toPoints(vertices), vertices };
}

export interface StarTextItem {
  key: string;
  label: string;
  rating: number | null;
}

/** Pairs each area with its rating (or null), in chart order: the input of the text alternative and the table. */
export function starTextItems(areas: readonly { key: string; label: string }[], ratings: readonly (number | null)[]): StarTextItem[] {
  if (areas.length !== ratings.length) throw new RangeError(`${areas.length} areas but ${ratings.length} ratings`);
  return areas.map((a, i) => {
    const rating = ratings[i] ?? null;
    if (rating !== null) assertRating(rating);
    return { key: a.key, label: a.label, rating };
  });
}

export interface StarTextWords {
  /** e.g. (label, rating) => `${label}: ${rating}/5` — translated by the caller */
  rated(label: string, rating: number): string;
  /** e.g. (label) => `${label}: ei arvioitu` */
  notRated(label: string): string;
  separator?: string;
}

/** One sentence-like string for the chart's text alternative, in the caller's language. */
export function buildStarTextAlternative(items: readonly StarTextItem[], words: StarTextWords): string {
  return items.map((i) => (i.rating === null ? words.notRated(i.label) : words.rated(i.label, i.rating))).join(words.separator ?? "; ");
}
