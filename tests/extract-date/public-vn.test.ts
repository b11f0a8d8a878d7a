import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DateEntitySchema, UnknownEntitySchema } from '../../schemas/entities.js';
import { extractDates } from '../../extractors/date/index.js';
import { ctxOf, fixtureText } from './helpers.js';

const DIR = 'fixtures/public-vn';
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('dates over fixtures/public-vn', () => {
  it('holds the 299 legal texts', () => {
    expect(FILES).toHaveLength(299);
  });

  it('never throws; every span is exact and every entity is schema-valid', () => {
    const problems: string[] = [];
    for (const f of FILES) {
      const text = fixtureText(`${DIR}/${f}`);
      const { entities, unknowns } = extractDates(ctxOf(text));
      for (const e of entities) {
        if (e.raw !== text.slice(e.start, e.end)) problems.push(`${f}: span ${e.start}-${e.end} ${JSON.stringify(e.raw)}`);
        if (!DateEntitySchema.safeParse(e).success) problems.push(`${f}: schema ${JSON.stringify(e)}`);
      }
      for (const u of unknowns) if (u.raw !== text.slice(u.start, u.end) || !UnknownEntitySchema.safeParse(u).success) problems.push(`${f}: unknown ${u.raw}`);
    }
    expect(problems).toEqual([]);
  });
});
