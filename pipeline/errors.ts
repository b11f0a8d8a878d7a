/**
 * The one error class. Problems in the data are returned as data (null, "unknown" rows, failed sources);
 * only system failures and unreadable inputs throw, always as a DoisoatError with a code.
 */
export const ERROR_CODES = {
  // unreadable inputs (a source row with status failed)
  empty_file: 'Tệp rỗng (0 byte).',
  unsupported_format: 'Định dạng tệp không được hỗ trợ (chỉ nhận .txt, .docx, .pdf).',
  format_mismatch: 'Phần mở rộng của tệp không khớp với nội dung.',
  binary_text: 'Tệp .txt chứa dữ liệu nhị phân, không phải văn bản.',
  invalid_encoding: 'Không nhận dạng được bảng mã của văn bản.',
  too_large: 'Tệp vượt quá giới hạn kích thước.',
  too_many_pages: 'Tệp PDF vượt quá giới hạn số trang.',
  timeout: 'Đọc tệp quá thời gian cho phép.',
  pdf_corrupt: 'Tệp PDF bị hỏng hoặc không đầy đủ.',
  pdf_encrypted: 'Tệp PDF có mật khẩu.',
  no_text_layer: 'Tệp PDF không có lớp văn bản (bản quét), cần nhận dạng ký tự (OCR).',
  docx_corrupt: 'Tệp .docx bị hỏng (không phải tệp zip hợp lệ).',
  docx_not_word: 'Tệp zip không phải tài liệu Word (thiếu word/document.xml).',
  zip_bomb: 'Tệp .docx giải nén vượt quá giới hạn (nghi zip bomb).',
  too_deep: 'Cấu trúc lồng nhau quá sâu.',
  unreadable: 'Không đọc được tệp (quyền truy cập hoặc lỗi hệ thống tệp).',
  symlink_loop: 'Liên kết tượng trưng tạo vòng lặp.',
  no_text: 'Tệp không chứa văn bản nào.',
  out_of_memory: 'Đọc tệp vượt quá giới hạn bộ nhớ.',
  // system failures
  db_locked: 'Cơ sở dữ liệu đang được một tiến trình khác sử dụng.',
  db_error: 'Lỗi cơ sở dữ liệu.',
  bad_usage: 'Cách gọi lệnh không đúng.',
  read_only: 'Lệnh query chỉ được đọc, không được ghi.',
  internal: 'Lỗi nội bộ.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class DoisoatError extends Error {
  readonly code: ErrorCode;
  readonly data: Record<string, unknown>;
  constructor(code: ErrorCode, message?: string, data: Record<string, unknown> = {}) {
    super(message ?? ERROR_CODES[code]);
    this.name = 'DoisoatError';
    this.code = code;
    this.data = data;
  }
}

export function isDoisoatError(e: unknown): e is DoisoatError {
  return e instanceof DoisoatError;
}
