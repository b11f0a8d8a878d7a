/**
 * Opening a PDF with pdfjs-dist (legacy build, in-process "fake" worker for Node) and mapping its failures to
 * DoisoatError codes. The caller must call the `destroy` it returns, whatever happens next.
 */
import { getDocument, type PDFDocumentProxy } from './pdfjs.js';
import { DoisoatError } from '../../../pipeline/errors.js';
import { withDeadline, type Deadline } from './deadline.js';

/** pdfjs names its password failure this way (PasswordException). */
const PASSWORD_EXCEPTION = 'PasswordException';
/** `%PDF-` must appear in the first KiB (the spec allows leading junk; readers accept 1024 bytes). */
const HEADER_SEARCH_BYTES = 1024;
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - PDF_MAGIC.length, HEADER_SEARCH_BYTES);
  outer: for (let i = 0; i <= end; i++) {
    for (let k = 0; k < PDF_MAGIC.length; k++) if (bytes[i + k] !== PDF_MAGIC[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * Opens the document; throws pdf_corrupt / pdf_encrypted / timeout, having destroyed what it opened.
 * The bytes are copied (pdfjs detaches its input).
 */
export async function openPdf(bytes: Uint8Array, deadline: Deadline): Promise<{ doc: PDFDocumentProxy; destroy: () => Promise<void> }> {
  if (!hasPdfHeader(bytes)) throw new DoisoatError('pdf_corrupt', 'Tệp không có phần đầu %PDF-.');
  const task = getDocument({
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
    stopAtErrors: false,
  });
  // No onPassword handler: pdfjs then rejects a password-protected file with a PasswordException at once.
  let doc: PDFDocumentProxy;
  try {
    doc = await withDeadline(task.promise, deadline);
  } catch (e) {
    await task.destroy().catch(() => undefined);
    if (e instanceof DoisoatError) throw e;
    const name = (e as { name?: string } | null)?.name ?? '';
    if (name === PASSWORD_EXCEPTION) throw new DoisoatError('pdf_encrypted');
    throw new DoisoatError('pdf_corrupt', undefined, { cause: (e as Error)?.message ?? String(e) });
  }
  return { doc, destroy: () => task.destroy().catch(() => undefined) };
}
