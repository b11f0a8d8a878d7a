/**
 * A minimal PDF writer: numbered objects (dictionaries and streams) → a file with a correct xref table,
 * so the hostile PDFs differ from a valid one only where they are meant to.
 */
import { deflateSync } from 'node:zlib';

export interface PdfObject {
  /** The dictionary, e.g. `<< /Type /Page ... >>` (for a stream, without /Length). */
  dict: string;
  /** Stream data (binary safe); the writer adds /Length (and /Filter /FlateDecode when `deflate`). */
  stream?: Uint8Array | string;
  deflate?: boolean;
}

export interface PdfSpec {
  /** Objects 1..n in order; object 1 is the catalog. */
  objects: PdfObject[];
  /** Extra trailer entries (`/Encrypt 6 0 R /ID [...]`). */
  trailer?: string;
}

const HEADER = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1');

function objectBytes(n: number, o: PdfObject): Buffer {
  if (o.stream === undefined) return Buffer.from(`${n} 0 obj\n${o.dict}\nendobj\n`, 'latin1');
  const raw = typeof o.stream === 'string' ? Buffer.from(o.stream, 'latin1') : Buffer.from(o.stream);
  const data = o.deflate ? deflateSync(raw) : raw;
  const dict = o.dict.replace(/>>\s*$/u, `/Length ${data.length}${o.deflate ? ' /Filter /FlateDecode' : ''} >>`);
  return Buffer.concat([Buffer.from(`${n} 0 obj\n${dict}\nstream\n`, 'latin1'), data, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
}

export function buildPdf(spec: PdfSpec): Buffer {
  const parts: Buffer[] = [HEADER];
  const offsets: number[] = [];
  let at = HEADER.length;
  spec.objects.forEach((o, i) => {
    const b = objectBytes(i + 1, o);
    offsets.push(at);
    parts.push(b);
    at += b.length;
  });
  const size = spec.objects.length + 1;
  const xref = ['xref', `0 ${size}`, '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `)].join('\n');
  const trailer = `trailer\n<< /Size ${size} /Root 1 0 R${spec.trailer ? ' ' + spec.trailer : ''} >>\nstartxref\n${at}\n%%EOF\n`;
  parts.push(Buffer.from(`${xref}\n${trailer}`, 'latin1'));
  return Buffer.concat(parts);
}

const A4 = '[0 0 595 842]';

/** Catalog, page tree and `pages` pages, each with its content stream and the given resources. */
export function pagesPdf(contents: string[], resources: string, extra: PdfObject[] = [], deflate = false): PdfSpec {
  const n = contents.length;
  const firstPage = 3;
  const firstContent = firstPage + n;
  const firstExtra = firstContent + n;
  const kids = contents.map((_, i) => `${firstPage + i} 0 R`).join(' ');
  const objects: PdfObject[] = [
    { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dict: `<< /Type /Pages /Kids [${kids}] /Count ${n} >>` },
    ...contents.map((_, i) => ({ dict: `<< /Type /Page /Parent 2 0 R /MediaBox ${A4} /Resources ${resources.replaceAll('$X', String(firstExtra))} /Contents ${firstContent + i} 0 R >>` })),
    ...contents.map((c) => ({ dict: '<< >>', stream: c, deflate })),
    ...extra,
  ];
  return { objects };
}

/** A Helvetica font object (its number is `$X` in the resources of pagesPdf). */
export const HELVETICA: PdfObject = { dict: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' };
export const FONT_RESOURCES = '<< /Font << /F1 $X 0 R >> >>';

/** A page content stream showing ASCII lines with Helvetica 11 pt, top down. */
export function textContent(lines: string[]): string {
  const esc = (s: string) => s.replace(/[\\()]/gu, (c) => `\\${c}`);
  return ['BT', '/F1 11 Tf', '14 TL', '56 780 Td', ...lines.map((l) => `(${esc(l)}) Tj T*`), 'ET'].join('\n');
}
