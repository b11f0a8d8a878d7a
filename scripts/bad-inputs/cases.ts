/**
 * The hostile and broken inputs, each with what ingest must make of it: a failed source with a specific
 * error code, or a loaded source with a specific warning. Every input is made here from the seeds or from
 * nothing (never downloaded), deterministically (a seeded PRNG for the noise).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorCode } from '../../pipeline/errors.js';
import { buildPdf, FONT_RESOURCES, HELVETICA, pagesPdf, textContent } from './pdf.js';
import { buildZip, deflatedPieces, docxPackageParts, documentXml, paragraphXml } from './zip.js';

export type Expect =
  | { status: 'failed'; code: ErrorCode }
  /** Loads; a `sources.warnings` entry starts with `warning`. */
  | { status: 'ok'; warning: string }
  /** Loads with no warning expected (e.g. chmod 000 when running as root). */
  | { status: 'ok'; warning: null };

/** What the generator writes for one case: bytes, or a file-system oddity. */
export type Made =
  | { bytes: Uint8Array }
  | { symlink: string }
  | { fifo: true }
  | { bytes: Uint8Array; mode: number };

export interface BadInput {
  /** Path under the corpus directory (`broken/pdf/truncated.pdf`). */
  file: string;
  /** What the input is, for the README table. */
  what: string;
  expect: Expect;
  make(seeds: Seeds): Made;
}

/** The seed files the inputs are made from. */
export interface Seeds {
  dir: string;
  read(name: string): Buffer;
}

export const SEED_PDF = '000_63739cf91234dbc4.pdf';
export const SEED_DOCX = '000_63739cf91234dbc4.docx';
export const SEED_TXT = '002_5400b95413840074.txt';
export const SEED_TCVN3 = '002_5400b95413840074.tcvn3.txt';

/** mulberry32: a tiny seeded PRNG, so the noise is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');

function noise(bytes: number, seed: number): Buffer {
  const r = prng(seed);
  const out = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) out[i] = Math.floor(r() * 256);
  return out;
}

/** Insert `insert` before the first occurrence of each needle (throws when a needle is missing). */
function insertBefore(text: string, needles: string[], insert: (needle: string) => string): string {
  let out = text;
  for (const n of needles) {
    const at = out.indexOf(n);
    if (at < 0) throw new Error(`seed text lacks "${n}"`);
    out = out.slice(0, at) + insert(n) + out.slice(at + n.length);
  }
  return out;
}

// ---- PDF -------------------------------------------------------------------------------------------------

/** startxref points nowhere and every xref entry is zeroed: a reader must rebuild the table by scanning. */
function corruptXref(pdf: Buffer): Buffer {
  const s = pdf.toString('latin1');
  const xref = s.lastIndexOf('\nxref');
  const trailer = s.indexOf('trailer', xref);
  const table = s.slice(xref, trailer).replace(/\d{10} \d{5} n/gu, '0000000000 00000 n');
  const tail = s.slice(trailer).replace(/startxref\s+\d+/u, 'startxref\n999999');
  return Buffer.from(s.slice(0, xref) + table + tail, 'latin1');
}

/** Standard security handler, RC4 40-bit, with /O and /U that do not match the empty password. */
function encryptedPdf(): Buffer {
  const hex32 = (seed: number) => noise(32, seed).toString('hex').toUpperCase();
  const spec = pagesPdf([textContent(['Bao cao mat'])], FONT_RESOURCES, [HELVETICA]);
  spec.objects.push({ dict: `<< /Filter /Standard /V 1 /R 2 /O <${hex32(1)}> /U <${hex32(2)}> /P -44 >>` });
  const id = noise(16, 3).toString('hex').toUpperCase();
  spec.trailer = `/Encrypt ${spec.objects.length} 0 R /ID [<${id}> <${id}>]`;
  return buildPdf(spec);
}

/** One page that only paints a grey 8×8 image (what a scanner makes), no text operators. */
function scannedPdf(): Buffer {
  const image = { dict: '<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 >>', stream: noise(64, 4) };
  return buildPdf(pagesPdf(['q 483 0 0 700 56 70 cm /Im1 Do Q'], '<< /XObject << /Im1 $X 0 R >> >>', [image]));
}

/** `n` pages of plain text (ASCII, Helvetica). */
export function textPagesPdf(n: number): Buffer {
  const pages = Array.from({ length: n }, (_, i) => textContent([`Trang ${i + 1}`, `Tong so 1.234 ho, ngay 02/8/2023.`]));
  return buildPdf(pagesPdf(pages, FONT_RESOURCES, [HELVETICA]));
}

