import { HSPACE, SCALE, WORD_END } from '../numbers/patterns.js';
import { scaleMultiplier } from '../numbers/scales.js';
import { memoized } from '../numbers/memoized.js';
import type { Amount } from '../../schemas/entities.js';

/** Currency words (`đ` only as a whole word: `đ` followed by a letter is the start of a word). */
export const CURRENCY = String.raw`đồng|vnđ|vnd|đ`;

/** A stated money unit: `đồng`, `triệu đồng`, `tỷ VNĐ`, `nghìn tỷ đồng`, `TRIỆU ĐỒNG`, `trđ`, `tr.đồng`, `50.000đ`. */
export const STATED_UNIT = String.raw`(?:(?:${SCALE})${HSPACE}*)?(?:${CURRENCY})|trđ|tr\.${HSPACE}?(?:đồng|đ)`;
/** What a stated unit can start with: a scale (`n`, `t`), a currency (`đ`, `v`), `trđ`, `tr.` (for numberFind). */
export const STATED_UNIT_START = /[ntđv]/iu;

/** Denominators of rates written as one unit (`đồng/người dân`); any other denominator is one word. */
export const PER_COMPOUNDS = [
  'người dân', 'lượt người', 'học sinh', 'sinh viên', 'học viên', 'đại biểu', 'lao động', 'nhân khẩu',
  'hộ gia đình', 'gia đình', 'đối tượng', 'ngày công', 'công trình', 'dự án', 'mô hình', 'cơ sở', 'cán bộ',
  'hội viên', 'thành viên', 'tháng lương', 'hồ sơ', 'bộ hồ sơ', 'trường hợp', 'thửa đất', 'giấy phép', 'tờ khai',
  'đơn vị',
] as const;
const PER_WORD = String.raw`(?:${PER_COMPOUNDS.map((c) => c.replace(/ /gu, `${HSPACE}+`)).join('|')})${WORD_END}|\p{L}[\p{L}²³\d]*`;

/** `/người/năm`, `/ giải`, `/con`. */
export const PER = String.raw`(?:${HSPACE}*/${HSPACE}*(?:${PER_WORD}))+`;

/** `/người/năm` → `người/năm`. */
export function perText(raw: string): string {
  return raw.split('/').map((p) => p.trim().replace(/\s+/gu, ' ')).filter((p) => p.length > 0).join('/');
}

const ABBREVIATED_MILLION = /^tr(?:đ|\.\s?(?:đồng|đ))$/u;
const TRAILING_CURRENCY = /\s*(?:đồng|vnđ|vnd|đ)$/u;

export type MoneyUnit = Amount['unit'];

/** Whether a unit as written names the currency (`triệu đồng`, `VNĐ`, `trđ`), not only a scale (`triệu`). */
export const namesCurrency: (unitRaw: string) => boolean = memoized((unitRaw) => {
  const u = unitRaw.normalize('NFC').toLowerCase().trim();
  return ABBREVIATED_MILLION.test(u) || /(?:đồng|vnđ|vnd|đ)$/u.test(u);
});

/** The multiplier of a unit as written: `triệu đồng` → 10^6, `đồng` → 1, `trđ` → 10^6, `tỷ` (bare) → 10^9. */
export const unitMultiplier: (unitRaw: string) => bigint | null = memoized((unitRaw) => {
  const u = unitRaw.normalize('NFC').toLowerCase().trim();
  if (ABBREVIATED_MILLION.test(u)) return 1_000_000n;
  const scale = u.replace(TRAILING_CURRENCY, '').trim();
  return scale === '' ? 1n : scaleMultiplier(scale);
});

/** The schema's unit for a multiplier; compounds above one tỷ (`nghìn tỷ đồng`) are `ty_dong` (value_dong is exact). */
export function unitOf(multiplier: bigint): MoneyUnit {
  if (multiplier >= 1_000_000_000n) return 'ty_dong';
  if (multiplier >= 1_000_000n) return 'trieu_dong';
  if (multiplier >= 1_000n) return 'nghin_dong';
  return 'dong';
}
