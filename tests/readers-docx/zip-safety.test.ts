import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../extractors/readers/docx.js';
import { checkDocxZip } from '../../extractors/readers/docx/zip-guard.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../../extractors/readers/types.js';
import type { ErrorCode } from '../../pipeline/errors.js';
import { buildZip, minimalDocxParts, wordParagraph, type ZipEntrySpec } from './zip-writer.js';

const SEED_DOCX = 'fixtures/seeds/002_5400b95413840074.docx';
const SEED_PDF = 'fixtures/seeds/002_5400b95413840074.pdf';
const MIB = 1024 * 1024;

function limits(overrides: Partial<ReadLimits>): ReadLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}

async function errorCode(bytes: Uint8Array, lim: ReadLimits = DEFAULT_LIMITS): Promise<ErrorCode | 'none'> {
  try {
    await readDocx(bytes, lim);
    return 'none';
  } catch (e) {
    return (e as { code: ErrorCode }).code;
  }
}

const validParts = minimalDocxParts(wordParagraph('Báo cáo số 12/BC-UBND'));
const withoutDocument: ZipEntrySpec[] = validParts.map((p) =>
  p.name === 'word/document.xml' ? { ...p, name: 'word/body.xml' } : p,
);
const replaceDocument = (patch: Partial<ZipEntrySpec>): ZipEntrySpec[] =>
  validParts.map((p) => (p.name === 'word/document.xml' ? { ...p, ...patch } : p));
const zeros = new Uint8Array(20 * MIB);

const cases: Array<[string, () => Uint8Array, ReadLimits, ErrorCode | 'none']> = [
  ['a hand-made minimal docx reads', () => buildZip(validParts), DEFAULT_LIMITS, 'none'],
  ['a seed docx reads', () => readFileSync(SEED_DOCX), DEFAULT_LIMITS, 'none'],
  ['an empty file', () => new Uint8Array(0), DEFAULT_LIMITS, 'empty_file'],
  ['plain text renamed .docx', () => Buffer.from('Số: 12/BC-UBND\nBÁO CÁO\n', 'utf8'), DEFAULT_LIMITS, 'docx_corrupt'],
  ['a PDF renamed .docx', () => readFileSync(SEED_PDF), DEFAULT_LIMITS, 'format_mismatch'],
  ['a Word 97-2003 (OLE2) file renamed .docx', () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), DEFAULT_LIMITS, 'docx_corrupt'],
  ['a truncated docx', () => readFileSync(SEED_DOCX).subarray(0, 4000), DEFAULT_LIMITS, 'docx_corrupt'],
  ['a zip without word/document.xml', () => buildZip(withoutDocument), DEFAULT_LIMITS, 'docx_not_word'],
  ['document.xml with broken deflate data', () => buildZip(replaceDocument({ rawData: Buffer.from('not deflate data at all, just bytes') })), DEFAULT_LIMITS, 'docx_corrupt'],
  ['document.xml that is not XML', () => buildZip(replaceDocument({ data: '<w:document><w:body><w:p>' })), DEFAULT_LIMITS, 'docx_corrupt'],
  ['declared size above the limit', () => buildZip(replaceDocument({ declaredSize: 2 * MIB })), limits({ maxDecompressedBytes: MIB }), 'zip_bomb'],
  ['an entry inflating more than 200×', () => buildZip([...validParts, { name: 'word/media/zeros.bin', data: zeros }]), DEFAULT_LIMITS, 'zip_bomb'],
  ['an entry inflating to more than its declared size', () => buildZip(replaceDocument({ declaredSize: 10 })), DEFAULT_LIMITS, 'zip_bomb'],
  ['a file above maxBytes', () => readFileSync(SEED_DOCX), limits({ maxBytes: 1000 }), 'too_large'],
];

describe('readDocx refuses unsafe or broken containers with a code', () => {
  it.each(cases)('%s', async (_name, make, lim, expected) => {
    expect(await errorCode(make(), lim)).toBe(expected);
  });
});

describe('the decompressed-size limit is exact', () => {
  it('passes at the declared total and fails one byte below it', async () => {
    const bytes = readFileSync(SEED_DOCX);
    const entries = await checkDocxZip(bytes, DEFAULT_LIMITS);
    const total = entries.reduce((n, e) => n + e.uncompressedSize, 0);
    // the seed's parts as listed by `unzip -l`
    expect(total).toBe(23_612);
    expect(await errorCode(bytes, limits({ maxDecompressedBytes: total }))).toBe('none');
    expect(await errorCode(bytes, limits({ maxDecompressedBytes: total - 1 }))).toBe('zip_bomb');
  });

  it('the same 20 MiB of zeros stored uncompressed (ratio 1) is accepted', async () => {
    const stored = buildZip([...validParts, { name: 'word/media/zeros.bin', data: zeros, method: 'store' }]);
    expect(await errorCode(stored)).toBe('none');
  });
});
