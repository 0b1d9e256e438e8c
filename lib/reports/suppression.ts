// Small counts that could identify a family are never shown: 1–4 becomes "<5". A total is shown
// exactly only when none of its cells is suppressed; otherwise only as "at least" the visible sum,
// so no suppressed cell can be recovered by subtraction.
export const SUPPRESSION_THRESHOLD = 5;

export type Cell = { kind: "value"; value: number } | { kind: "suppressed" };
export type Total = { kind: "value"; value: number } | { kind: "atLeast"; value: number } | { kind: "suppressed" };

export function suppressCell(count: number): Cell {
  return count > 0 && count < SUPPRESSION_THRESHOLD ? { kind: "suppressed" } : { kind: "value", value: count };
}

export function suppressedTotal(counts: number[]): Total {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total > 0 && total < SUPPRESSION_THRESHOLD) return { kind: "suppressed" };
  const hidden = counts.some((c) => c > 0 && c < SUPPRESSION_THRESHOLD);
  if (!hidden) return { kind: "value", value: total };
  const visible = counts.filter((c) => c === 0 || c >= SUPPRESSION_THRESHOLD).reduce((a, b) => a + b, 0);
  return { kind: "atLeast", value: visible };
}
