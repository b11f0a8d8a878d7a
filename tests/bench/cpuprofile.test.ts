import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortUrl, summarizeProfile, type CpuProfile } from '../../bench/cpuprofile.js';

const ROOT = '/repo';
const frame = (id: number, functionName: string, url = '', lineNumber = 0) => ({ id, callFrame: { functionName, url, lineNumber } });

/** Samples in µs: parse 5 ms + 1 ms (two samples), append 2 ms, idle 10 ms, piscina waiting 4 ms. */
const PROFILE: CpuProfile = {
  nodes: [
    frame(1, '(root)'),
    frame(2, 'parseNumber', 'file:///repo/dist/extractors/numbers/parseNumber.js', 19),
    frame(3, 'appendVarchar', 'file:///repo/node_modules/@duckdb/node-api/lib/DuckDBAppender.js', 110),
    frame(4, '(idle)'),
    frame(5, 'atomicsWaitLoop', 'file:///repo/node_modules/piscina/dist/worker.js', 125),
    frame(6, 'labelBefore', 'file:///repo/dist/extractors/numbers/labelBefore.js', 16),
  ],
  samples: [2, 3, 4, 2, 5, 6],
  timeDeltas: [5000, 2000, 10000, 1000, 4000, 2000],
};

describe('summarizeProfile', () => {
  const s = summarizeProfile(PROFILE, ROOT);
  it('splits busy time from waiting (idle and a worker blocked for its next task)', () => {
    expect([s.totalMs, s.idleMs, s.busyMs]).toEqual([24, 14, 10]);
  });
  it('ranks self time by file and by function, as shares of busy time', () => {
    expect(s.byFile).toEqual([
      { name: 'extractors/numbers/parseNumber.js', ms: 6, pct: 60 },
      { name: '@duckdb/node-api/lib/DuckDBAppender.js', ms: 2, pct: 20 },
      { name: 'extractors/numbers/labelBefore.js', ms: 2, pct: 20 },
    ]);
    expect(s.byFunction.map((f) => f.name)).toEqual([
      'parseNumber extractors/numbers/parseNumber.js:20',
      'appendVarchar @duckdb/node-api/lib/DuckDBAppender.js:111',
      'labelBefore extractors/numbers/labelBefore.js:17',
    ]);
  });
  it.each([
    ['file:///repo/dist/pipeline/ingest.js', 'pipeline/ingest.js'],
    ['file:///repo/node_modules/pdfjs-dist/legacy/build/pdf.mjs', 'pdfjs-dist/legacy/build/pdf.mjs'],
    ['node:internal/modules/esm/utils', 'node:internal/modules/esm/utils'],
  ])('shortUrl(%s) → %s', (url, short) => expect(shortUrl(url, ROOT)).toBe(short));
});

describe('summarizeProfile on a real `node --cpu-prof` profile', () => {
  it('puts a busy loop at the top of its own file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doisoat-cpuprof-'));
    try {
      const script = join(dir, 'spin.mjs');
      writeFileSync(script, 'function spin() { let x = 0; const end = Date.now() + 400; while (Date.now() < end) x += Math.sqrt(x + 1); return x; }\nspin();\n');
      execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, script]);
      const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;
      const s = summarizeProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile, dir);
      expect(s.byFunction[0].name).toBe('spin spin.mjs:1');
      expect(s.byFunction[0].pct).toBeGreaterThan(50);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
