// From stored star reviews to what the chart draws, kept pure so it is unit tested: which reviews
// are compared, each review's ratings on the chart's axes (matched by area key, so reviews made on
// different template versions compare), how each review is told apart without colour (its own
// line dash AND marker shape), and where the axis labels go.
import { labelPosition, type ChartFrame } from "./chart-geometry.ts";

export type MarkerShape = "circle" | "square" | "triangle" | "diamond" | "cross" | "plus";

export interface SeriesStyle {
  /** SVG stroke-dasharray; null draws a solid line. */
  dash: string | null;
  marker: MarkerShape;
  /** Dark enough (≥ 4.5:1 on white) to print and read; never the only difference between reviews. */
  colour: string;
  strokeWidth: number;
  /** Only the newest review is lightly filled, so older shapes stay visible underneath. */
  filled: boolean;
}

/** Newest review first: the review being recorded always looks the same (solid line, round markers). */
export const SERIES_STYLES: readonly SeriesStyle[] = [
  { dash: null, marker: "circle", colour: "#0b5394", strokeWidth: 3, filled: true },
  { dash: "10 6", marker: "square", colour: "#8a3b00", strokeWidth: 2.5, filled: false },
  { dash: "3 5", marker: "triangle", colour: "#1e6b30", strokeWidth: 2.5, filled: false },
  { dash: "14 5 3 5", marker: "diamond", colour: "#6a1b9a", strokeWidth: 2.5, filled: false },
  { dash: "20 8", marker: "cross", colour: "#1b1f24", strokeWidth: 2.5, filled: false },
  { dash: "6 3 6 9", marker: "plus", colour: "#7a4d00", strokeWidth: 2.5, filled: false },
];

/** More shapes than this on one star could no longer be told apart: the chart shows the newest reviews and says how many older ones it left out. */
export const MAX_CHART_SERIES = SERIES_STYLES.length;

/** The style of the series at `index` of `count` series listed oldest first. */
export function styleForSeries(index: number, count: number): SeriesStyle {
  if (count < 1 || count > MAX_CHART_SERIES || index < 0 || index >= count) throw new RangeError(`series ${index} of ${count}`);
  return SERIES_STYLES[count - 1 - index]!;
}

/** The newest `max` items of a list ordered oldest first, and how many older ones were left out. */
export function newestWindow<T>(items: readonly T[], max = MAX_CHART_SERIES): { shown: T[]; omitted: number } {
  const omitted = Math.max(0, items.length - max);
  return { shown: items.slice(omitted), omitted };
}

/** An area's label in the user's interface language. */
export function localizedLabel(area: { labelFi: string; labelSv: string; labelEn: string }, locale: string): string {
  return locale === "sv" ? area.labelSv : locale === "en" ? area.labelEn : area.labelFi;
}

export interface ReviewLike {
  id: string;
  createdAt: Date;
  meeting: { id: string; startsAt: Date } | null;
  entries: readonly { rating: number | null; area: { key: string } }[];
}

/** When a review was made: its meeting's time, or when it was recorded if it has no meeting. */
export function reviewMoment(review: Pick<ReviewLike, "createdAt" | "meeting">): Date {
  return review.meeting?.startsAt ?? review.createdAt;
}

/**
 * The review of this meeting (if recorded) and the reviews made before it, oldest first, so a
 * follow-up meeting draws the earlier stars for comparison. Later meetings' reviews are not shown.
 */
export function comparisonReviews<R extends ReviewLike>(reviews: readonly R[], meeting: { id: string; startsAt: Date }): { current: R | null; earlier: R[] } {
  const current = reviews.find((r) => r.meeting?.id === meeting.id) ?? null;
  const earlier = reviews
    .filter((r) => r !== current && reviewMoment(r).getTime() < meeting.startsAt.getTime())
    .sort((a, b) => reviewMoment(a).getTime() - reviewMoment(b).getTime());
  return { current, earlier };
}

/** One review's ratings on the chart's axes; an area the review did not rate (or did not have) is null. */
export function ratingsOnAxes(axes: readonly { key: string }[], entries: ReviewLike["entries"]): (number | null)[] {
  const byKey = new Map(entries.map((e) => [e.area.key, e.rating]));
  return axes.map((a) => byKey.get(a.key) ?? null);
}

export interface ChartSeries {
  id: string;
  label: string;
  ratings: (number | null)[];
}

/** Reviews (oldest first) as chart series on the given axes, each labelled by the caller. */
export function toChartSeries<R extends ReviewLike>(axes: readonly { key: string }[], reviews: readonly R[], label: (review: R) => string): ChartSeries[] {
  return reviews.map((r) => ({ id: r.id, label: label(r), ratings: ratingsOnAxes(axes, r.entries) }));
}

