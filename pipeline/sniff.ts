import type { Format } from '../schemas/source.js';

/** Format from the first bytes, not from the name: `%PDF` → pdf, a zip → docx (checked further by the reader), else txt. */
export function sniffFormat(bytes: Uint8Array): Format | 'zip' | null {
  if (bytes.length >= 4 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  // a PDF may have junk before %PDF within the first 1024 bytes
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) ) return 'zip';
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return null; // legacy .doc (OLE)
  return 'txt';
}

export const EXTENSIONS: Record<string, Format> = { '.txt': 'txt', '.docx': 'docx', '.pdf': 'pdf' };

export function formatOfName(path: string): Format | null {
  const m = /\.[^./\\]+$/u.exec(path.toLowerCase());
  return m ? EXTENSIONS[m[0]] ?? null : null;
}
