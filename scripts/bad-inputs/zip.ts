/**
 * A minimal zip writer (no zip64, no data descriptors), enough to build broken and hostile .docx files:
 * an entry may lie about its uncompressed size, or carry a pre-deflated body (a bomb made from a stream
 * without holding the inflated bytes).
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** The uncompressed bytes (deflated here), unless `deflated` is given. */
  data?: Uint8Array | string;
  /** An already deflated body, with its real inflated size and CRC. */
  deflated?: { body: Uint8Array; size: number; crc: number };
  /** The uncompressed size written in the headers, when it should lie. */
  declaredSize?: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const DEFLATE = 8;
const UTF8_NAMES = 0x0800;
const VERSION = 20;
const LOCAL_SIZE = 30;
const CENTRAL_SIZE = 46;
const END_SIZE = 22;

function bodyOf(e: ZipEntry): { body: Uint8Array; size: number; crc: number } {
  if (e.deflated) return e.deflated;
  const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data ?? new Uint8Array());
  return { body: deflateRawSync(data), size: data.length, crc: crc32(data) };
}

export function buildZip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const { body, size, crc } = bodyOf(e);
    const name = Buffer.from(e.name, 'utf8');
    const declared = e.declaredSize ?? size;
    const local = Buffer.alloc(LOCAL_SIZE);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(CENTRAL_SIZE);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    central.writeUInt16LE(VERSION, 4);
    central.writeUInt16LE(VERSION, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(DEFLATE, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, Buffer.from(body));
    centrals.push(central, name);
    offset += LOCAL_SIZE + name.length + body.length;
  }
  const centralBytes = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(END_SIZE);
  end.writeUInt32LE(END_OF_CENTRAL, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...centrals, end]);
}

/**
 * A deflated part made of pieces, each compressed on its own and ended with a sync flush, so a 1 GB part
 * is built from one 4 MB chunk deflated once and repeated: the inflated bytes never sit in memory.
 */
export function deflatedPieces(pieces: { data: Uint8Array; times?: number }[]): { body: Uint8Array; size: number; crc: number } {
  const out: Buffer[] = [];
  let size = 0;
  let crc = 0;
  pieces.forEach(({ data, times = 1 }, k) => {
    const last = k === pieces.length - 1;
    const block = deflateRawSync(data, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
    for (let t = 0; t < times; t++) {
      out.push(last && t === times - 1 ? deflateRawSync(data, { level: 9 }) : block);
      crc = crc32(data, crc);
      size += data.length;
    }
  });
  return { body: Buffer.concat(out), size, crc };
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';
export const WORD_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** `[Content_Types].xml` and `_rels/.rels` of a Word document. */
export function docxPackageParts(): ZipEntry[] {
  return [
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
  ];
}

/** `word/document.xml` with the given body XML. */
export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${WORD_NS}"><w:body>${body}</w:body></w:document>`;
}

export function paragraphXml(text: string): string {
  const esc = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return `<w:p><w:r><w:t xml:space="preserve">${esc}</w:t></w:r></w:p>`;
}
