import { QUANTITY_UNITS } from '../quantity/quantityUnits.js';
import { adjacentWordsAfter, wordsBefore } from '../numbers/textWindow.js';

/** Words that make a bare `triệu`/`tỷ` money when they stand a few words before it (`kinh phí 75 triệu`). */
export const MONEY_CONTEXT = [
  'kinh phí', 'vốn', 'ngân sách', 'trị giá', 'giá trị', 'nguồn', 'giải ngân', 'dự toán', 'tổng mức',
  'doanh thu', 'lợi nhuận', 'lãi', 'chi phí', 'thu nhập', 'tiền', 'phạt', 'đầu tư', 'mức chi', 'chi trả',
  'khoản chi', 'thưởng', 'lương', 'thuế', 'phí', 'lệ phí', 'học phí', 'nộp', 'thanh toán', 'quyết toán',
  'tạm ứng', 'bồi thường', 'nợ', 'đơn giá', 'giá bán', 'giá thuê', 'giá mua', 'hỗ trợ', 'tài trợ', 'cấp phát', 'phân bổ', 'bố trí',
] as const;
/** How far back the context may stand, in words of the same clause. */
export const CONTEXT_WORDS = 8;

/** Words after a bare `triệu`/`tỷ` that make it a count or a foreign currency (`75 triệu người`, `4,3 tỷ USD`). */
export const NOT_MONEY_AFTER: readonly string[] = [
  ...QUANTITY_UNITS.map((u) => u.toLowerCase().split(/[/,]/u)[0].trim()),
  'đồng', 'usd', 'đô', 'đôla', 'euro', 'eur', 'yên', 'yen', 'nhân dân tệ', 'bảng anh', 'won', 'dân', 'tài khoản',
  'người dùng', 'sản phẩm', 'liều', 'lít', 'thùng', 'cổ phiếu', 'cây', 'bao', 'gói', 'đồng bào',
];
/** `năm`/`tháng` followed by a number is a date after the amount (`75 triệu năm 2023`), not a unit. */
const DATE_WORDS = new Set(['năm', 'tháng']);
const NUMBER_NEXT = /^[^\S\n\t]*\d/u;
/** A foreign currency code after the scale (`4,3 tỷ USD`). */
const CURRENCY_CODE = /^[^\S\n\t]*(?:USD|EUR|JPY|CNY|RMB|GBP|KRW|AUD|SGD|THB|US\$|\$)(?![\p{L}])/iu;

/** The phrases as whole-word openings (`người `) and whole-word infixes (` kinh phí `), built once. */
const NOT_MONEY_OPENINGS = NOT_MONEY_AFTER.map((w) => `${w} `);
const MONEY_CONTEXT_INFIXES = MONEY_CONTEXT.map((w) => ` ${w} `);

/** Whether a bare scale ending at `end` is followed by a word that makes it not money. */
export function notMoneyAfter(text: string, end: number): boolean {
  const after = adjacentWordsAfter(text, end, 3);
  if (CURRENCY_CODE.test(text.slice(end, end + 12))) return true;
  if (after.length === 0) return false;
  if (DATE_WORDS.has(after[0])) return !NUMBER_NEXT.test(text.slice(end, end + 40).replace(/^[^\S\n\t]+\p{L}+/u, ''));
  const joined = `${after.join(' ')} `; // startsWithPhrase(after, w), joined once
  return NOT_MONEY_OPENINGS.some((w) => joined.startsWith(w));
}

/** Whether money words stand within a few words before `start`, in the same clause. */
export function inMoneyContext(text: string, start: number): boolean {
  const joined = ` ${wordsBefore(text, start, CONTEXT_WORDS).join(' ')} `; // hasPhrase(before, w), joined once
  return MONEY_CONTEXT_INFIXES.some((w) => joined.includes(w));
}