/**
 * One page whose (deflated, ~200 KB) content stream shows 4 million one-letter strings: small on disk,
 * seconds of work for any PDF reader. Used with `--timeout-s 1`.
 */
export function slowPdf(): Buffer {
  const SHOWS = 4_000_000;
  const body = ['BT', '/F1 1 Tf', '20 800 Td', '(x) Tj 0.0001 0 Td\n'.repeat(SHOWS), 'ET'].join('\n');
  return buildPdf(pagesPdf([body], FONT_RESOURCES, [HELVETICA], true));
}

// ---- docx ------------------------------------------------------------------------------------------------

const GIB = 1024 * 1024 * 1024;
const CHUNK = 4 * 1024 * 1024;

/** word/document.xml of 1 GiB (a paragraph of spaces) deflated to ~1 MB: passes no size limit. */
function bombDocx(): Buffer {
  const [head, tail] = documentXml('<w:p><w:r><w:t xml:space="preserve">\u0000</w:t></w:r></w:p>').split('\u0000');
  const part = deflatedPieces([{ data: utf8(head) }, { data: Buffer.alloc(CHUNK, 0x20), times: GIB / CHUNK }, { data: utf8(tail) }]);
  return buildZip([...docxPackageParts(), { name: 'word/document.xml', deflated: part }]);
}

/** A part whose headers declare 20 KB but which inflates to 300 MB: only counting the inflated bytes catches it. */
function lyingBombDocx(): Buffer {
  const [head, tail] = documentXml('<w:p><w:r><w:t xml:space="preserve">\u0000</w:t></w:r></w:p>').split('\u0000');
  const part = deflatedPieces([{ data: utf8(head) }, { data: Buffer.alloc(CHUNK, 0x20), times: 75 }, { data: utf8(tail) }]);
  return buildZip([...docxPackageParts(), { name: 'word/document.xml', deflated: part, declaredSize: 20_000 }]);
}

/** Tables nested `depth` deep, each cell holding the next table. */
function nestedTablesDocx(depth: number): Buffer {
  const open = '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Ô</w:t></w:r></w:p>';
  const close = '<w:p/></w:tc></w:tr></w:tbl>';
  const body = paragraphXml('Bảng lồng nhau') + open.repeat(depth) + close.repeat(depth) + paragraphXml('Hết.');
  return buildZip([...docxPackageParts(), { name: 'word/document.xml', data: documentXml(body) }]);
}

/** word/document.xml with a DTD: nested entities (billion laughs) or an external file (XXE). */
function entityDocx(kind: 'laughs' | 'external'): Buffer {
  const laughs = ['<!ENTITY a "aaaaaaaaaa">', ...'bcdefgh'.split('').map((c, i) => `<!ENTITY ${c} "${`&${'abcdefg'[i]};`.repeat(10)}">`)].join('');
  const dtd = kind === 'laughs' ? laughs : '<!ENTITY x SYSTEM "file:///etc/passwd">';
  const xml = documentXml(paragraphXml('Tổng kinh phí \u0000 triệu đồng')).replace('<w:document', `<!DOCTYPE w:document [${dtd}]><w:document`);
  return buildZip([...docxPackageParts(), { name: 'word/document.xml', data: xml.replace('\u0000', kind === 'laughs' ? '&h;' : '&x;') }]);
}

// ---- txt -------------------------------------------------------------------------------------------------

/** The first half of the seed's lines in UTF-8, the second half from its TCVN3 rendition. */
function mixedEncodings(seeds: Seeds): Buffer {
  const split = (b: Buffer) => {
    const lines: Buffer[] = [];
    for (let s = 0; s < b.length; ) {
      const lf = b.indexOf(0x0a, s);
      const e = lf < 0 ? b.length : lf + 1;
      lines.push(b.subarray(s, e));
      s = e;
    }
    return lines;
  };
  const u = split(seeds.read(SEED_TXT));
  const t = split(seeds.read(SEED_TCVN3));
  const half = Math.floor(Math.min(u.length, t.length) / 2);
  return Buffer.concat([...u.slice(0, half), ...t.slice(half)]);
}

