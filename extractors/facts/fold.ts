/**
 * Length-preserving folding for matching keys: every UTF-16 unit maps to one unit, lower case, tone and
 * vowel marks removed, `đ` → `d`. `hoà` and `hòa` (two tone-placement styles, domain.md §5), `Tiêu dự án`
 * and `Tiểu dự án`, `ĐỒNG` and `đồng` all fold to the same letters, and an offset in the folded string is
 * the same offset in the original.
 */
const D_LETTERS = /[đĐÐ]/u;

/** The definition, for one UTF-16 unit (always one unit back). */
function foldUnitPlain(c: string): string {
  if (D_LETTERS.test(c)) return 'd';
  const code = c.charCodeAt(0);
  if (code < 0xc0) return c.toLowerCase();
  const base = c.normalize('NFD')[0];
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower : base;
}

/** Folded unit of every UTF-16 unit, filled on first use from the definition (0: not yet; unit 0 folds to itself). */
const FOLDED = new Uint16Array(0x10000);

function foldUnit(code: number): number {
  let f = FOLDED[code];
  if (f === 0 && code !== 0) FOLDED[code] = f = foldUnitPlain(String.fromCharCode(code)).charCodeAt(0);
  return f;
}

export function foldChar(c: string): string {
  if (c.length !== 1) return c;
  return String.fromCharCode(foldUnit(c.charCodeAt(0)));
}

/** Units converted to a string per chunk (String.fromCharCode takes them as arguments), through one shared buffer. */
const CHUNK = 8192;
const UNITS = new Uint16Array(CHUNK);

export function foldChars(s: string): string {
  const n = s.length;
  let out = '';
  for (let from = 0; from < n; from += CHUNK) {
    const len = Math.min(CHUNK, n - from);
    for (let i = 0; i < len; i++) UNITS[i] = foldUnit(s.charCodeAt(from + i));
    out += String.fromCharCode.apply(null, UNITS.subarray(0, len) as unknown as number[]);
  }
  return out;
}

/** A matching key: folded, runs of anything but letters and digits → `_` (`Sở Thông tin và Truyền thông` → `so_thong_tin_va_truyen_thong`). */
export function foldKey(s: string): string {
  let k = KEYS.get(s);
  if (k === undefined) {
    if (KEYS.size >= KEYS_MAX) KEYS.clear();
    KEYS.set(s, (k = foldChars(s.normalize('NFC')).replace(/[^a-z0-9]+/gu, '_').replace(/^_+|_+$/gu, '')));
  }
  return k;
}

/** Keys already made (subjects and bodies repeat across the figures of a report); emptied when full. */
const KEYS = new Map<string, string>();
const KEYS_MAX = 10_000;
