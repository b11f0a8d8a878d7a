import type { Flow } from './flows.js';

/**
 * Entities grouped by the flows that hold their start: one binary search over the pieces of every flow per
 * entity, instead of every entity tried against every flow (quadratic: an 8 MB text has ~50 000 flows).
 * A group keeps the input order; an entity lands in every flow with a piece that contains its start
 * (`toFlow` semantics: piece end inclusive), so each flow sees exactly the entities it found by scanning.
 */
export function groupByFlow<E extends { start: number }>(flows: Flow[], items: E[]): E[][] {
  const pieces: { start: number; end: number; flow: number }[] = [];
  flows.forEach((f, i) => { for (const p of f.pieces) pieces.push({ start: p.start, end: p.end, flow: i }); });
  pieces.sort((a, b) => a.start - b.start);
  // highest end among pieces[0..j]: the walk back from a piece stops once no earlier piece can reach the offset
  const reach: number[] = new Array(pieces.length);
  let max = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < pieces.length; j++) reach[j] = max = Math.max(max, pieces[j].end);
  const out: E[][] = flows.map(() => []);
  const seen: number[] = [];
  for (const x of items) {
    let lo = 0;
    let hi = pieces.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pieces[mid].start <= x.start) { last = mid; lo = mid + 1; } else hi = mid - 1;
    }
    seen.length = 0;
    for (let j = last; j >= 0 && reach[j] >= x.start; j--) {
      const p = pieces[j];
      if (p.end >= x.start && !seen.includes(p.flow)) seen.push(p.flow);
    }
    for (const f of seen) out[f].push(x);
  }
  return out;
}
