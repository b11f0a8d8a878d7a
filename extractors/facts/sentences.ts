/**
 * Sentence bounds in a flow. A sentence ends at `.`, `!` or `?` followed by a space and a capital letter (or
 * the end), except after an enumeration (`1.`, `1.1.`, `II.`, `a.`) or a numbered name (`Dự án 6. Truyền
 * thông ...`): those numbers are 1–2 digits, while a year (`năm 2023. Kết quả`) is four.
 */
export interface Bounds {
  start: number;
  end: number;
}

const END_MARK = /[.!?]+(?=\s+[\p{Lu}\d"“(\-+]|\s*$)/gu;
const NOT_AN_END = /(?:^|[\s(])(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6}|[a-zđ]|TP|TT|KT|TM|TL|Q)$/u;

export function sentenceBounds(s: string): Bounds[] {
  const out: Bounds[] = [];
  let start = 0;
  for (const m of s.matchAll(END_MARK)) {
    const before = s.slice(Math.max(0, m.index - 12), m.index);
    if (NOT_AN_END.test(before)) continue;
    const end = m.index + m[0].length;
    if (end > start) out.push({ start, end });
    start = end;
    while (start < s.length && /\s/u.test(s[start])) start++;
  }
  if (start < s.length) out.push({ start, end: s.length });
  return out;
}

/** The sentence that contains offset `at` (bounds are in order and disjoint: the last one starting at or before it), else the last. */
export function sentenceAt(bounds: Bounds[], at: number): Bounds {
  let lo = 0;
  let hi = bounds.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[mid].start <= at) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (found >= 0 && at < bounds[found].end) return bounds[found];
  return bounds.length ? bounds[bounds.length - 1] : { start: 0, end: 0 };
}
