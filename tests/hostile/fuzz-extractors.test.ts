/**
 * Property tests of every extractor on generated report-like text (see arbitraries.ts): never throws,
 * every span lies inside the text with `raw === text.slice(start, end)`, and values round-trip through
 * their printed form. A failure prints fast-check's seed and the shrunk text.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { extractEntities } from '../../extractors/index.js';
import { extractAmounts } from '../../extractors/money/index.js';
import { extractQuantities } from '../../extractors/quantity/index.js';
import { extractPercents } from '../../extractors/percent/index.js';
import { extractDates } from '../../extractors/date/index.js';
import { extractDocRefs } from '../../extractors/docref/index.js';
import { hasHomoglyph } from '../../extractors/docref/homoglyphs.js';
import { parseNumber, toNumber } from '../../extractors/numbers/parseNumber.js';
import { unitMultiplier } from '../../extractors/money/moneyUnits.js';
import type { Amount, DateEntity, DocRef } from '../../schemas/entities.js';
import type { ExtractContext, ReportDate } from '../../extractors/types.js';
import { printVn, reportText } from './arbitraries.js';

/** Runs per property; the total is printed at the end (at least 10 000 with the reader fuzzing). */
const RUNS = { entities: 5000, kind: 2500 };
let cases = 0;
/** How many entities each check saw: the properties must not hold vacuously. */
const seen = { amounts: 0, amountRoundTrips: 0, amountsInWordsOrComposite: 0, dates: 0, dateReparses: 0, percents: 0, quantities: 0, refs: 0, homoglyphRefs: 0, unknowns: 0 };
afterAll(() => console.info(`fuzz-extractors: ${cases} generated texts checked; ${JSON.stringify(seen)}`));

type Spanned = { start: number; end: number; raw: string };

function fail(what: string, text: string, e?: unknown): never {
  throw new Error(`${what}\n  text: ${JSON.stringify(text)}${e ? `\n  entity: ${JSON.stringify(e, (_, v) => (typeof v === 'bigint' ? `${v}n` : v))}` : ''}`);
}

function checkSpans(text: string, list: Spanned[], kind: string): void {
  for (const e of list) {
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end > text.length || e.start >= e.end) fail(`${kind}: span outside the text`, text, e);
    if (e.raw !== text.slice(e.start, e.end)) fail(`${kind}: raw is not text.slice(start, end)`, text, e);
  }
}

const reportDate = fc.option(
  fc.record({ year: fc.integer({ min: 2000, max: 2030 }), month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }), day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }) }),
  { nil: null },
) as fc.Arbitrary<ReportDate | null>;

const contexts: fc.Arbitrary<ExtractContext> = fc.record({ text: reportText, reportDate });

function property(run: (ctx: ExtractContext) => void) {
  return fc.property(contexts, (ctx) => {
    cases++;
    run(ctx);
  });
}

// ---- money ------------------------------------------------------------------------------------------------

/** value_dong printed in its unit as written, at its printed decimals, parsed back. */
function checkAmount(text: string, a: Amount): void {
  if (!(a.min_dong <= a.value_dong && a.value_dong <= a.max_dong)) fail('money: value outside [min, max]', text, a);
  const multiplier = unitMultiplier(a.unit_raw);
  const printed = parseNumber(a.number_raw);
  seen.amounts++;
  if (a.role === 'words' || a.role === 'composite') seen.amountsInWordsOrComposite++;
  if (multiplier === null || !printed.ok || a.role === 'words' || a.role === 'composite') return;
  seen.amountRoundTrips++;
  const denom = 10n ** BigInt(a.decimals);
  if (printed.decimals !== a.decimals) fail('money: decimals differ from the printed number', text, a);
  if (printed.digits * multiplier !== a.value_dong * denom) fail('money: value is not the printed number × unit', text, a);
  const again = parseNumber(printVn((a.value_dong * denom) / multiplier, a.decimals));
  if (!again.ok || again.digits * multiplier !== a.value_dong * denom) fail('money: value does not round-trip through its printed form', text, a);
}