/** The seed with the second byte of three words set to 0xFF (never valid UTF-8): `ổ`'s lead byte, then `i`, `i`. */
function invalidUtf8(seeds: Seeds): Buffer {
  const b = Buffer.from(seeds.read(SEED_TXT));
  const marks = ['Tổng nguồn vốn', 'Giám sát', 'Tiêu dự án'];
  for (const m of marks) {
    const at = b.indexOf(utf8(m));
    if (at < 0) throw new Error(`seed lacks "${m}"`);
    b[at + 1] = 0xff;
  }
  return b;
}

function nulBytes(seeds: Seeds): Buffer {
  const text = seeds.read(SEED_TXT).toString('utf8');
  return utf8(insertBefore(text, ['1.571,6 triệu', 'Dự án 6', 'Giám sát'], (n) => `\u0000\u0000${n}`));
}

const RLO = '\u202e';
const PDF_MARK = '\u202c';
const RLM = '\u200f';
const LRI = '\u2066';
const PDI = '\u2069';

/** Bidi controls around amounts and inside words: invisible in an editor, fatal to naive matching. */
function bidiControls(seeds: Seeds): Buffer {
  const text = seeds.read(SEED_TXT).toString('utf8');
  return utf8(insertBefore(text, ['1.571,6', '1.551 triệu', '20,6'], (n) => `${RLO}${n}${PDF_MARK}`).replace('Tổng nguồn', `Tổng${RLM} ${LRI}nguồn${PDI}`));
}

export const HOMOGLYPH_TEXT = [
  'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
  '',
  'Số: 12/BC-UBND',
  '',
  'Lạng Sơn, ngày 15 tháng 3 năm 2023',
  '',
  'BÁO CÁO',
  '',
  'Kết quả thực hiện chính sách hỗ trợ',
  '',
  // U+00D0 (Icelandic Eth) for Đ
  'Căn cứ Nghị định số 27/2022/N\u00d0-CP ngày 19/3/2022 của Chính phủ quy định cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia;',
  // Cyrillic С (U+0421) for Latin C
  'Căn cứ Nghị định số 38/2023/NĐ-\u0421P ngày 24/6/2023 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 27/2022/NĐ-CP ngày 19/3/2022 của Chính phủ;',
  '',
  'Tổng kinh phí đã giải ngân là 1.234,5 triệu đồng.',
  '',
].join('\n');

// ---- the list --------------------------------------------------------------------------------------------

const ROOT = process.getuid?.() === 0;

