/**
 * The fast `find` of every extractor must find exactly what its pattern finds (same start, same groups,
 * same indices): on the real fixtures, and on random text built from the words the patterns look for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Extractor } from '../../extractors/types.js';
import { MONEY_EXTRACTORS } from '../../extractors/money/index.js';
import { MoneyInWordsExtractor } from '../../extractors/money/MoneyInWordsExtractor.js';
import { QUANTITY_EXTRACTORS } from '../../extractors/quantity/index.js';
import { PERCENT_EXTRACTORS } from '../../extractors/percent/index.js';
import { DATE_PARSERS } from '../../extractors/date/index.js';
import { DOC_REF_PARSERS } from '../../extractors/docref/index.js';
import { UnparsedSymbolParser } from '../../extractors/docref/UnparsedSymbolParser.js';
import { numberTokens } from '../../extractors/numbers/numberTokens.js';

type AnyExtractor = Extractor<{ start: number; end: number; raw: string }>;
const ALL = [...MONEY_EXTRACTORS, ...QUANTITY_EXTRACTORS, ...PERCENT_EXTRACTORS, ...DATE_PARSERS, ...DOC_REF_PARSERS, UnparsedSymbolParser] as unknown as AnyExtractor[];
/** MoneyInWords is compared below on short texts only: its pattern backtracks exponentially on long ones. */
const WITH_FIND = ALL.filter((e) => e.find !== undefined && e.name !== MoneyInWordsExtractor.name);

const shape = (m: RegExpExecArray | null) => (m ? { index: m.index, groups: [...m], named: m.groups, indices: m.indices } : null);

/** Every match from `from` on, by the plain global pattern and by `find`. */
function matchesBoth(ex: AnyExtractor, text: string, from = 0) {
  const re = new RegExp(ex.pattern.source, ex.pattern.flags.includes('g') ? ex.pattern.flags : `${ex.pattern.flags}g`);
  const plain: ReturnType<typeof shape>[] = [];
  const fast: ReturnType<typeof shape>[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) plain.push(shape(m));
  for (let at = from, m = ex.find!(text, at); m; at = m.index + m[0].length, m = ex.find!(text, at)) fast.push(shape(m));
  return { plain, fast };
}

const fixtures = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ name: `${dir}/${f}`, text: readFileSync(`${dir}/${f}`, 'utf8').normalize('NFC') }));
const TEXTS = [...fixtures('fixtures/seeds'), ...fixtures('fixtures/unseen'), ...fixtures('fixtures/public-vn')];

/** Matches of each pattern over the seeds, the unseen report and public-vn (NFC text as stored). */
const MATCHES_IN_FIXTURES: Record<string, number> = {
  BareMillionInMoneyContextExtractor: 355, DayDottedParser: 0, DayNumericParser: 917, DaySpelledParser: 630,
  DocRefParser: 2358, HalfYearParser: 26, MoneyCompositeExtractor: 304, MoneyDashRangeExtractor: 18,
  MoneyRangeExtractor: 424, MoneyRateExtractor: 118, MoneyWithUnitExtractor: 1471, MonthParser: 717,
  PercentExtractor: 357, QuantityRatioExtractor: 26, QuantityWithUnitExtractor: 3451, QuarterParser: 46,
  TwoDigitYearParser: 0, UnparsedSymbolParser: 2275, YearParser: 1351, YearRangeParser: 142,
};

describe('find = pattern on the fixtures', () => {
  it('every extractor with a find is counted here', () => {
    expect(WITH_FIND.map((e) => e.name).sort()).toEqual(Object.keys(MATCHES_IN_FIXTURES).sort());
  });
  it.each(WITH_FIND.map((e) => [e.name, e] as const))('%s', (_name, ex) => {
    let found = 0;
    for (const { text } of TEXTS) {
      const { plain, fast } = matchesBoth(ex, text);
      expect(fast).toEqual(plain);
      found += plain.length;
    }
    expect(found).toBe(MATCHES_IN_FIXTURES[ex.name]);
  });
});