const SCALES = [1n, 100n, 1000n, 10_000n, 1_000_000n, 1_000_000_000n, 1_000_000_000_000n];
const SCALE_WORD = /trăm|nghìn|ngàn|vạn|triệu|tỷ|tỉ/iu;

// ---- dates ------------------------------------------------------------------------------------------------

const ISO: Record<DateEntity['precision'], RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/u,
  month: /^(\d{4})-(\d{2})$/u,
  quarter: /^(\d{4})-Q[1-4]$/u,
  half_year: /^(\d{4})-H[12]$/u,
  year: /^(\d{4})$/u,
  range: /^(\d{4})\/(\d{4})$/u,
};

function exists(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The same date printed the plain way and read again. */
function reprinted(d: DateEntity): string | null {
  if (d.precision === 'day' && d.valid) return `ngày ${d.day} tháng ${d.month} năm ${d.year}`;
  if (d.precision === 'month') return `tháng ${d.month} năm ${d.year}`;
  if (d.precision === 'year') return `năm ${d.year}`;
  return null;
}

function checkDate(text: string, d: DateEntity): void {
  seen.dates++;
  const m = ISO[d.precision].exec(d.iso);
  if (!m) fail(`date: iso "${d.iso}" does not fit precision ${d.precision}`, text, d);
  if (d.year !== null && Number(m[1]) !== d.year) fail('date: iso year differs from year', text, d);
  if (d.precision === 'day') {
    if (Number(m[2]) !== d.month || Number(m[3]) !== d.day) fail('date: iso month/day differ', text, d);
    if (d.valid !== exists(d.year!, d.month!, d.day!)) fail('date: valid is wrong', text, d);
  }
  // an impossible date is kept as printed and flagged, never rolled over
  if (d.precision === 'month' && (Number(m[2]) !== d.month || d.valid !== (d.month! >= 1 && d.month! <= 12))) fail('date: iso month differs, or valid is wrong', text, d);
  const again = reprinted(d);
  if (again === null || d.year === null || d.year < 1000) return;
  seen.dateReparses++;
  const read = extractDates({ text: again, reportDate: null }).entities;
  if (read.length !== 1 || read[0].iso !== d.iso) fail(`date: "${again}" reads as ${JSON.stringify(read.map((x) => x.iso))}, not ${d.iso}`, text, d);
}

// ---- references -------------------------------------------------------------------------------------------

function checkRef(text: string, r: DocRef): void {
  seen.refs++;
  if (r.issues.includes('homoglyph')) seen.homoglyphRefs++;
  if (!(0 <= r.full_start && r.full_start <= r.start && r.end <= r.full_end && r.full_end <= text.length)) fail('doc_ref: narrow span outside the full span', text, r);
  if (r.number !== null && !(Number.isInteger(r.number) && r.number >= 0)) fail('doc_ref: number is not a whole number', text, r);
  if (r.canonical_key === '') fail('doc_ref: empty canonical_key', text, r);
  if (hasHomoglyph(r.symbol) && !r.issues.includes('homoglyph')) fail('doc_ref: look-alike letters not flagged homoglyph', text, r);
}

function overlap(a: Spanned, b: Spanned): boolean {
  return a.start < b.end && b.start < a.end;
}

function disjoint(text: string, list: Spanned[], winners: Spanned[], what: string): void {
  for (const e of list) for (const w of winners) if (overlap(e, w)) fail(`extractEntities: ${what}`, text, [e, w]);
}

describe('fuzz: extractors on generated report text', () => {
  it(`extractEntities (${RUNS.entities} texts): spans exact, kinds do not overlap where the refiner says`, () => {
    fc.assert(property((ctx) => {
      const e = extractEntities(ctx);
      const t = ctx.text;
      for (const [kind, list] of Object.entries(e)) checkSpans(t, list as Spanned[], kind);
      seen.unknowns += e.unknowns.length;
      disjoint(t, e.amounts, e.doc_refs, 'amount inside a reference');
      disjoint(t, e.dates, [...e.doc_refs, ...e.amounts], 'date inside a reference or an amount');
      disjoint(t, e.percents, e.doc_refs, 'percent inside a reference');
      disjoint(t, e.quantities, [...e.doc_refs, ...e.amounts, ...e.dates, ...e.percents], 'quantity inside another entity');
      for (const a of e.amounts) checkAmount(t, a);
      for (const r of e.doc_refs) checkRef(t, r);
    }), { numRuns: RUNS.entities });
  });

  it(`money (${RUNS.kind}): spans exact, value = printed number × unit, and round-trips`, () => {
    fc.assert(property((ctx) => {
      const { entities, unknowns } = extractAmounts(ctx);
      checkSpans(ctx.text, entities, 'amount');
      checkSpans(ctx.text, unknowns, 'unknown');
      for (const a of entities) checkAmount(ctx.text, a);
    }), { numRuns: RUNS.kind });
  });

  it(`dates (${RUNS.kind}): spans exact, iso fits the precision and re-parses to itself`, () => {
    fc.assert(property((ctx) => {
      const { entities, unknowns } = extractDates(ctx);
      checkSpans(ctx.text, entities, 'date');
      checkSpans(ctx.text, unknowns, 'unknown');
      for (const d of entities) checkDate(ctx.text, d);
    }), { numRuns: RUNS.kind });
  });

  it(`percents (${RUNS.kind}): spans exact, value = printed number`, () => {
    fc.assert(property((ctx) => {
      const { entities, unknowns } = extractPercents(ctx);
      checkSpans(ctx.text, entities, 'percent');
      checkSpans(ctx.text, unknowns, 'unknown');
      seen.percents += entities.length;
      for (const p of entities) {
        const n = parseNumber(p.number_raw);
        if (!n.ok || toNumber(n) !== p.value || n.decimals !== p.decimals) fail('percent: value or decimals differ from the printed number', ctx.text, p);
      }
    }), { numRuns: RUNS.kind });
  });

  it(`quantities (${RUNS.kind}): spans exact, value = printed number`, () => {
    fc.assert(property((ctx) => {
      const { entities, unknowns } = extractQuantities(ctx);
      checkSpans(ctx.text, entities, 'quantity');
      checkSpans(ctx.text, unknowns, 'unknown');
      seen.quantities += entities.length;
      for (const q of entities) {
        const n = parseNumber(q.number_raw);
        if (!n.ok) continue;
        // `1,5 triệu người`: the printed number times a scale word
        const scale = SCALES.find((k) => toNumber(n, k) === q.value);
        if (scale === undefined || n.decimals !== q.decimals) fail('quantity: value is not the printed number (times a scale word), or decimals differ', ctx.text, q);
        if (scale !== 1n && !SCALE_WORD.test(q.raw)) fail('quantity: scaled without a scale word', ctx.text, q);
      }
    }), { numRuns: RUNS.kind });
  });

  it(`document references (${RUNS.kind}): spans exact, full span around the narrow one, look-alikes flagged`, () => {
    fc.assert(property((ctx) => {
      const { entities, unknowns } = extractDocRefs(ctx);
      checkSpans(ctx.text, entities, 'doc_ref');
      checkSpans(ctx.text, unknowns, 'unknown');
      for (const r of entities) checkRef(ctx.text, r);
    }), { numRuns: RUNS.kind });
  });

  it('every property saw many entities (none holds vacuously)', () => {
    const least = { amounts: 1000, amountRoundTrips: 1000, amountsInWordsOrComposite: 100, dates: 1000, dateReparses: 300, percents: 100, quantities: 300, refs: 1000, homoglyphRefs: 100, unknowns: 100 };
    for (const [k, n] of Object.entries(least)) expect(seen[k as keyof typeof seen], k).toBeGreaterThanOrEqual(n);
  });
});
