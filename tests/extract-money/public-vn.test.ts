import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AmountSchema, PercentSchema, QuantitySchema, UnknownEntitySchema } from '../../schemas/entities.js';
import { extractAmounts } from '../../extractors/money/index.js';
import { extractQuantities } from '../../extractors/quantity/index.js';
import { extractPercents } from '../../extractors/percent/index.js';
import { expectExactSpans, fixtureContext, PUBLIC_DIR } from './helpers.js';

const FILES = readdirSync(PUBLIC_DIR).filter((f) => f.endsWith('.txt')).sort();
type Span = { start: number; end: number };
const overlapping = (a: readonly Span[], b: readonly Span[]) =>
  a.flatMap((x) => b.filter((y) => x.start < y.end && y.start < x.end).map((y) => [x, y]));

describe('public-vn: every file', () => {
  it('holds 299 texts', () => expect(FILES).toHaveLength(299));

  it.each(FILES)('%s: no throw, exact spans, valid entities, no amount overlapping a quantity', (file) => {
    const ctx = fixtureContext(`${PUBLIC_DIR}/${file}`);
    const amounts = extractAmounts(ctx);
    const quantities = extractQuantities(ctx);
    const percents = extractPercents(ctx);
    for (const found of [amounts, quantities, percents]) {
      expectExactSpans(ctx.text, found.entities);
      expectExactSpans(ctx.text, found.unknowns);
      for (const u of found.unknowns) expect(UnknownEntitySchema.safeParse(u).success).toBe(true);
    }
    for (const a of amounts.entities) {
      expect(AmountSchema.safeParse(a).success, a.raw).toBe(true);
      expect(a.min_dong <= a.value_dong && a.value_dong <= a.max_dong, a.raw).toBe(true);
    }
    for (const q of quantities.entities) expect(QuantitySchema.safeParse(q).success, q.raw).toBe(true);
    for (const p of percents.entities) expect(PercentSchema.safeParse(p).success, p.raw).toBe(true);
    expect(overlapping(amounts.entities, quantities.entities)).toEqual([]);
    expect(overlapping(amounts.entities, amounts.entities.slice(1)).filter(([x, y]) => x !== y)).toEqual([]);
  });
});

describe('public-vn: amounts in words agree with the digits before them', () => {
  it.each([
    ['36bea5933da17ca8.txt', '5.642,77 tỷ đồng', 'Năm nghìn sáu trăm bốn mươi hai tỷ bảy trăm bảy mươi triệu đồng', 5642770000000n],
    ['36bea5933da17ca8.txt', '880 tỷ đồng', 'Tám trăm tám mươi tỷ đồng', 880000000000n],
    ['09695a44742184eb.txt', '421.164.000.000 đồng', 'bốn trăm hai mươi mốt tỷ, một trăm sáu mươi bốn triệu đồng', 421164000000n],
  ])('%s: %s = %s', (file, digits, words, value) => {
    const { entities } = extractAmounts(fixtureContext(`${PUBLIC_DIR}/${file}`));
    const d = entities.find((a) => a.raw === digits && a.role === 'single');
    const w = entities.find((a) => a.raw === words && a.role === 'words');
    expect(w).toMatchObject({ value_dong: value, min_dong: value, max_dong: value });
    expect(d!.min_dong <= value && value <= d!.max_dong).toBe(true);
    expect(w!.start).toBeGreaterThan(d!.end);
  });
});

it('public-vn: a malformed figure is an unknown, not an amount (`3.000.00 đồng`)', () => {
  const ctx = fixtureContext(`${PUBLIC_DIR}/83f1a2d75b9162ae.txt`);
  const { entities, unknowns } = extractAmounts(ctx);
  const u = unknowns.find((x) => x.raw === '3.000.00 đồng');
  expect(u).toMatchObject({ kind: 'unknown', extractor: 'MoneyRangeExtractor' });
  expect(entities.some((a) => a.start < u!.end && u!.start < a.end)).toBe(false);
  expect(entities.find((a) => a.start === u!.end + ' đến '.length)).toMatchObject({ raw: '5.000.000 đồng', value_dong: 5000000n, role: 'single' });
});
