import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTxt } from '../../extractors/readers/txt.js';
import { buildDocument } from '../../pipeline/extract.js';
import { ROOT } from '../paths.js';
import type { Outcome } from '../targets.js';

export interface TxtSet {
  name: string;
  files: number;
  bytes: number;
  readMillis: number;
  buildMillis: number;
  mbPerS: number;
}

/** Files extracted untimed first, so the JIT has compiled the hot paths. */
const WARM_UP = 20;

/** `readTxt` then `buildDocument` (header, sections, every entity extractor) on each file, in this thread. */
export function txtThroughput(name: string, files: string[]): TxtSet {
  const bytes = files.map((f) => new Uint8Array(readFileSync(f)));
  for (const b of bytes.slice(0, WARM_UP)) buildDocument(readTxt(b), 'warmup');
  let readMillis = 0;
  let buildMillis = 0;
  let total = 0;
  for (const b of bytes) {
    const t0 = performance.now();
    const raw = readTxt(b);
    const t1 = performance.now();
    buildDocument(raw, 'bench');
    buildMillis += performance.now() - t1;
    readMillis += t1 - t0;
    total += b.length;
  }
  return { name, files: files.length, bytes: total, readMillis, buildMillis, mbPerS: total / 1e6 / ((readMillis + buildMillis) / 1000) };
}

export function publicVnFiles(): string[] {
  const dir = join(ROOT, 'fixtures', 'public-vn');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
}

export function measureTxt(generated: string[], log: (m: string) => void): { sets: TxtSet[]; outcome: Outcome } {
  log(`txt: readTxt + buildDocument on fixtures/public-vn and ${generated.length} generated files`);
  const sets = [txtThroughput('fixtures/public-vn', publicVnFiles()), txtThroughput('generated', generated)];
  const bytes = sets.reduce((n, s) => n + s.bytes, 0);
  const millis = sets.reduce((n, s) => n + s.readMillis + s.buildMillis, 0);
  const value = bytes / 1e6 / (millis / 1000);
  return {
    sets,
    outcome: {
      id: 'txt_mb_per_s', value,
      measured: sets.map((s) => `${s.name} ${s.mbPerS.toFixed(2)} MB/s (${(s.bytes / 1e6).toFixed(1)} MB, ${s.files} files; read ${pct(s.readMillis, s.readMillis + s.buildMillis)}, extract ${pct(s.buildMillis, s.readMillis + s.buildMillis)})`).join('; ') + '; in-process, one thread, after warm-up',
    },
  };
}

function pct(a: number, total: number): string {
  return `${Math.round((100 * a) / total)} %`;
}
