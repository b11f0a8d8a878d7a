/**
 * LibreOffice stamps each PDF with the time of conversion (`/CreationDate`, the file `/ID`, `/DocChecksum`).
 * These are overwritten in place with values of the same length (a fixed date, digests of the page
 * content), so the cross-reference offsets stay valid and the same .docx always gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const CREATION_DATE = /\/CreationDate\(D:([^)]*)\)/g;
const FILE_ID = /\/ID \[ <([0-9A-F]+)>(\s*)<([0-9A-F]+)> \]/g;
const DOC_CHECKSUM = /\/DocChecksum \/([0-9A-F]+)/g;
/** 2024-01-01 00:00 UTC in PDF date form, cut or padded to the original's length. */
const FIXED_DATE = "20240101000000Z'";

function digest(text: string, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += createHash('md5').update(`${i}:`).update(text, 'latin1').digest('hex').toUpperCase();
  return out.slice(0, length);
}

export function makePdfReproducible(path: string): void {
  const original = readFileSync(path).toString('latin1');
  const dated = original.replace(CREATION_DATE, (_, d: string) => `/CreationDate(D:${FIXED_DATE.padEnd(d.length, ' ').slice(0, d.length)})`);
  const blank = dated.replace(FILE_ID, (m) => ' '.repeat(m.length)).replace(DOC_CHECKSUM, (m) => ' '.repeat(m.length));
  const out = dated
    .replace(FILE_ID, (_, a: string, gap: string, b: string) => `/ID [ <${digest(blank, a.length)}>${gap}<${digest(blank, b.length)}> ]`)
    .replace(DOC_CHECKSUM, (_, c: string) => `/DocChecksum /${digest(blank, c.length)}`);
  if (out.length !== original.length) throw new Error(`pdf length changed while fixing ${path}`);
  writeFileSync(path, Buffer.from(out, 'latin1'));
}
