/**
 * PDFs made from the generated .docx files by LibreOffice, one batch call per folder. LibreOffice runs with
 * a private profile folder so it does not clash with another soffice on the machine. When soffice is
 * missing the PDFs are skipped (the caller warns and records it in the manifest). The conversion time
 * stamps are then fixed so the PDFs are byte-identical from run to run.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makePdfReproducible } from './pdf-reproducible.js';

/** LibreOffice converts a folder of a few hundred small files in well under this. */
const CONVERT_TIMEOUT_MS = 30 * 60 * 1000;

const SOFFICE_NAMES = ['soffice', 'libreoffice'];

/** The first executable `soffice` (or `libreoffice`) on `searchPath`, or null. */
export function findSoffice(searchPath = process.env.PATH ?? ''): string | null {
  for (const name of SOFFICE_NAMES) {
    for (const dir of searchPath.split(delimiter).filter(Boolean)) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
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
