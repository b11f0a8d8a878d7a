import mammoth from 'mammoth';
import { DoisoatError, isDoisoatError } from '../../pipeline/errors.js';
import { htmlToBlocks } from './docx/html-to-blocks.js';
import { keptMammothWarnings } from './docx/mammoth-warnings.js';
import { looksLikeOle2, looksLikePdf } from './docx/sniff-bytes.js';
import { checkDocxZip } from './docx/zip-guard.js';
import { DEFAULT_LIMITS, type RawDoc, type ReadLimits } from './types.js';

/** Images are not read: an <img> without data keeps mammoth from base64-encoding every picture. */
const SKIP_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
/** The zip is sound but the Word XML inside it is not (docx_corrupt's default message blames the zip). */
const BROKEN_WORD_XML = 'Tệp .docx có vỏ zip hợp lệ nhưng nội dung văn bản Word bên trong bị hỏng (XML không hợp lệ), không đọc được.';
/** A stack overflow inside mammoth means absurdly deep nesting. */
const STACK_OVERFLOW = /call stack/i;

function withTimeout<T>(work: Promise<T>, millis: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DoisoatError('timeout', undefined, { limitMillis: millis })), Math.max(millis, 0));
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function checkBytes(bytes: Uint8Array, limits: ReadLimits): void {
  if (bytes.byteLength === 0) throw new DoisoatError('empty_file');
  if (bytes.byteLength > limits.maxBytes) throw new DoisoatError('too_large', undefined, { bytes: bytes.byteLength, limit: limits.maxBytes });
  if (looksLikePdf(bytes)) throw new DoisoatError('format_mismatch', 'Tệp có đuôi .docx nhưng nội dung là PDF.', { actual: 'pdf' });
  if (looksLikeOle2(bytes)) {
    throw new DoisoatError('docx_corrupt', 'Tệp có đuôi .docx nhưng là tài liệu Word 97-2003 (.doc), không được hỗ trợ.', { actual: 'ole2' });
  }
}

function conversionError(e: unknown, fallback: 'docx_corrupt' | 'internal', message?: string): DoisoatError {
  if (isDoisoatError(e)) return e;
  const detail = e instanceof Error ? e.message : String(e);
  if (e instanceof RangeError && STACK_OVERFLOW.test(detail)) return new DoisoatError('too_deep', undefined, { detail });
  return new DoisoatError(fallback, message, { detail });
}

/**
 * Reads a .docx: checks the zip container first (docx_corrupt, docx_not_word, zip_bomb), converts it
 * to HTML with mammoth and maps that HTML to source lines and blocks (see docx/html-to-blocks.ts).
 */
export async function readDocx(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<RawDoc> {
  const started = Date.now();
  checkBytes(bytes, limits);
  await checkDocxZip(bytes, limits);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const remaining = limits.maxMillis - (Date.now() - started);
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await withTimeout(mammoth.convertToHtml({ buffer }, { convertImage: SKIP_IMAGES }), remaining);
  } catch (e) {
    throw conversionError(e, 'docx_corrupt', BROKEN_WORD_XML);
  }
  let parsed: ReturnType<typeof htmlToBlocks>;
  try {
    parsed = htmlToBlocks(result.value);
  } catch (e) {
    throw conversionError(e, 'internal');
  }
  return {
    format: 'docx',
    encoding: null,
    lines: parsed.lines,
    blocks: parsed.blocks,
    warnings: keptMammothWarnings(result.messages),
    nPages: null,
  };
}
