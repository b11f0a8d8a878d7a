import { describe, expect, it } from 'vitest';
import { readPdf } from '../../extractors/readers/pdf.js';
import { DEFAULT_LIMITS } from '../../extractors/readers/types.js';
import { DoisoatError, type ErrorCode } from '../../pipeline/errors.js';
import { FIXTURES, SEEDS, bytesOf, onePagePdf, stream } from './helpers.js';

async function codeOf(work: Promise<unknown>): Promise<ErrorCode | 'none'> {
  try {
    await work;
    return 'none';
  } catch (e) {
    if (e instanceof DoisoatError) return e.code;
    throw e;
  }
}

const HELVETICA = '<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>';
/** A 2×2 grey image drawn over the page: what a scanner makes, with no text. */
const IMAGE = stream('\x00\xff\xff\x00', '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8');

describe('unreadable PDFs', () => {
  it.each(['000_63739cf91234dbc4', '001_157e71765e27d8f0', '002_5400b95413840074', '004_7690d259663c1765'])(
    'the first half of seed %s is pdf_corrupt',
    async (seed) => {
      const bytes = bytesOf(`${SEEDS}${seed}.pdf`);
      expect(await codeOf(readPdf(bytes.subarray(0, bytes.length >> 1)))).toBe('pdf_corrupt');
    },
  );

  it.each([
    ['bytes that are not a PDF', new Uint8Array(Buffer.from('Lạng Sơn, ngày 30 tháng 6 năm 2023\n'))],
    ['a PDF header and nothing else', new Uint8Array(Buffer.from('%PDF-1.7\n'))],
    ['an empty file', new Uint8Array(0)],
  ])('%s is pdf_corrupt', async (_label, bytes) => {
    expect(await codeOf(readPdf(bytes))).toBe('pdf_corrupt');
  });

  it('a password-protected PDF is pdf_encrypted', async () => {
    expect(await codeOf(readPdf(bytesOf(`${FIXTURES}encrypted.pdf`)))).toBe('pdf_encrypted');
  });

  it.each([
    ['an empty content stream', onePagePdf('', '<< >>')],
    ['an image only (a scan)', onePagePdf('q 595 0 0 842 0 0 cm /Im1 Do Q', '<< /XObject << /Im1 5 0 R >> >>', [IMAGE])],
    ['a text object with only spaces', onePagePdf('BT /F1 12 Tf 72 720 Td (   ) Tj ET', HELVETICA)],
  ])('a page with %s has no_text_layer', async (_label, bytes) => {
    expect(await codeOf(readPdf(bytes))).toBe('no_text_layer');
  });

  it('the hand-made PDF writer is sound: with a text object the same page reads', async () => {
    const doc = await readPdf(onePagePdf('BT /F1 12 Tf 72 720 Td (Bao cao so 15) Tj ET', HELVETICA));
    expect(doc.lines).toEqual([{ text: 'Bao cao so 15', page: 1, line: 1 }]);
    expect(doc.nPages).toBe(1);
  });
});

describe('limits', () => {
  const seed = bytesOf(`${SEEDS}001_157e71765e27d8f0.pdf`);

  it('more pages than maxPages is too_many_pages', async () => {
    expect(await codeOf(readPdf(seed, { ...DEFAULT_LIMITS, maxPages: 9 }))).toBe('too_many_pages');
    expect(await codeOf(readPdf(seed, { ...DEFAULT_LIMITS, maxPages: 10 }))).toBe('none');
  });

  it('more bytes than maxBytes is too_large', async () => {
    expect(await codeOf(readPdf(seed, { ...DEFAULT_LIMITS, maxBytes: seed.length - 1 }))).toBe('too_large');
  });

  it('a time budget already spent is timeout', async () => {
    expect(await codeOf(readPdf(seed, { ...DEFAULT_LIMITS, maxMillis: -1 }))).toBe('timeout');
  });

  it('the caller keeps its bytes (pdfjs gets a copy)', async () => {
    const copy = seed.slice();
    await readPdf(copy);
    expect(copy.byteLength).toBe(seed.byteLength);
    expect(Buffer.from(copy).equals(Buffer.from(seed))).toBe(true);
  });
});
