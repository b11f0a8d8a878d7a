/**
 * Is the cross-reference data of a PDF where the file says it is? pdfjs silently rebuilds a broken table by
 * scanning the whole file for objects; the text is then usually right, but the reader says it was repaired.
 *
 * Checked: the last `startxref N` points at `xref` (a table) or at `n g obj` (a cross-reference stream,
 * not looked into further); each in-use entry of that table points at the object it names (`n g obj`).
 */
const TAIL_BYTES = 2048;
const STARTXREF = /startxref\s+(\d+)/gu;
const OBJECT_HEADER = /^\s*(\d+)\s+(\d+)\s+obj\b/u;
/** Bytes looked at where an offset points. */
const PEEK = 32;
/** Entries checked at most (a real report's table is checked whole). */
const MAX_ENTRIES = 200_000;

export const XREF_REBUILT_WARNING = 'pdf_xref_rebuilt: the cross-reference table was broken; the PDF was read by scanning its objects';

function view(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function lastStartxref(buf: Buffer): number | null {
  const tail = buf.toString('latin1', Math.max(0, buf.length - TAIL_BYTES));
  let offset: number | null = null;
  for (const m of tail.matchAll(STARTXREF)) offset = Number(m[1]);
  return offset;
}

/** True when every in-use entry of the table at `at` points at the object it names. */
function tableHolds(buf: Buffer, at: number): boolean {
  const end = buf.indexOf('trailer', at, 'latin1');
  if (end < 0) return false;
  const tokens = buf.toString('latin1', at, end).split(/\s+/u).filter(Boolean);
  let i = 1; // after `xref`
  let checked = 0;
  while (i + 1 < tokens.length) {
    let objectNumber = Number(tokens[i]);
    const count = Number(tokens[i + 1]);
    i += 2;
    if (!Number.isInteger(objectNumber) || !Number.isInteger(count)) return false;
    for (let k = 0; k < count; k++, objectNumber++, i += 3) {
      const [offset, , kind] = [tokens[i], tokens[i + 1], tokens[i + 2]];
      if (kind !== 'n' && kind !== 'f') return false;
      if (kind === 'f') continue;
      const head = OBJECT_HEADER.exec(buf.toString('latin1', Number(offset), Number(offset) + PEEK));
      if (!head || Number(head[1]) !== objectNumber) return false;
      if (++checked >= MAX_ENTRIES) return true;
    }
  }
  return true;
}

export function xrefIsBroken(bytes: Uint8Array): boolean {
  const buf = view(bytes);
  const at = lastStartxref(buf);
  if (at === null || at >= buf.length) return true;
  const head = buf.toString('latin1', at, at + PEEK);
  if (/^\s*xref\b/u.test(head)) return !tableHolds(buf, at + head.indexOf('xref'));
  return !OBJECT_HEADER.test(head); // a cross-reference stream: an object must start there
}
