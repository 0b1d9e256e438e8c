// The Hyvinvoinnin tähti as an accessible SVG radar chart (server component). One axis per area,
// the first at 12 o'clock; each review its own line dash AND marker shape (colour is never the only
// difference), a legend, a text alternative in the SVG's description, and the same values in a
// table with a caption. Print-friendly: dark strokes on white, and the print styles turn them black.
import { getTranslations } from "next-intl/server";
import { axisEnds, buildStarTextAlternative, gridRings, MAX_RATING, pointOnAxis, ratingShape, starTextItems } from "@/lib/star/chart-geometry.ts";
import { axisLabel, markerIsOutline, markerPath, newestWindow, STAR_CHART, styleForSeries, type ChartSeries, type SeriesStyle } from "@/lib/star/chart-series.ts";

export interface StarChartProps {
  /** Unique on the page: the ids of the title, description and table derive from it. */
  id: string;
  /** The chart's accessible name (the SVG's title). */
  title: string;
  /** The axes in template order; `depth` 1 marks a sub-area (indented in the table). */
  areas: { key: string; label: string; depth?: 0 | 1 }[];
  /** Oldest first; ratings aligned with `areas`, null for "not rated". Only the newest six are drawn. */
  series: ChartSeries[];
  /** The values table's caption; a default is used when omitted. */
  caption?: string;
}

function SeriesMarker({ style, x, y, size }: { style: SeriesStyle; x: number; y: number; size?: number }) {
  const outline = markerIsOutline(style.marker);
  return <path d={markerPath(style.marker, x, y, size)} fill={outline ? "none" : style.colour} stroke={style.colour} strokeWidth={outline ? 2.5 : 1} className="star-marker" />;
}

export async function StarChart({ id, title, areas, series: allSeries, caption }: StarChartProps) {
  const t = await getTranslations("star.chart");
  if (areas.length === 0) return <p>{t("noAreas")}</p>;
  const { shown: series, omitted } = newestWindow(allSeries);
  const frame = STAR_CHART.frame;
  const count = areas.length;
  const words = { rated: (label: string, rating: number) => t("rated", { label, rating }), notRated: (label: string) => t("notRatedItem", { label }) };
  const description =
    series.length === 0
      ? t("noRatings")
      : [...series.map((s) => t("seriesText", { series: s.label, values: buildStarTextAlternative(starTextItems(areas, s.ratings), words) })), t("seeTable")].join(" ");
  const anyRating = series.some((s) => s.ratings.some((r) => r !== null));
  const ends = axisEnds(frame, count);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;

  return (
    <div className="star-chart">
      <figure className="star-figure">
        <svg viewBox={`0 0 ${STAR_CHART.width} ${STAR_CHART.height}`} role="img" aria-labelledby={titleId} aria-describedby={descId} className="star-svg">
          <title id={titleId}>{title}</title>
          <desc id={descId}>{description}</desc>
          <g className="star-grid" fill="none" stroke="#8a96a3">
            {count < 3
              ? Array.from({ length: MAX_RATING }, (_, l) => <circle key={l} cx={frame.cx} cy={frame.cy} r={(frame.radius * (l + 1)) / MAX_RATING} strokeWidth={l === MAX_RATING - 1 ? 2 : 1} />)
              : gridRings(frame, count).map((ring) => <polygon key={ring.level} points={ring.points} strokeWidth={ring.level === MAX_RATING ? 2 : 1} />)}
            {ends.map((end, i) => (
              <line key={areas[i]!.key} x1={frame.cx} y1={frame.cy} x2={end.x} y2={end.y} strokeWidth={1} />
            ))}
          </g>
          <g className="star-levels" fontSize={12} fill="#4a5560">
            {Array.from({ length: MAX_RATING }, (_, l) => {
              const p = pointOnAxis(frame, 0, count, (l + 1) / MAX_RATING);
              return (
                <text key={l} x={p.x + 5} y={p.y - 3}>
                  {l + 1}
                </text>
              );
            })}
          </g>
          <g className="star-labels" fontSize={STAR_CHART.fontSize} fill="#1b1f24">
            {areas.map((a, i) => {
              const label = axisLabel(i, count, a.label, frame);
              return (
                <text key={a.key} x={label.x} textAnchor={label.anchor}>
                  {label.lines.map((line, j) => (
                    <tspan key={j} x={label.x} y={line.y}>
                      {line.text}
                    </tspan>
                  ))}
                </text>
              );
            })}
          </g>
          {series.map((s, index) => {
            const style = styleForSeries(index, series.length);
            const shape = ratingShape(frame, s.ratings);
            const lineProps = {
              fill: style.filled ? style.colour : "none",
              fillOpacity: style.filled ? 0.1 : undefined,
              stroke: style.colour,
              strokeWidth: style.strokeWidth,
              strokeDasharray: style.dash ?? undefined,
              strokeLinejoin: "round" as const,
              className: "star-series",
            };
            return (
              <g key={s.id}>
                {shape.vertices.length >= 3 ? <polygon points={shape.points} {...lineProps} /> : shape.vertices.length === 2 ? <polyline points={shape.points} {...lineProps} fill="none" /> : null}
                {shape.vertices.map((v) => (
                  <SeriesMarker key={v.index} style={style} x={v.x} y={v.y} />
                ))}
              </g>
            );
          })}
        </svg>
        {series.length > 0 && (
          <figcaption>
            <span className="star-legend-title">{t("legend")}</span>
            <ul className="star-legend">
              {series.map((s, index) => {
                const style = styleForSeries(index, series.length);
                return (
                  <li key={s.id}>
                    <svg width="56" height="20" viewBox="0 0 56 20" aria-hidden="true" focusable="false">
                      <line x1="2" y1="10" x2="54" y2="10" stroke={style.colour} strokeWidth={style.strokeWidth} strokeDasharray={style.dash ?? undefined} className="star-series" />
                      <SeriesMarker style={style} x={28} y={10} size={11} />
                    </svg>
                    <span>{s.label}</span>
                  </li>
                );
              })}
            </ul>
          </figcaption>
        )}
      </figure>
      {!anyRating && <p className="info">{t("noRatings")}</p>}
      {omitted > 0 && <p className="hint">{t("omitted", { shown: series.length, omitted })}</p>}
      {series.length > 0 && (
        <div className="table-scroll">
          <table className="star-table" id={`${id}-table`}>
            <caption>{caption ?? t("tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t("numberColumn")}
                </th>
                <th scope="col">{t("areaColumn")}</th>
                {series.map((s) => (
                  <th scope="col" key={s.id} className="num">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {areas.map((a, i) => (
                <tr key={a.key}>
                  <td className="num">{i + 1}</td>
                  <th scope="row" className={a.depth === 1 ? "star-sub-area" : undefined}>
                    {a.label}
                  </th>
                  {series.map((s) => {
                    const rating = s.ratings[i] ?? null;
                    return (
                      <td key={s.id} className="num">
                        {rating === null ? t("notRated") : rating}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
