import { adjacentWordsAfter } from '../numbers/textWindow.js';

/** Words that make `đồng` part of another word, not the currency: `3 đồng chí`, `14 triệu đồng bào`. */
export const DONG_COMPOUNDS = new Set([
  'chí', 'bào', 'thời', 'ý', 'bộ', 'hồ', 'phục', 'ruộng', 'nghiệp', 'đều', 'lòng', 'tâm', 'minh', 'hành',
  'loạt', 'khởi', 'dạng', 'cảm', 'thuận', 'tình', 'hương', 'môn', 'niên', 'sàng', 'ca', 'bằng', 'đẳng',
  'nhất', 'quê', 'cỏ', 'lúa', 'muối', 'bãi', 'tháp', 'nai', 'thau', 'trục', 'vọng', 'dao',
]);
const TITLE_CASE_DONG = 'Đồng';
const SHORT_DONG = /^đ$/iu;
/** A bare `đ` glued to a small number followed by `/SYMBOL` is a form or point label (`13đ/ĐK`). */
const SYMBOL_AFTER = /^\/\p{Lu}/u;
const SMALLEST_SHORT_D_AMOUNT = 1000n;

/**
 * Whether the currency word that ends a unit at `unitEnd` really is the currency: not `đồng chí`,
 * not a title-case place name (`10 Đồng Tháp`), not a lone `đ` labelling a form (`13đ/ĐK`).
 * `wholeNumber` is the integer part of the printed number.
 */
export function currencyIsReal(text: string, unitRaw: string, unitEnd: number, wholeNumber: bigint): boolean {
  const next = adjacentWordsAfter(text, unitEnd, 1)[0];
  const currency = unitRaw.trim().split(/\s+/u).pop() ?? '';
  if (currency.toLowerCase() === 'đồng' && next !== undefined) {
    if (DONG_COMPOUNDS.has(next)) return false;
    if (currency === TITLE_CASE_DONG) return false;
  }
  if (SHORT_DONG.test(unitRaw.trim())) {
    if (wholeNumber < SMALLEST_SHORT_D_AMOUNT || SYMBOL_AFTER.test(text.slice(unitEnd, unitEnd + 2))) return false;
  }
  return true;
}
