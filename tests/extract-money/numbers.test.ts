import { describe, expect, it } from 'vitest';
import { parseNumber, toNumber } from '../../extractors/numbers/parseNumber.js';
import { dongInterval } from '../../extractors/numbers/dongInterval.js';
import { parseNumberWords } from '../../extractors/numbers/numberWords.js';
import { scaleMultiplier } from '../../extractors/numbers/scales.js';

describe('parseNumber: `.` thousands, `,` decimals, exact digits', () => {
  it.each([
    ['1.961,334', 1961334n, 3, 'vn', 1961.334],
    ['6.616.000.000', 6616000000n, 0, 'vn', 6616000000],
    ['20,6', 206n, 1, 'vn', 20.6],
    ['01', 1n, 0, 'vn', 1],
    ['1.551', 1551n, 0, 'vn', 1551],
    ['8.310,09', 831009n, 2, 'vn', 8310.09],
    ['1234,5', 12345n, 1, 'vn', 1234.5],
    ['30,420,000', 30420000n, 0, 'en', 30420000],
    ['1,234.5', 12345n, 1, 'en', 1234.5],
    ['96.5', 965n, 1, 'en', 96.5],
    ['0.25', 25n, 2, 'en', 0.25],
  ] as const)('%s', (raw, digits, decimals, style, value) => {
    const p = parseNumber(raw);
    expect(p).toEqual({ ok: true, digits, decimals, style });
    if (p.ok) expect(toNumber(p)).toBe(value);
  });

  it.each(['102,924,5', '20.548,57,00', '3.000.00', '1.23.456', '1,234,5', '12.34.567', '1.234.56,7', '1,2.345'])(
    '%s is malformed, never guessed',
    (raw) => {
      expect(parseNumber(raw).ok).toBe(false);
    },
  );
});

describe('dongInterval: value and the interval of the printed precision, in bigint đồng', () => {
  it.each([
    ['21.342', 1_000_000n, false, 21342000000n, 21341500000n, 21342500000n],
    ['1.961,334', 1_000_000n, false, 1961334000n, 1961333500n, 1961334500n],
    ['20,6', 1_000_000n, false, 20600000n, 20550000n, 20650000n],
    ['640', 1_000_000n, false, 640000000n, 639500000n, 640500000n],
    ['01', 1_000_000_000n, false, 1000000000n, 500000000n, 1500000000n],
    ['6.616.000.000', 1n, true, 6616000000n, 6616000000n, 6616000000n],
    ['1,234', 1_000n, false, 1234n, 1233n, 1235n],
    ['5.642,77', 1_000_000_000n, false, 5642770000000n, 5642765000000n, 5642775000000n],
  ] as const)('%s × %s', (raw, multiplier, exact, value, min, max) => {
    const p = parseNumber(raw);
    if (!p.ok) throw new Error(p.reason);
    expect(dongInterval(p, multiplier, exact)).toEqual({ value, min, max });
  });

  it.each([
    ['1,5', 1n],
    ['1,2345', 1_000n],
  ] as const)('%s × %s is not a whole number of đồng → null', (raw, multiplier) => {
    const p = parseNumber(raw);
    if (!p.ok) throw new Error(p.reason);
    expect(dongInterval(p, multiplier, multiplier === 1n)).toBeNull();
  });
});

describe('scaleMultiplier', () => {
  it.each([
    ['nghìn', 1_000n], ['ngàn', 1_000n], ['triệu', 1_000_000n], ['TRIỆU', 1_000_000n], ['tỷ', 1_000_000_000n],
    ['tỉ', 1_000_000_000n], ['nghìn tỷ', 1_000_000_000_000n], ['triệu  tỷ', 1_000_000_000_000_000n],
  ] as const)('%s', (w, m) => expect(scaleMultiplier(w)).toBe(m));
  it.each(['đồng', 'tỉnh', ''])('%s is not a scale', (w) => expect(scaleMultiplier(w)).toBeNull());
});

describe('parseNumberWords', () => {
  it.each([
    ['Hai tỷ ba trăm triệu', 2300000000n],
    ['bốn trăm hai mươi mốt tỷ, một trăm sáu mươi bốn triệu', 421164000000n],
    ['Năm nghìn sáu trăm bốn mươi hai tỷ bảy trăm bảy mươi triệu', 5642770000000n],
    ['Tám trăm tám mươi tỷ', 880000000000n],
    ['một trăm linh năm', 105n],
    ['một trăm lẻ năm nghìn', 105000n],
    ['mười lăm triệu', 15000000n],
    ['mười nhăm', 15n],
    ['hai mươi tư', 24n],
    ['ba mươi lăm', 35n],
    ['một nghìn không trăm linh năm', 1005n],
    ['mười triệu bốn trăm nghìn', 10400000n],
    ['chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín', 99999999n],
  ] as const)('%s', (w, v) => expect(parseNumberWords(w)).toBe(v));

  it.each(['hai ba', 'trăm', 'một mươi', 'xin chào', '', 'hai tỷ một tỷ', 'hai mươi ba mươi'])('%s → null', (w) =>
    expect(parseNumberWords(w)).toBeNull(),
  );
});
