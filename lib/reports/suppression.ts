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
  const hidden = counts.filter((c) => c > 0 && c < SUPPRESSION_THRESHOLD).length;
  if (hidden === 0) return { kind: "value", value: total };
  // Publicly known bounds only: each hidden cell is at least 1, and a total shown this way is at
  // least the threshold (a smaller one would itself be "<5").
  const visible = counts.filter((c) => c === 0 || c >= SUPPRESSION_THRESHOLD).reduce((a, b) => a + b, 0);
  return { kind: "atLeast", value: Math.max(SUPPRESSION_THRESHOLD, visible + hidden) };
}
