import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ExtractContext } from '../../extractors/types.js';

/** A test text with its expected spans marked `[[…]]`: the markers are removed, the spans returned in order. */
export function marked(source: string): { ctx: ExtractContext; spans: { start: number; end: number; raw: string }[] } {
  const spans: { start: number; end: number; raw: string }[] = [];
  let text = '';
  const parts = source.normalize('NFC').split(/(\[\[|\]\])/u);
  let open = -1;
  for (const p of parts) {
    if (p === '[[') open = text.length;
    else if (p === ']]') {
      spans.push({ start: open, end: text.length, raw: text.slice(open, text.length) });
      open = -1;
    } else text += p;
  }
  return { ctx: { text, reportDate: null }, spans };
}

/** A real fixture, NFC-normalised and otherwise untouched. */
export function fixtureContext(path: string): ExtractContext {
  return { text: readFileSync(path, 'utf8').normalize('NFC'), reportDate: null };
}

export const SEED_DIR = 'fixtures/seeds';
export const PUBLIC_DIR = 'fixtures/public-vn';

/** Every entity's raw is its span of the text. */
export function expectExactSpans(text: string, entities: readonly { start: number; end: number; raw: string }[]): void {
  for (const e of entities) expect(text.slice(e.start, e.end), `span ${e.start}-${e.end}`).toBe(e.raw);
}

/**
 * Expected entities of a real file, gold-file style: `before` is the text right before the entity, so the
 * exact start is checked against the file itself.
 */
export function expectAnchored(
  text: string,
  found: readonly { start: number; end: number; raw: string }[],
  expected: readonly { before: string; raw: string }[],
): void {
  expect(found.map((e) => e.raw)).toEqual(expected.map((e) => e.raw));
  found.forEach((e, i) => {
    expect(text.slice(e.start - expected[i].before.length, e.start), `text before ${e.raw} #${i}`).toBe(expected[i].before);
    expect(e.end - e.start).toBe(expected[i].raw.length);
  });
}
