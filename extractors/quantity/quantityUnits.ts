import { HSPACE } from '../numbers/patterns.js';
import { memoized } from '../numbers/memoized.js';

/**
 * Unit nouns that make a number a quantity (never money): counts of people, households, places, things
 * and events, durations, lengths, areas and weights. Matched as whole words, longest first.
 */
export const QUANTITY_UNITS = [
  // people and households
  'người', 'lượt người', 'lượt', 'hộ', 'hộ gia đình', 'khẩu', 'nhân khẩu', 'học viên', 'học sinh',
  'sinh viên', 'đại biểu', 'cán bộ', 'lao động', 'dân tộc', 'khách hàng', 'thuê bao',
  // places and bodies
  'xã', 'thôn', 'bản', 'thôn/bản', 'huyện', 'tỉnh', 'đơn vị', 'doanh nghiệp', 'hợp tác xã', 'cơ sở', 'cơ quan',
  // things and events
  'lớp', 'buổi', 'đài', 'dự án', 'mô hình', 'thẻ', 'chiếc', 'cái', 'trạm', 'vị trí', 'trang', 'văn bản',
  'tiêu chí', 'cụm', 'điểm', 'lần', 'cuộc', 'đợt', 'công trình', 'sản phẩm', 'tin bài', 'tin', 'bài',
  'phóng sự', 'chuyên mục', 'ấn phẩm', 'tài liệu', 'cuốn', 'bộ', 'xe', 'con', 'giường', 'tầng', 'nhà', 'căn',
  'căn hộ', 'hội nghị', 'hội thảo', 'gói thầu', 'hồ sơ', 'hợp đồng', 'cây',
  // durations
  'năm', 'tháng', 'tuần', 'ngày', 'giờ', 'phút', 'tuổi',
  // measures
  'km²', 'km2', 'km', 'm²', 'm2', 'm³', 'm3', 'm', 'cm', 'mm', 'ha', 'kg', 'tấn', 'lít',
] as const;

/** Measures, where an unseparated four-digit number is a plausible value (`2000 m²`), unlike `2025 người`. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set(['km²', 'km', 'm²', 'm³', 'm', 'cm', 'mm', 'ha', 'kg', 'tấn', 'lít']);

/** Units that only count things, so `46/128 thôn/bản` is a part of a whole (`1/2 lần`, `3/4 năm` are not). */
export const RATIO_EXCLUDED_UNITS: ReadonlySet<string> = new Set([
  'lần', 'năm', 'tháng', 'tuần', 'ngày', 'giờ', 'phút', 'tuổi', ...MEASURE_UNITS,
]);

/** Place and body nouns that, capitalised, start a name (`10 Tỉnh Kon Tum`, `196 Bộ luật`) rather than count. */
export const NAME_HEAD_UNITS: ReadonlySet<string> = new Set(['tỉnh', 'huyện', 'xã', 'thôn', 'bản', 'bộ', 'cơ quan', 'đài']);

/** What a unit noun can start with (for numberFind; flags `iu` like the patterns). */
export const QUANTITY_UNIT_START = new RegExp(`[${[...new Set(QUANTITY_UNITS.map((u) => u[0]))].join('')}]`, 'iu');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

/** The unit alternation, longest first, spaces as horizontal whitespace (for `giu` patterns). */
export const QUANTITY_UNIT = [...QUANTITY_UNITS]
  .sort((a, b) => b.length - a.length)
  .map((u) => escape(u).replace(/ /gu, `${HSPACE}+`))
  .join('|');

const SUPERSCRIPT: Readonly<Record<string, string>> = { '2': '²', '3': '³' };

/** The unit as stored: lower case, single spaces, `m2` → `m²` (`Lượt  người` → `lượt người`). */
export const canonicalUnit: (raw: string) => string = memoized((raw) => {
  const u = raw.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return /^(?:k?m)[23]$/u.test(u) ? u.slice(0, -1) + SUPERSCRIPT[u.slice(-1)] : u;
});
