/**
 * Vietnamese notation for messages: `.` between thousands, `,` before decimals (domain.md §4).
 * Money is shown in triệu đồng when it is a whole number of thousands (`14.200 triệu đồng`, `20,6 triệu đồng`,
 * `1.961,334 triệu đồng`), else in đồng.
 */
const TRIEU = 1_000_000n;
const THOUSAND = 1_000n;

function group(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
}

export function viAmount(dong: bigint): string {
  const neg = dong < 0n;
  const abs = neg ? -dong : dong;
  if (abs % THOUSAND !== 0n) return `${neg ? '-' : ''}${group(abs.toString())} đồng`;
  const whole = abs / TRIEU;
  const frac = ((abs % TRIEU) / THOUSAND).toString().padStart(3, '0').replace(/0+$/u, '');
  return `${neg ? '-' : ''}${group(whole.toString())}${frac ? ',' + frac : ''} triệu đồng`;
}

/** `59.2666` with 2 decimals → `59,27%`; trailing zeros dropped (`60%`). */
export function viPercent(value: number, decimals: number): string {
  const [int, frac = ''] = value.toFixed(decimals).split('.');
  const f = frac.replace(/0+$/u, '');
  return `${group(int)}${f ? ',' + f : ''}%`;
}

/** `2023` → `năm 2023`, `2023-H1` → `6 tháng đầu năm 2023`, `2021/2025` → `giai đoạn 2021 - 2025`. */
export function viPeriod(period: string): string {
  const half = /^(\d{4})-H([12])$/u.exec(period);
  if (half) return `6 tháng ${half[2] === '1' ? 'đầu' : 'cuối'} năm ${half[1]}`;
  const range = /^(\d{4})\/(\d{4})$/u.exec(period);
  if (range) return `giai đoạn ${range[1]} - ${range[2]}`;
  return period ? `năm ${period}` : 'không rõ kỳ';
}

const FUND_NAMES: Record<string, string> = {
  tong: 'tổng các nguồn', trung_uong: 'ngân sách trung ương', dia_phuong: 'ngân sách địa phương', tinh: 'ngân sách tỉnh',
  huyen: 'ngân sách huyện', xa: 'ngân sách xã', huy_dong: 'vốn huy động', khac: 'nguồn khác',
};
const MEASURE_NAMES: Record<string, string> = {
  ke_hoach: 'kế hoạch vốn', bo_tri: 'vốn bố trí', phan_bo: 'vốn phân bổ', giao: 'vốn giao', giai_ngan: 'giải ngân',
  huy_dong: 'vốn huy động', kinh_phi: 'kinh phí', nhu_cau: 'nhu cầu kinh phí', thuc_hien: 'giá trị thực hiện', unknown: 'số tiền',
};

export function viFund(f: string): string {
  return FUND_NAMES[f] ?? f;
}

export function viMeasure(m: string): string {
  return MEASURE_NAMES[m] ?? m;
}
