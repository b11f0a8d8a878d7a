import { DoisoatError } from './errors.js';
import { formatOfName, sniffFormat } from './sniff.js';
import { tooLargeMessage } from './fileAccess.js';
import type { Format } from '../schemas/source.js';
import { DEFAULT_LIMITS, type RawDoc, type ReadLimits } from '../extractors/readers/types.js';

/**
 * Edge: bytes of one file → RawDoc through the reader of its format. The format is sniffed from the bytes
 * and must agree with the name; disagreements and unreadable inputs throw DoisoatError with a code.
 * `onReading` is called once the reader's code is loaded, just before it reads (a time limit counts from then).
 */
export async function readBytes(path: string, bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS, onReading?: () => void): Promise<RawDoc> {
  const named = formatOfName(path);
  if (bytes.length === 0) throw new DoisoatError('empty_file', 'Tệp rỗng (0 byte).');
  if (bytes.length > limits.maxBytes) {
    throw new DoisoatError('too_large', tooLargeMessage(bytes.length, limits.maxBytes));
  }
  const sniffed = sniffFormat(bytes);
  const format = resolveFormat(named, sniffed);
  switch (format) {
    case 'txt': { const { readTxt } = await import('../extractors/readers/txt.js'); onReading?.(); return readTxt(bytes, limits); }
    case 'docx': { const { readDocx } = await import('../extractors/readers/docx.js'); onReading?.(); return readDocx(bytes, limits); }
    case 'pdf': { const { readPdf } = await import('../extractors/readers/pdf.js'); onReading?.(); return readPdf(bytes, limits); }
  }
}

function resolveFormat(named: Format | null, sniffed: Format | 'zip' | null): Format {
  if (named === null) throw new DoisoatError('unsupported_format', 'Chỉ nhận tệp .txt, .docx, .pdf.');
  if (sniffed === null) throw new DoisoatError(named === 'docx' ? 'docx_corrupt' : 'format_mismatch', `Tệp .${named} có nội dung của một định dạng khác (có thể là .doc cũ).`);
  if (named === 'pdf' && sniffed !== 'pdf') {
    throw new DoisoatError(sniffed === 'txt' ? 'pdf_corrupt' : 'format_mismatch', sniffed === 'txt' ? 'Tệp .pdf không bắt đầu bằng %PDF: không phải PDF hoặc đã hỏng.' : 'Tệp .pdf thực chất là tệp zip/docx.');
  }
  if (named === 'docx' && sniffed === 'pdf') throw new DoisoatError('format_mismatch', 'Tệp .docx thực chất là một tệp PDF.');
  if (named === 'docx' && sniffed === 'txt') throw new DoisoatError('docx_corrupt', 'Tệp .docx không phải tệp zip hợp lệ.');
  if (named === 'txt' && sniffed === 'pdf') throw new DoisoatError('format_mismatch', 'Tệp .txt thực chất là một tệp PDF.');
  if (named === 'txt' && sniffed === 'zip') throw new DoisoatError('format_mismatch', 'Tệp .txt thực chất là một tệp zip/docx.');
  return named;
}
