/**
 * Length-preserving folding for matching keys: every UTF-16 unit maps to one unit, lower case, tone and
 * vowel marks removed, `đ` → `d`. `hoà` and `hòa` (two tone-placement styles, domain.md §5), `Tiêu dự án`
 * and `Tiểu dự án`, `ĐỒNG` and `đồng` all fold to the same letters, and an offset in the folded string is
 * the same offset in the original.
 */
const D_LETTERS = /[đĐÐ]/u;

export function foldChar(c: string): string {
  if (c.length !== 1) return c;
  if (D_LETTERS.test(c)) return 'd';
  const code = c.charCodeAt(0);
  if (code < 0xc0) return c.toLowerCase();
  const base = c.normalize('NFD')[0];
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower : base;
}

export function foldChars(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldChar(s[i]);
  return out;
}

/** A matching key: folded, runs of anything but letters and digits → `_` (`Sở Thông tin và Truyền thông` → `so_thong_tin_va_truyen_thong`). */
export function foldKey(s: string): string {
  return foldChars(s.normalize('NFC')).replace(/[^a-z0-9]+/gu, '_').replace(/^_+|_+$/gu, '');
}