export const BAD_INPUTS: BadInput[] = [
  // PDF
  { file: 'broken/pdf/truncated.pdf', what: 'PDF cut in half (first half of a seed PDF)', expect: { status: 'failed', code: 'pdf_corrupt' },
    make: (s) => ({ bytes: s.read(SEED_PDF).subarray(0, Math.floor(s.read(SEED_PDF).length / 2)) }) },
  { file: 'broken/pdf/bad-xref.pdf', what: 'PDF with a corrupt cross-reference table (startxref and every offset wrong)', expect: { status: 'ok', warning: 'pdf_xref_rebuilt' },
    make: (s) => ({ bytes: corruptXref(s.read(SEED_PDF)) }) },
  { file: 'broken/pdf/encrypted.pdf', what: 'PDF with an /Encrypt dictionary (password needed)', expect: { status: 'failed', code: 'pdf_encrypted' },
    make: () => ({ bytes: encryptedPdf() }) },
  { file: 'broken/pdf/scanned.pdf', what: 'Scanned PDF: the page only paints an image XObject', expect: { status: 'failed', code: 'no_text_layer' },
    make: () => ({ bytes: scannedPdf() }) },
  { file: 'broken/pdf/text-named.pdf', what: 'A text file named .pdf', expect: { status: 'failed', code: 'pdf_corrupt' },
    make: (s) => ({ bytes: s.read(SEED_TXT).subarray(0, 3000) }) },
  { file: 'broken/pdf/no-pages.pdf', what: 'A valid PDF with no page (`/Count 0`)', expect: { status: 'failed', code: 'no_text' },
    make: () => ({ bytes: buildPdf({ objects: [{ dict: '<< /Type /Catalog /Pages 2 0 R >>' }, { dict: '<< /Type /Pages /Kids [] /Count 0 >>' }] }) }) },
  { file: 'broken/pdf/header-only.pdf', what: '`%PDF-1.7` followed by random bytes', expect: { status: 'failed', code: 'pdf_corrupt' },
    make: () => ({ bytes: Buffer.concat([utf8('%PDF-1.7\n'), noise(4096, 5)]) }) },
  // docx
  { file: 'broken/docx/pdf-named.docx', what: 'A PDF named .docx', expect: { status: 'failed', code: 'format_mismatch' },
    make: (s) => ({ bytes: s.read(SEED_PDF) }) },
  { file: 'broken/docx/bomb.docx', what: 'Zip bomb: word/document.xml inflates to 1 GiB (1 MB on disk)', expect: { status: 'failed', code: 'zip_bomb' },
    make: () => ({ bytes: bombDocx() }) },
  { file: 'broken/docx/lying-bomb.docx', what: 'Zip bomb whose headers lie: declares 20 KB, inflates to 300 MB', expect: { status: 'failed', code: 'zip_bomb' },
    make: () => ({ bytes: lyingBombDocx() }) },
  { file: 'broken/docx/plain-zip.docx', what: 'A zip of a text file, named .docx', expect: { status: 'failed', code: 'docx_not_word' },
    make: (s) => ({ bytes: buildZip([{ name: 'ghi-chu.txt', data: s.read(SEED_TXT) }]) }) },
  { file: 'broken/docx/no-document-xml.docx', what: 'A docx package without word/document.xml', expect: { status: 'failed', code: 'docx_not_word' },
    make: () => ({ bytes: buildZip([...docxPackageParts(), { name: 'word/styles.xml', data: '<w:styles/>' }]) }) },
  { file: 'broken/docx/truncated.docx', what: 'A seed docx cut in half (no central directory)', expect: { status: 'failed', code: 'docx_corrupt' },
    make: (s) => ({ bytes: s.read(SEED_DOCX).subarray(0, Math.floor(s.read(SEED_DOCX).length / 2)) }) },
  { file: 'broken/docx/word97.docx', what: 'A Word 97-2003 (OLE2) file named .docx', expect: { status: 'failed', code: 'docx_corrupt' },
    make: () => ({ bytes: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), noise(4088, 6)]) }) },
  { file: 'broken/docx/bad-xml.docx', what: 'A docx whose word/document.xml is not well-formed XML', expect: { status: 'failed', code: 'docx_corrupt' },
    make: () => ({ bytes: buildZip([...docxPackageParts(), { name: 'word/document.xml', data: '<w:document><w:body><w:p>' + '<<<'.repeat(100) }]) }) },
  { file: 'broken/docx/billion-laughs.docx', what: 'XML entity bomb (billion laughs) in word/document.xml', expect: { status: 'failed', code: 'docx_corrupt' },
    make: () => ({ bytes: entityDocx('laughs') }) },
  { file: 'broken/docx/xxe.docx', what: 'XML external entity (`file:///etc/passwd`) in word/document.xml', expect: { status: 'failed', code: 'docx_corrupt' },
    make: () => ({ bytes: entityDocx('external') }) },
  { file: 'broken/docx/nested-tables.docx', what: 'Tables nested 3 000 deep', expect: { status: 'failed', code: 'too_deep' },
    make: () => ({ bytes: nestedTablesDocx(3000) }) },
  // txt
  { file: 'broken/txt/empty.txt', what: '0-byte file', expect: { status: 'failed', code: 'empty_file' },
    make: () => ({ bytes: new Uint8Array() }) },
  { file: 'broken/txt/noise.txt', what: '64 KB of random bytes named .txt', expect: { status: 'failed', code: 'binary_text' },
    make: () => ({ bytes: noise(65536, 7) }) },
  { file: 'broken/txt/blank.txt', what: 'Only spaces, tabs and line breaks', expect: { status: 'failed', code: 'no_text' },
    make: () => ({ bytes: utf8(' \t\n\n   \r\n\u00a0\n') }) },
  { file: 'broken/txt/zip-named.txt', what: 'A docx named .txt', expect: { status: 'failed', code: 'format_mismatch' },
    make: (s) => ({ bytes: s.read(SEED_DOCX) }) },
  { file: 'broken/txt/nul-bytes.txt', what: 'UTF-8 text with NUL bytes inside', expect: { status: 'ok', warning: 'nul_bytes_removed' },
    make: (s) => ({ bytes: nulBytes(s) }) },
  { file: 'broken/txt/invalid-utf8.txt', what: 'UTF-8 text with 3 invalid byte sequences', expect: { status: 'ok', warning: 'invalid_utf8' },
    make: (s) => ({ bytes: invalidUtf8(s) }) },
  { file: 'broken/txt/mixed-encodings.txt', what: 'One file, first half UTF-8, second half TCVN3', expect: { status: 'ok', warning: 'mixed_encodings' },
    make: (s) => ({ bytes: mixedEncodings(s) }) },
  { file: 'broken/txt/bidi.txt', what: 'Bidi controls (RLO/PDF, RLM, LRI/PDI) around amounts and inside words', expect: { status: 'ok', warning: 'bidi_controls_removed' },
    make: (s) => ({ bytes: bidiControls(s) }) },
  { file: 'broken/txt/homoglyphs.txt', what: 'Symbols with look-alike letters: `NÐ-CP` (U+00D0), Cyrillic `С` in `СP`', expect: { status: 'ok', warning: 'homoglyph_symbols' },
    make: () => ({ bytes: utf8(HOMOGLYPH_TEXT) }) },
  // file system
  { file: 'broken/fs/loop', what: 'A symlink to its own folder (a loop) inside an input folder', expect: { status: 'failed', code: 'symlink_loop' },
    make: () => ({ symlink: '.' }) },
  { file: 'broken/fs/self.txt', what: 'A symlink to itself', expect: { status: 'failed', code: 'symlink_loop' },
    make: () => ({ symlink: 'self.txt' }) },
  { file: 'broken/fs/dangling.txt', what: 'A symlink to a missing file', expect: { status: 'failed', code: 'unreadable' },
    make: () => ({ symlink: 'khong-ton-tai.txt' }) },
  { file: 'broken/fs/fifo.txt', what: 'A named pipe (FIFO) named .txt: reading it would block forever, even as root', expect: { status: 'failed', code: 'unreadable' },
    make: () => ({ fifo: true }) },
  { file: 'broken/fs/chmod000.txt', what: ROOT ? 'chmod 000 (root reads it anyway)' : 'chmod 000 (no permission to read)', expect: ROOT ? { status: 'ok', warning: null } : { status: 'failed', code: 'unreadable' },
    make: (s) => ({ bytes: s.read(SEED_TXT).subarray(0, 2000), mode: 0o000 }) },
];

