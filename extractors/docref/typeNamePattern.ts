/**
 * Regular-expression source for a printed type name (`Công văn`, `KẾ HOẠCH`, `Thông tư liên tịch`) and for
 * `số`, case-insensitive by construction: the docref pattern cannot use the `i` flag, which would
 * also make the symbol's upper-case codes match lower-case words.
 */
import { WRAP } from './symbolPattern.js';
import { TYPE_NAMES } from './typeCodes.js';

/** `kế hoạch` → `[kK][ếẾ]<WRAP>[hH][oO][ạẠ][cC][hH]` (words may be wrapped across one line break). */
export function caseless(phrase: string): string {
  return [...phrase]
    .map((c) => {
      if (/\s/u.test(c)) return WRAP;
      const up = c.toUpperCase();
      return up === c ? c.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&') : `[${c}${up}]`;
    })
    .join('');
}

/** Every type name, longest first so `Thông tư liên tịch` wins over `Thông tư`. */
export const TYPE_NAME = [...TYPE_NAMES]
  .map((t) => t.name)
  .sort((a, b) => b.length - a.length)
  .map(caseless)
  .join('|');

export const SO = caseless('số');