/** True when some review has an entry for an area that is not on the chart (recorded on another template version). */
export function hasAreasOffChart(axes: readonly { key: string }[], reviews: readonly Pick<ReviewLike, "entries">[]): boolean {
  const keys = new Set(axes.map((a) => a.key));
  return reviews.some((r) => r.entries.some((e) => !keys.has(e.area.key)));
}

/** Greedy word wrap; the last allowed line ends in "…" when the text does not fit. */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length + 1 > maxChars ? last.slice(0, maxChars - 1) : last}…`;
  return kept;
}

/** The chart's drawing area (SVG user units); labels need room outside the rim. */
export const STAR_CHART = {
  width: 800,
  height: 600,
  frame: { cx: 400, cy: 300, radius: 190 } satisfies ChartFrame,
  fontSize: 13,
  lineHeight: 16,
  /** Up to this many axes carry their number and name; beyond it only the number (the table names them). */
  namedAxesMax: 16,
  labelChars: 22,
  labelLines: 3,
} as const;

export interface AxisLabel {
  x: number;
  anchor: "start" | "middle" | "end";
  lines: { text: string; y: number }[];
}

/**
 * An axis label: its number (as in the table) and, while there is room, its name wrapped on up to
 * three lines, growing away from the chart (upwards above it, downwards below it).
 */
export function axisLabel(index: number, count: number, label: string, frame: ChartFrame = STAR_CHART.frame): AxisLabel {
  const p = labelPosition(frame, index, count);
  const text = count <= STAR_CHART.namedAxesMax ? `${index + 1}. ${label}` : String(index + 1);
  const lines = wrapLabel(text, STAR_CHART.labelChars, STAR_CHART.labelLines);
  const { lineHeight: lh, fontSize: fs } = STAR_CHART;
  const dy = p.y - frame.cy;
  const band = frame.radius * 0.25;
  const first = dy < -band ? p.y - (lines.length - 1) * lh : dy > band ? p.y + fs * 0.8 : p.y - ((lines.length - 1) * lh) / 2 + fs * 0.35;
  return { x: p.x, anchor: p.anchor, lines: lines.map((t, i) => ({ text: t, y: Math.round((first + i * lh) * 100) / 100 })) };
}

/** SVG path of a marker of the given shape centred on (x, y); `size` is about its width. */
export function markerPath(shape: MarkerShape, x: number, y: number, size = 10): string {
  const h = size / 2;
  const r = (n: number) => Math.round(n * 100) / 100;
  switch (shape) {
    case "circle":
      return `M${r(x - h)},${r(y)} a${r(h)},${r(h)} 0 1,0 ${r(size)},0 a${r(h)},${r(h)} 0 1,0 ${r(-size)},0 Z`;
    case "square":
      return `M${r(x - h)},${r(y - h)} h${r(size)} v${r(size)} h${r(-size)} Z`;
    case "triangle":
      return `M${r(x)},${r(y - h - 1)} L${r(x + h + 1)},${r(y + h)} L${r(x - h - 1)},${r(y + h)} Z`;
    case "diamond":
      return `M${r(x)},${r(y - h - 1)} L${r(x + h + 1)},${r(y)} L${r(x)},${r(y + h + 1)} L${r(x - h - 1)},${r(y)} Z`;
    case "cross":
      return `M${r(x - h)},${r(y - h)} L${r(x + h)},${r(y + h)} M${r(x + h)},${r(y - h)} L${r(x - h)},${r(y + h)}`;
    case "plus":
      return `M${r(x - h - 1)},${r(y)} L${r(x + h + 1)},${r(y)} M${r(x)},${r(y - h - 1)} L${r(x)},${r(y + h + 1)}`;
  }
}

/** Crosses and pluses are drawn with a line; the other shapes are filled. */
export function markerIsOutline(shape: MarkerShape): boolean {
  return shape === "cross" || shape === "plus";
}

interface TemplateAreaLike {
  key: string;
  labelFi: string;
  labelSv: string;
  labelEn: string;
}

/**
 * The chart's axes for a template version: each side followed by its sub-areas (the order of the
 * form), labelled in the user's language; sub-areas have depth 1.
 */
export function templateAxes(template: { sides: readonly (TemplateAreaLike & { subAreas: readonly TemplateAreaLike[] })[] }, locale: string): { key: string; label: string; depth: 0 | 1 }[] {
  return template.sides.flatMap((side) => [
    { key: side.key, label: localizedLabel(side, locale), depth: 0 as const },
    ...side.subAreas.map((a) => ({ key: a.key, label: localizedLabel(a, locale), depth: 1 as const })),
  ]);
}