/** A good file in the same run: the run goes on past the broken ones. */
export const GOOD_INPUT = { file: 'broken/good.txt', make: (s: Seeds): Made => ({ bytes: s.read(SEED_TXT) }) };

// ---- big files (loaded by default, too_large under a lower --max-mb) ---------------------------------------

/** Real report text (the seeds and legal texts) repeated up to `bytes`. */
function bigText(seeds: Seeds, bytes: number, oneLine: boolean): Buffer {
  const names = ['000_63739cf91234dbc4.txt', '001_157e71765e27d8f0.txt', SEED_TXT, '004_7690d259663c1765.txt'];
  let unit = names.map((n) => seeds.read(n).toString('utf8')).join('\n\n');
  if (oneLine) unit = unit.replace(/\s*\n\s*/gu, ' ') + ' ';
  const one = utf8(unit);
  const out = Buffer.alloc(bytes);
  for (let at = 0; at < bytes; at += one.length) one.copy(out, at, 0, Math.min(one.length, bytes - at));
  // never cut a UTF-8 sequence: back up over continuation bytes and pad with spaces
  let end = bytes;
  while (end > 0 && (out[end - 1] & 0xc0) === 0x80) end--;
  if (end > 0 && out[end - 1] >= 0xc0) end--;
  out.fill(0x20, end);
  return out;
}

export const MB = 1024 * 1024;

export const BIG_INPUTS = [
  { file: 'big/50mb.txt', what: '50 MB text file (real report text repeated)', make: (s: Seeds): Made => ({ bytes: bigText(s, 50 * MB, false) }) },
  { file: 'big/one-line.txt', what: 'A single 5 MB line', make: (s: Seeds): Made => ({ bytes: bigText(s, 5 * MB, true) }) },
];

export const LIMIT_INPUTS = [
  { file: 'limits/slow.pdf', what: 'PDF whose one page shows 4 million strings (200 KB deflated)', make: (): Made => ({ bytes: slowPdf() }) },
  { file: 'limits/three-pages.pdf', what: 'A valid 3-page PDF', make: (): Made => ({ bytes: textPagesPdf(3) }) },
];

export function seedsAt(dir: string, encodingsDir: string): Seeds {
  const cache = new Map<string, Buffer>();
  return {
    dir,
    read(name) {
      if (!cache.has(name)) cache.set(name, readFileSync(join(name === SEED_TCVN3 ? encodingsDir : dir, name)));
      return cache.get(name)!;
    },
  };
}
