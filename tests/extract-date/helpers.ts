/**
 * Table-test helpers for dates. A case is text with every expected span marked `[[…]]`; the helper strips the
 * marks, runs the parser (or the whole date extractor) and asserts, for each span in order, the exact
 * start, end and raw, plus the parsed fields given. On failure the message carries a trace of everything found.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { DateEntity } from '../../schemas/entities.js';
import { runExtractors, type ExtractContext, type Extractor, type ReportDate } from '../../extractors/types.js';
import { extractDates } from '../../extractors/date/index.js';

export type DateCase = [marked: string, expected: Partial<DateEntity>[]];

export interface Marked {
  text: string;
  spans: { start: number; end: number; raw: string }[];
}

/** `tại [[02/8/2023]]` → text `tại 02/8/2023`, spans [{start: 4, end: 13, raw: '02/8/2023'}]. */
export function marked(s: string): Marked {
  const spans: Marked['spans'] = [];
  let text = '';
  let open = -1;
  for (let i = 0; i < s.length; i++) {
    if (s.startsWith('[[', i)) { open = text.length; i++; continue; }
    if (s.startsWith(']]', i)) { spans.push({ start: open, end: text.length, raw: text.slice(open, text.length) }); i++; continue; }
    text += s[i];
  }
  return { text, spans };
}

export function ctxOf(text: string, reportDate: ReportDate | null = null): ExtractContext {
  return { text, reportDate };
}

function trace(found: DateEntity[]): string {
  return 'found:\n' + found.map((d) => `  ${d.start}-${d.end} ${JSON.stringify(d.raw)} ${d.iso} ${d.precision} valid=${d.valid}`).join('\n');
}

/** Assert the entities found equal the marked spans, in order, with the expected fields. */
export function expectDates(found: DateEntity[], [s, expected]: DateCase): void {
  const { text, spans } = marked(s);
  expect(spans.length, 'each expected entity has one marked span').toBe(expected.length);
  const msg = `${JSON.stringify(text)}\n${trace(found)}`;
  expect(found.map((d) => ({ start: d.start, end: d.end, raw: d.raw })), msg).toEqual(spans);
  found.forEach((d, i) => {
    expect(d.raw, msg).toBe(text.slice(d.start, d.end));
    expect(d, msg).toMatchObject({ kind: 'date', ...expected[i] });
  });
}

/** One parser alone (no refiners). */
export function expectParser(parser: Extractor<DateEntity>, c: DateCase): void {
  const { text } = marked(c[0]);
  expectDates(runExtractors([parser], [], ctxOf(text)).entities, c);
}

/** The whole date extractor (all parsers and refiners). */
export function expectExtracted(c: DateCase): void {
  const { text } = marked(c[0]);
  expectDates(extractDates(ctxOf(text)).entities, c);
}

/** A real fixture as the pipeline sees it: NFC, Markdown bold markers removed (the assembler does that). */
export function fixtureText(path: string): string {
  return readFileSync(path, 'utf8').normalize('NFC').replaceAll('**', '');
}

export const day = (iso: string, valid = true): Partial<DateEntity> => {
  const [y, m, d] = iso.split('-').map(Number);
  return { iso, precision: 'day', year: y, month: m, day: d, valid, stated: ['d', 'm', 'y'], end_iso: null };
};
export const month = (iso: string, valid = true): Partial<DateEntity> => {
  const [y, m] = iso.split('-').map(Number);
  return { iso, precision: 'month', year: y, month: m, day: null, valid, stated: ['m', 'y'], end_iso: null };
};
export const quarter = (iso: string, valid = true): Partial<DateEntity> =>
  ({ iso, precision: 'quarter', year: Number(iso.slice(0, 4)), month: null, day: null, valid, stated: ['q', 'y'], end_iso: null });
export const halfYear = (iso: string): Partial<DateEntity> =>
  ({ iso, precision: 'half_year', year: Number(iso.slice(0, 4)), month: null, day: null, valid: true, stated: ['h', 'y'], end_iso: null });
export const year = (y: number): Partial<DateEntity> =>
  ({ iso: String(y), precision: 'year', year: y, month: null, day: null, valid: true, stated: ['y'], end_iso: null });
export const range = (from: number, to: number): Partial<DateEntity> =>
  ({ iso: `${from}/${to}`, end_iso: String(to), precision: 'range', year: from, month: null, day: null, valid: true, stated: ['y'] });
