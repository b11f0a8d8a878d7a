/**
 * Is the cross-reference data of a PDF where the file says it is? pdfjs silently rebuilds a broken table by
 * scanning the whole file for objects; the text is then usually right, but the reader says it was repaired.
 *
 * Checked: the last `startxref N` points at `xref` (a table) or at `n g obj` (a cross-reference stream,
 * not looked into further); each in-use entry of that table points at the object it names (`n g obj`).
 */
const TAIL_BYTES = 2048;
const STARTXREF = /startxref\s+(\d+)/gu;
const SUBSECTION = /^(\d+)\s+(\d+)\s*$/u;
const ENTRY = /^(\d{10})\s(\d{5})\s([nf])/u;
const OBJECT_HEADER = /^\s*(\d+)\s+(\d+)\s+obj\b/u;
const XREF_STREAM = /^\s*\d+\s+\d+\s+obj\b/u;
/** Entries checked at most (a table is checked whole in any real report). */
const MAX_ENTRIES = 200_000;
const ENTRY_BYTES = 20;
const PEEK = 32;

export const XREF_REBUILT_WARNING = 'pdf_xref_rebuilt: the cross-reference table was broken; the PDF was read by scanning its objects';

function latin1(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, Math.min(to, bytes.length) - from)).toString('latin1');
}

function lastStartxref(bytes: Uint8Array): number | null {
  const tail = latin1(bytes, Math.max(0, bytes.length - TAIL_BYTES), bytes.length);
  let offset: number | null = null;
  for (const m of tail.matchAll(STARTXREF)) offset = Number(m[1]);
  return offset;
}

/** True when the in-use entries of the table at `at` all point at their objects. */
function tableHolds(bytes: Uint8Array, at: number): boolean {
  let pos = at + latin1(bytes, at, at + PEEK).indexOf('xref') + 'xref'.length;
  let checked = 0;
  for (;;) {
    const line = latin1(bytes, pos, pos + PEEK);
    const trimmed = line.replace(/^\s+/u, '');
    pos += line.length - trimmed.length;
    const head = SUBSECTION.exec(trimmed.split(/\r\n|\r|\n/u)[0]);
    if (!head) return true; // `trailer`: the table ended
    pos += trimmed.split(/\r\n|\r|\n/u)[0].length;
    let objectNumber = Number(head[1]);
    const count = Number(head[2]);
    for (let k = 0; k < count; k++, objectNumber++) {
      const entryText = latin1(bytes, pos, pos + PEEK).replace(/^\s+/u, '');
      pos += latin1(bytes, pos, pos + PEEK).length - entryText.length;
      const e = ENTRY.exec(entryText);
      if (!e) return false;
      pos += ENTRY_BYTES - 2; // the entry without its 2-byte end of line (skipped as white space)
      if (e[3] !== 'n') continue;
      const header = OBJECT_HEADER.exec(latin1(bytes, Number(e[1]), Number(e[1]) + PEEK));
      if (!header || Number(header[1]) !== objectNumber) return false;
      if (++checked > MAX_ENTRIES) return true;
    }
  }
}

export function xrefIsBroken(bytes: Uint8Array): boolean {
  const at = lastStartxref(bytes);
  if (at === null || at >= bytes.length) return true;
  const head = latin1(bytes, at, at + PEEK);
  if (/^\s*xref/u.test(head)) return !tableHolds(bytes, at);
  return !XREF_STREAM.test(head);
}
