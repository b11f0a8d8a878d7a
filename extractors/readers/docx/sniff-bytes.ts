/** Magic numbers of files that are often renamed to .docx by mistake. */
const PDF_MAGIC = '%PDF-';
/** PDF readers accept the header anywhere in the first 1024 bytes. */
const PDF_HEADER_WINDOW = 1024;
/** Word 97-2003 (.doc) and other OLE2 compound files. */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Local file header of a zip archive. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

export function looksLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC);
}

export function looksLikePdf(bytes: Uint8Array): boolean {
  if (looksLikeZip(bytes)) return false;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PDF_HEADER_WINDOW));
  return head.includes(PDF_MAGIC, 0, 'latin1');
}

export function looksLikeOle2(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE2_MAGIC);
}
