import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { DoisoatError } from '../../../pipeline/errors.js';
import type { ReadLimits } from '../types.js';

/** The part every Word document has. */
export const WORD_DOCUMENT_PART = 'word/document.xml';
/** Above this inflate ratio a large entry is treated as a zip bomb (real .docx parts stay below ~30×). */
export const MAX_COMPRESSION_RATIO = 200;
/** Entries smaller than this are not ratio-checked (tiny XML parts compress well and are harmless). */
export const RATIO_CHECK_MIN_BYTES = 1024 * 1024;
/** Parts mammoth parses; their data is inflated here once to check the declared sizes are true. */
const PARSED_PART = /\.(xml|rels)$/i;
/** yauzl's message when an entry inflates to more bytes than its header declares. */
const MORE_BYTES_THAN_DECLARED = /too many bytes in the stream/;

export interface ZipEntryInfo {
  fileName: string;
  compressedSize: number;
  uncompressedSize: number;
}

/** `850 KB`, `2.5 MB`, `256 MB`. */
function size(n: number): string {
  if (n < 1048576) return `${Math.ceil(n / 1024)} KB`;
  return `${(n / 1048576).toFixed(n < 10 * 1048576 ? 1 : 0)} MB`;
}

/** Over the decompression limit: the sizes, and what to do when the file is genuine. */
function overLimit(bytes: number, limit: number, data: Record<string, unknown>): DoisoatError {
  return new DoisoatError('zip_bomb', `Tệp .docx khi giải nén chiếm trên ${size(bytes)}, vượt giới hạn ${size(limit)} (nghi zip bomb; nếu tệp là thật, tăng bằng --max-unzip-mb).`, data);
}

/** A part that inflates far more than Word XML ever does, or more than its header says. */
function suspicious(entry: string, why: string, data: Record<string, unknown>): DoisoatError {
  return new DoisoatError('zip_bomb', `Phần ${entry} của tệp .docx ${why} (nghi zip bomb).`, data);
}

function corrupt(cause: unknown): DoisoatError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new DoisoatError('docx_corrupt', undefined, { detail });
}

function openZip(bytes: Uint8Array): Promise<ZipFile> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (err, zip) =>
      err ? reject(corrupt(err)) : resolve(zip),
    );
  });
}

/** Reads the central directory, throwing zip_bomb as soon as the declared sizes pass a limit. */
function listEntries(zip: ZipFile, limits: ReadLimits): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    let declaredTotal = 0;
    zip.on('error', (err: unknown) => reject(corrupt(err)));
    zip.on('end', () => resolve(entries));
    zip.on('entry', (entry: Entry) => {
      declaredTotal += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (declaredTotal > limits.maxDecompressedBytes) {
        reject(overLimit(declaredTotal, limits.maxDecompressedBytes, { declaredTotal, limit: limits.maxDecompressedBytes }));
        return;
      }
      if (entry.uncompressedSize >= RATIO_CHECK_MIN_BYTES && ratio > MAX_COMPRESSION_RATIO) {
        reject(suspicious(entry.fileName, `nén ${Math.round(ratio)} lần, bất thường với văn bản Word`, { entry: entry.fileName, ratio: Math.round(ratio) }));
        return;
      }
      entries.push(entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
}

/** Inflates one entry, counting bytes; yauzl checks the count against the declared size. */
function inflateCount(zip: ZipFile, entry: Entry, budget: number, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(corrupt(err));
      let count = 0;
      stream.on('data', (chunk: Buffer) => {
        count += chunk.length;
        if (count > budget) {
          stream.destroy();
          reject(overLimit(limit - budget + count, limit, { entry: entry.fileName, inflated: count }));
        }
      });
      stream.on('error', (e: Error) =>
        reject(MORE_BYTES_THAN_DECLARED.test(e.message)
          ? suspicious(entry.fileName, 'giải nén ra nhiều hơn kích thước ghi trong tệp', { entry: entry.fileName, detail: e.message })
          : corrupt(e)),
      );
      stream.on('end', () => resolve(count));
    });
  });
}

/**
 * Checks a .docx container before any parser inflates it: a readable zip (docx_corrupt), holding
 * word/document.xml (docx_not_word), whose declared and actual inflated sizes stay within
 * `limits.maxDecompressedBytes` and whose large entries do not inflate more than 200× (zip_bomb).
 */
export async function checkDocxZip(bytes: Uint8Array, limits: ReadLimits): Promise<ZipEntryInfo[]> {
  const zip = await openZip(bytes);
  try {
    const entries = await listEntries(zip, limits);
    if (!entries.some((e) => e.fileName === WORD_DOCUMENT_PART)) throw new DoisoatError('docx_not_word');
    let inflated = 0;
    for (const entry of entries) {
      if (!PARSED_PART.test(entry.fileName)) continue;
      inflated += await inflateCount(zip, entry, limits.maxDecompressedBytes - inflated, limits.maxDecompressedBytes);
    }
    return entries.map(({ fileName, compressedSize, uncompressedSize }) => ({ fileName, compressedSize, uncompressedSize }));
  } finally {
    zip.close();
  }
}
