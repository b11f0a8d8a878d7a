import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocRefSchema, UnknownEntitySchema } from '../../schemas/entities.js';
import { extractDocRefs, symbolShape } from '../../extractors/docref/index.js';
import { ctxOf, fixtureText } from './helpers.js';

const DIR = 'fixtures/public-vn';
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
const SHAPES = new Set(['administrative', 'cong_van', 'normative', 'party', 'other']);

describe('references over fixtures/public-vn', () => {
  it('holds the 299 legal texts', () => {
    expect(FILES).toHaveLength(299);
  });

  it('never throws; spans exact, full span around the reference, schema-valid, shape known', () => {
    const problems: string[] = [];
    let refs = 0;
    for (const f of FILES) {
      const text = fixtureText(`${DIR}/${f}`);
      const { entities, unknowns } = extractDocRefs(ctxOf(text));
      refs += entities.length;
      for (const r of entities) {
        if (r.raw !== text.slice(r.start, r.end)) problems.push(`${f}: span ${r.start}-${r.end} ${JSON.stringify(r.raw)}`);
        if (!(r.full_start <= r.start && r.end <= r.full_end)) problems.push(`${f}: full span ${r.raw}`);
        if (!DocRefSchema.safeParse(r).success) problems.push(`${f}: schema ${r.raw}`);
        if (!SHAPES.has(symbolShape(r))) problems.push(`${f}: shape ${r.raw}`);
      }
      for (const u of unknowns) if (u.raw !== text.slice(u.start, u.end) || !UnknownEntitySchema.safeParse(u).success) problems.push(`${f}: unknown ${u.raw}`);
    }
    expect(problems).toEqual([]);
    expect(refs).toBeGreaterThan(0);
  });
});
