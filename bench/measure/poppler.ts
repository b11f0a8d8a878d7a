import { run } from '../proc.js';

/**
 * `pdftotext` (poppler-utils), the PDF baseline. When missing and running as root, try
 * `apt-get install -y poppler-utils` once; otherwise say clearly why the PDF ratio is not measured.
 */
export async function ensurePdftotext(log: (m: string) => void): Promise<{ ok: true; version: string } | { ok: false; reason: string }> {
  const probe = async () => {
    try {
      const r = await run('pdftotext', ['-v']);
      return /pdftotext version ([\d.]+)/u.exec(r.stderr + r.stdout)?.[1] ?? 'unknown';
    } catch {
      return null; // ENOENT
    }
  };
  let version = await probe();
  if (version) return { ok: true, version };
  if (process.getuid?.() !== 0) return { ok: false, reason: 'pdftotext not found; install poppler-utils (apt-get install -y poppler-utils) and run again' };
  log('pdftotext not found: apt-get install -y poppler-utils');
  try {
    let r = await run('apt-get', ['install', '-y', 'poppler-utils'], { DEBIAN_FRONTEND: 'noninteractive' });
    if (r.code !== 0) {
      await run('apt-get', ['update'], { DEBIAN_FRONTEND: 'noninteractive' });
      r = await run('apt-get', ['install', '-y', 'poppler-utils'], { DEBIAN_FRONTEND: 'noninteractive' });
    }
  } catch { /* no apt-get */ }
  version = await probe();
  return version ? { ok: true, version } : { ok: false, reason: 'pdftotext not found and `apt-get install -y poppler-utils` did not install it' };
}
