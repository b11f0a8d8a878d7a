/**
 * Table-test helpers for document references. In a case text `[[…]]` marks each reference's `raw`
 * (number and symbol) and `{{…}}` its full span (with type name, date, issuer, subject); the helper strips
 * the marks and asserts exact start/end/raw (and full_start/full_end when marked) plus the fields given.
 * On failure the message carries a trace of everything found.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { DocRef } from '../../schemas/entities.js';
import type { ExtractContext, ReportDate } from '../../extractors/types.js';
import { extractDocRefs } from '../../extractors/docref/index.js';

export type RefCase = [marked: string, expected: Partial<DocRef>[]];

interface Marked {
  text: string;
  raws: { start: number; end: number; raw: string }[];
  fulls: { full_start: number; full_end: number }[];
}

export function marked(s: string): Marked {
  const out: Marked = { text: '', raws: [], fulls: [] };
  let rawOpen = -1;
  let fullOpen = -1;
  for (let i = 0; i < s.length; i++) {
    const two = s.slice(i, i + 2);
    if (two === '[[') { rawOpen = out.text.length; i++; continue; }
    if (two === ']]') { out.raws.push({ start: rawOpen, end: out.text.length, raw: out.text.slice(rawOpen) }); i++; continue; }
    if (two === '{{') { fullOpen = out.text.length; i++; continue; }
    if (two === '}}') { out.fulls.push({ full_start: fullOpen, full_end: out.text.length }); i++; continue; }
    out.text += s[i];
  }
  return out;
}

export function ctxOf(text: string, reportDate: ReportDate | null = null): ExtractContext {
  return { text, reportDate };
}

export function trace(refs: DocRef[]): string {
  return 'found:\n' + refs.map((r) => `  ${r.start}-${r.end} ${JSON.stringify(r.raw)} full ${r.full_start}-${r.full_end} ${r.ref_type_name} ${r.type_code} ${r.issuer_code} ${r.issued_on} ${r.canonical_key} [${r.issues}]`).join('\n');
}

/** Assert the references found in the marked text. Full spans, when marked, belong to the references in order. */
export function expectRefs([s, expected]: RefCase, reportDate: ReportDate | null = null): DocRef[] {
  const m = marked(s);
  const found = extractDocRefs(ctxOf(m.text, reportDate)).entities;
  const msg = `${JSON.stringify(m.text)}\n${trace(found)}`;
  expect(m.raws.length, 'one [[raw]] mark per expected reference').toBe(expected.length);
  expect(found.map((r) => ({ start: r.start, end: r.end, raw: r.raw })), msg).toEqual(m.raws);
  m.fulls.forEach((full, i) => expect({ full_start: found[i].full_start, full_end: found[i].full_end }, msg).toEqual(full));
  found.forEach((r, i) => {
    expect(r.raw, msg).toBe(m.text.slice(r.start, r.end));
    expect(r, msg).toMatchObject({ kind: 'doc_ref', ...expected[i] });
  });
  return found;
}

export function fixtureText(path: string): string {
  return readFileSync(path, 'utf8').normalize('NFC').replaceAll('**', '');
}
