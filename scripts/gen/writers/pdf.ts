/**
 * PDFs made from the generated .docx files by LibreOffice, one batch call per folder. LibreOffice runs with
 * a private profile folder so it does not clash with another soffice on the machine. When soffice is
 * missing the PDFs are skipped (the caller warns and records it in the manifest). The conversion time
 * stamps are then fixed so the PDFs are byte-identical from run to run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makePdfReproducible } from './pdf-reproducible.js';

/** LibreOffice converts a folder of a few hundred small files in well under this. */
const CONVERT_TIMEOUT_MS = 30 * 60 * 1000;

export function findSoffice(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return null;
}

/** Converts `docxFiles` (all in `dir`) to PDF in `dir`. */
export function convertFolderToPdf(soffice: string, dir: string, docxFiles: string[]): void {
  if (!docxFiles.length) return;
  const profile = mkdtempSync(join(tmpdir(), 'doisoat-gen-lo-'));
  try {
    execFileSync(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...docxFiles.map((f) => join(dir, f))],
      { stdio: ['ignore', 'ignore', 'pipe'], timeout: CONVERT_TIMEOUT_MS },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  for (const f of docxFiles) makePdfReproducible(join(dir, f.replace(/\.docx$/, '.pdf')));
}
