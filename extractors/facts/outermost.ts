/**
 * Ranges in order (start, then longest first; ties keep their order) without those inside another: a range
 * is dropped when another contains it and is longer or comes first. After the sort, that is exactly when an
 * earlier range reaches as far, so one running maximum decides.
 */
export function outermost<H extends { start: number; end: number }>(all: H[]): H[] {
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: H[] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (const h of all) {
    if (h.end <= reach) continue;
    out.push(h);
    reach = h.end;
  }
  return out;
}
