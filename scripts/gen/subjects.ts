/**
 * What the reports are about: the program's sub-projects that carry money, the activities that are
 * counted (lớp, người, hộ) and the kinds of spending a disbursement is broken into.
 */
export interface Subject {
  id: 'tda1' | 'tda2' | 'da7';
  /** `Tiểu dự án 1` — the name a budget sentence uses: `Tổng kinh phí Tiểu dự án 1 năm 2023: ...`. */
  short: string;
  /** `Tiểu dự án 1 Giảm nghèo về thông tin`. */
  long: string;
  /** Range of a district's yearly allocation, in triệu đồng. */
  minTrieu: number;
  maxTrieu: number;
}

export const SUBJECTS: readonly Subject[] = [
  { id: 'tda1', short: 'Tiểu dự án 1', long: 'Tiểu dự án 1 Giảm nghèo về thông tin', minTrieu: 600, maxTrieu: 2800 },
  { id: 'tda2', short: 'Tiểu dự án 2', long: 'Tiểu dự án 2 Truyền thông về giảm nghèo đa chiều', minTrieu: 150, maxTrieu: 900 },
  { id: 'da7', short: 'Dự án 7', long: 'Dự án 7 Nâng cao năng lực và giám sát, đánh giá Chương trình', minTrieu: 20, maxTrieu: 160 },
];

export interface Indicator {
  id: 'lop_cong_dong' | 'lop_can_bo' | 'nguoi' | 'ho';
  /** Row label in Biểu số 02. */
  label: string;
  /** Unit cell: `Lớp`, `Người`, `Hộ`. */
  unit: string;
}

export const INDICATORS: readonly Indicator[] = [
  { id: 'lop_cong_dong', label: 'Số lớp tập huấn nâng cao năng lực cho cộng đồng', unit: 'Lớp' },
  { id: 'lop_can_bo', label: 'Số lớp tập huấn cho cán bộ cơ sở', unit: 'Lớp' },
  { id: 'nguoi', label: 'Số người tham gia tập huấn', unit: 'Người' },
  { id: 'ho', label: 'Số hộ nghèo được hỗ trợ phương tiện nghe - xem', unit: 'Hộ' },
];

/** The kinds of spending a disbursement lists in its `trong đó` (all parts, so they add up to it). */
export const SPENDING_KINDS: readonly string[] = [
  'chi tổ chức tập huấn, bồi dưỡng',
  'chi sản xuất sản phẩm truyền thông',
  'chi hỗ trợ phương tiện nghe - xem',
  'chi kiểm tra, giám sát',
  'chi nâng cấp đài truyền thanh cơ sở',
];
