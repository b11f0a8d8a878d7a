import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../scripts/gen/injectors/index.js';
import { auditCorpus, readCorpus, type Finding } from './audit.js';
import { runGen } from './run-gen.js';

interface GtEntry {
  file: string;
  check_id: string;
  detail: Record<string, unknown>;
}

const made: string[] = [];
async function gen(opts: Parameters<typeof runGen>[0]): Promise<string> {
  const dir = await runGen(opts);
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function groundTruth(dir: string): GtEntry[] {
  return JSON.parse(readFileSync(join(dir, 'ground_truth.json'), 'utf8')) as GtEntry[];
}

/** `doc|check` pairs the audit found; a finding on several docs (a conflict) names them joined by commas. */
function found(findings: Finding[]): Set<string> {
  return new Set(findings.map((f) => `${f.doc}|${f.check}`));
}

describe('a corpus without injected errors', () => {
  it.each([
    [3, 1, 1],
    [11, 4, 7],
    [14, 6, 3],
    [4, 12, 5],
  ])('%i districts × %i periods (seed %i): the audit finds nothing', async (districts, periods, seed) => {
    const dir = await gen({ districts, periods, seed });
    expect(groundTruth(dir)).toEqual([]);
    const docs = readCorpus(dir);
    expect(docs.length).toBe((districts + 1) * periods);
    expect(auditCorpus(docs)).toEqual([]);
  });
});

describe('a corpus with every kind of error', () => {
  it.each([
    [3, 1, 1, 1],
    [5, 3, 2, 0.5],
    [11, 5, 9, 10],
    [4, 12, 6, 2],
  ])('%i districts × %i periods (seed %i, %f errors per report): each injection is found, nothing else', async (districts, periods, seed, errorsPerDoc) => {
    const dir = await gen({ districts, periods, seed, errorsPerDoc, allKinds: true });
    const gt = groundTruth(dir).filter((e) => e.file.endsWith('.txt'));
    expect(new Set(gt.map((e) => e.check_id))).toEqual(new Set(CHECK_IDS));
    const findings = auditCorpus(readCorpus(dir));
    const expected = new Set(gt.map((e) => `${e.file.replace(/\.txt$/, '')}|${e.check_id}`));
    for (const f of findings) {
      const docs = f.doc.split(',');
      // a conflict names every report involved: one of them must carry the injection
      expect(docs.some((d) => expected.has(`${d}|${f.check}`)), `${f.doc} ${f.check} ${f.note}`).toBe(true);
    }
    const hit = found(findings);
    for (const key of expected) {
      const [doc, check] = key.split('|');
      expect([...hit].some((h) => h.endsWith(`|${check}`) && h.split('|')[0].split(',').includes(doc)), key).toBe(true);
    }
  });
});
