import { adjacentWordsBefore } from './textWindow.js';

/**
 * Nouns that name a numbered thing rather than count it: `Dự án 6`, `Tiểu dự án 1`, `tiêu chí số 8`,
 * `Điều 5`, `lớp 10`, `năm 2023`, `tháng 7/2023`, `Quý 3/2023`. A number right after one of them is a
 * label, an ordinal or a date part, never a quantity or an amount.
 */
export const NUMBER_LABELS = [
  'tiểu dự án', 'dự án', 'tiêu chí', 'chỉ tiêu', 'nội dung', 'thành phần', 'phụ lục', 'chương trình',
  'giai đoạn', 'khu vực', 'quyết định', 'thông tư', 'nghị định', 'nghị quyết', 'công văn', 'kế hoạch',
  'báo cáo', 'tờ trình', 'điều', 'khoản', 'điểm', 'mục', 'số', 'chương', 'phần', 'biểu', 'mẫu', 'luật',
  'lớp', 'khóa', 'khoá', 'năm', 'tháng', 'ngày', 'quý', 'tuần', 'kỳ', 'lần', 'đợt', 'bước', 'loại', 'hạng',
  'nhóm', 'tổ', 'đội', 'khu', 'câu', 'bài', 'bảng', 'hình', 'mã', 'tầng', 'phòng', 'trang', 'quyển',
] as const;

/** Phrases that end in a label word but count or measure: `Tổng số 34 lớp`, `dân số 802.090 người`. */
const COUNTING_PHRASES = ['tổng số', 'dân số', 'con số', 'đa số', 'thiểu số', 'hệ số', 'chỉ số'] as const;

/** The phrases as whole-word endings (` dự án`), built once: `endsWithPhrase` without a join per phrase. */
const COUNTING_ENDINGS = COUNTING_PHRASES.map((p) => ` ${p}`);
const LABEL_ENDINGS = NUMBER_LABELS.map((l) => ` ${l}`);

/** The label right before the number at `start` (`dự án` for `Dự án 6`), or null. */
export function labelBefore(text: string, start: number): string | null {
  const before = adjacentWordsBefore(text, start, 3);
  if (before.length === 0) return null;
  const joined = ` ${before.join(' ')}`;
  if (COUNTING_ENDINGS.some((p) => joined.endsWith(p))) return null;
  const i = LABEL_ENDINGS.findIndex((l) => joined.endsWith(l));
  return i < 0 ? null : NUMBER_LABELS[i];
}
