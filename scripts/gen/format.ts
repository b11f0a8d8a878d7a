/**
 * Vietnamese number, money and date forms (domain.md §3–§4): `.` groups thousands, `,` marks decimals;
 * header dates `ngày 05 tháng 01 năm 2020`, body dates `02/8/2023`. Money is kept as integer đồng.
 */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export const DONG_PER_TRIEU = 1_000_000;
/** The finest money step the generator uses: 0,1 triệu đồng. */
export const MONEY_STEP = 100_000;

export function groupThousands(n: number): string {
  const digits = String(Math.abs(Math.trunc(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return n < 0 ? `-${grouped}` : grouped;
}

/** An integer count as printed in a report: `1.568`. Counts below 10 keep a leading zero when asked (`05 lớp`). */
export function formatCount(n: number, padSmall = false): string {
  return padSmall && n >= 0 && n < 10 ? `0${n}` : groupThousands(n);
}

/** Đồng as a number of triệu with as many decimals as needed (at most 3): `1.234`, `20,6`, `1.961,334`. */
export function formatTrieuNumber(dong: number): string {
  if (!Number.isInteger(dong)) throw new Error(`money must be whole đồng: ${dong}`);
  const whole = Math.trunc(dong / DONG_PER_TRIEU);
  const rest = Math.abs(dong % DONG_PER_TRIEU);
  if (rest === 0) return groupThousands(whole);
  if (rest % 1000 !== 0) throw new Error(`money finer than 0,001 triệu: ${dong}`);
  const decimals = String(rest / 1000).padStart(3, '0').replace(/0+$/, '');
  return `${dong < 0 && whole === 0 ? '-' : ''}${groupThousands(whole)},${decimals}`;
}

export function formatTrieu(dong: number): string {
  return `${formatTrieuNumber(dong)} triệu đồng`;
}

export function formatDong(dong: number): string {
  return `${groupThousands(dong)} đồng`;
}

export type MoneyStyle = 'trieu' | 'dong';

export function formatMoney(dong: number, style: MoneyStyle): string {
  return style === 'trieu' ? formatTrieu(dong) : formatDong(dong);
}

/** A percentage with a decimal comma: `50`, `49,9`. */
export function formatPercentNumber(tenths: number, decimals: 0 | 1): string {
  if (decimals === 0) return String(tenths / 10);
  return `${Math.trunc(tenths / 10)},${Math.abs(tenths % 10)}`;
}

/** `num / den` in tenths of a percent, rounded half up (exact, with BigInt). */
export function percentTenths(num: number, den: number): number {
  if (den <= 0) throw new Error('percent of a non-positive base');
  const n = BigInt(num) * 2000n + BigInt(den);
  return Number(n / (2n * BigInt(den)));
}

/** The printed percentage of `num / den`: one decimal, or none when the decimal is 0. */
export function statedPercent(num: number, den: number): { tenths: number; decimals: 0 | 1; text: string } {
  const tenths = percentTenths(num, den);
  const decimals: 0 | 1 = tenths % 10 === 0 ? 0 : 1;
  return { tenths, decimals, text: formatPercentNumber(tenths, decimals) };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Header form: `ngày 05 tháng 01 năm 2020` (leading zero for days < 10 and months 1, 2). */
export function headerDate(date: Ymd): string {
  const month = date.m <= 2 ? pad2(date.m) : String(date.m);
  return `ngày ${pad2(date.d)} tháng ${month} năm ${date.y}`;
}

/** Body form: `02/8/2023`, `19/01/2023`. */
export function bodyDate(date: Ymd): string {
  const month = date.m <= 2 ? pad2(date.m) : String(date.m);
  return `${pad2(date.d)}/${month}/${date.y}`;
}

export function isoDate(date: Ymd): string {
  return `${date.y}-${pad2(date.m)}-${pad2(date.d)}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function addDays(date: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Upper case for header lines (`UBND HUYỆN BÌNH GIA`). */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}
