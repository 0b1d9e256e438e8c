// An accessible SVG bar chart: role="img" with a title and a description that lists every value
// (the text alternative), values written above the bars (no meaning by colour alone), and the full
// table next to it. Hidden counts ("<5") get no bar; "at least" totals are drawn at their lower bound.
import { useId } from "react";

export interface Bar {
  /** the bar's name in the text alternative, e.g. "tammi 2026" */
  label: string;
  /** under the bar, when the full label would not fit its slot: e.g. "tammi" and, on January, "2026" */
  axis?: { line1: string; line2?: string };
  /** bar height; null = hidden value (no bar) */
  value: number | null;
  /** the value as the table shows it: "12", "<5", "≥ 18" */
  display: string;
}

export function BarChart({ title, description, bars, height = 180 }: { title: string; description: string; bars: Bar[]; height?: number }) {
  const id = useId();
  const slot = 56;
  const width = Math.max(bars.length * slot + 16, 240);
  const top = 22;
  const twoLines = bars.some((b) => b.axis?.line2);
  const bottom = twoLines ? 46 : 34;
  const plot = height - top - bottom;
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  return (
    <figure className="bar-chart">
      <svg role="img" aria-labelledby={`${id}-t ${id}-d`} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: `${width}px` }}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        <line x1={8} x2={width - 8} y1={top + plot} y2={top + plot} className="bar-axis" />
        {bars.map((b, i) => {
          const h = b.value === null ? 0 : Math.round((b.value / max) * plot);
          const x = 8 + i * slot + 8;
          return (
            <g key={i}>
              {h > 0 && <rect x={x} y={top + plot - h} width={slot - 16} height={h} className="bar" />}
              <text x={x + (slot - 16) / 2} y={top + plot - h - 6} textAnchor="middle" className="bar-value">
                {b.display}
              </text>
              <text x={x + (slot - 16) / 2} y={top + plot + 20} textAnchor="middle" className="bar-label">
                {b.axis?.line1 ?? b.label}
                {b.axis?.line2 && (
                  <tspan x={x + (slot - 16) / 2} dy="1.2em">
                    {b.axis.line2}
                  </tspan>
                )}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
