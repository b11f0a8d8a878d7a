import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const SOFFICE = 'soffice';
/** Plain text import filter: UTF-8, LF line ends. */
const TEXT_FILTER = 'Text (encoded):UTF8,LF,,,';

export function hasSoffice(): boolean {
  try {
    execFileSync('which', [SOFFICE], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Converts `source` (.txt or .fodt) to .docx with LibreOffice in a fresh temp dir and own profile. */
export function convertToDocx(source: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'doisoat-docx-'));
  const args = [
    `-env:UserInstallation=file://${join(dir, 'profile')}`,
    '--headless',
    ...(source.endsWith('.txt') ? [`--infilter=${TEXT_FILTER}`] : []),
    '--convert-to', 'docx',
    '--outdir', dir,
    source,
  ];
  try {
    execFileSync(SOFFICE, args, { stdio: 'ignore', timeout: 90_000 });
    return readFileSync(join(dir, basename(source).replace(/\.[^.]+$/, '.docx')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