const PIECES = [
  ' ', ' ', '  ', '\n', '\t', '\u00a0', ':', ';', ',', '.', '/', ' / ', '-', ' - ', '–', '(', '%', '²', 'a', 'x', 'ſ',
  '0', '1', '2', '6', '06', '12', '31', '123', '2021', '2025', '1.234', '1.961,334', '20,6', '30,420,000', '1234567',
  'số', 'Số:', 'ngày', 'NGÀY', 'tháng', 'Tháng', 'năm', 'quý', 'Quý III', 'đầu', 'cuối', 'sáu', 'từ', 'đến', 'tới',
  'Quyết định', 'QUYẾT ĐỊNH', 'quyết\nđịnh', 'Thông tư', 'Kế hoạch', 'Công văn', 'QĐ-UBND', 'NĐ-CP', 'TT- NHNN', 'qđ-ubnd',
  'đồng', 'Đồng', 'đ', 'VNĐ', 'triệu', 'tỷ', 'nghìn', 'triệu đồng', 'trđ', 'tr.đồng', 'USD', 'người', 'hộ', 'xã', 'ha', 'km²',
  'tiêu chí', 'lần', 'kinh phí', 'Dự án', 'Tổng số', '/người', '/người/năm',
];

describe('find = pattern on random text', () => {
  it('same matches from any start', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }), fc.nat(), (parts, seed) => {
        const text = parts.join('');
        const from = text.length === 0 ? 0 : seed % (text.length + 1);
        for (const ex of WITH_FIND) {
          const { plain, fast } = matchesBoth(ex, text, from);
          expect(fast, `${ex.name} on ${JSON.stringify(text)} from ${from}`).toEqual(plain);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('MoneyInWordsExtractor.find', () => {
  const words = (text: string) => MoneyInWordsExtractor.find!(text, 0)?.groups?.words ?? null;
  it.each([
    ['Bằng chữ: Hai tỷ ba trăm triệu đồng.', 'Hai tỷ ba trăm triệu '],
    ['(Bằng chữ: Một trăm năm mươi triệu, năm trăm nghìn đồng chẵn)', 'Một trăm năm mươi triệu, năm trăm nghìn '],
    ['Bằng chữ: Haiđồng', 'Hai'],
    ['BẰNG CHỮ : Ba tỷ VNĐ', 'Ba tỷ '],
    ['Bằng chữ: Hai tỷ ba trăm triệu.', null],
    ['Bằng chữ: Hai tỷ\nđồng', null],
  ])('%j → words %j', (text, expected) => {
    expect(words(text)).toBe(expected);
  });
  it('a line of number words without a currency is read to its end (the pattern alone backtracks for minutes)', () => {
    expect(words(`Bằng chữ: ${'Hai tỷ ba trăm năm mươi triệu '.repeat(8)}chẵn.`)).toBeNull();
  });
  it('at most 40 words before the currency', () => {
    expect(words(`Bằng chữ: ${'ba '.repeat(40)}đồng`)).toBe('ba '.repeat(40));
    expect(words(`Bằng chữ: ${'ba '.repeat(41)}đồng`)).toBeNull();
  });
  it('= pattern on short random texts', () => {
    const bits = ['a', 'ba', 'tỷ', 'đồng', 'ĐỒNG', 'vnd', 'VNĐ', 'đ', 'g', ' ', '  ', ',', ', ', '\t', '\n', '.', '1', '𝐀', 'Bằng chữ: ', 'bằng  chữ:'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...bits), { maxLength: 8 }), (parts) => {
        const text = `Bằng chữ: ${parts.join('')}`;
        const re = new RegExp(MoneyInWordsExtractor.pattern.source, MoneyInWordsExtractor.pattern.flags);
        expect(shape(MoneyInWordsExtractor.find!(text, 0))).toEqual(shape(re.exec(text)));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('numberTokens', () => {
  it('each printed number once, with the characters around it', () => {
    const text = 'Năm 2023: 1.961,334 triệu đồng; 09/19 tiêu chí, 26,22 %\t-5';
    const t = numberTokens(text);
    const at = (s: string, from = 0) => text.indexOf(s, from);
    expect([...t.starts]).toEqual([at('2023'), at('1.961'), at('09'), at('19 '), at('26,22'), at('5', at('\t-'))]);
    expect([...t.next].map((c) => String.fromCharCode(c))).toEqual([':', 't', '/', 't', '%', '\uffff']);
    expect([...t.prev].map((c) => String.fromCharCode(c))).toEqual(['m', ':', ';', '/', ',', '-']);
    expect(t.next[5]).toBe(-1);
  });
});
