import { describe, expect, it } from 'vitest';
import { MoneyInWordsExtractor } from '../../extractors/money/MoneyInWordsExtractor.js';
import { extractAmounts } from '../../extractors/money/index.js';
import { dong, expectAmounts, expectExtractor, type AmountCase } from './amountCases.js';
import { marked } from './helpers.js';

const WORDS: AmountCase[] = [
  ['(Bằng chữ: [[Hai tỷ ba trăm triệu đồng]])', [{
    ...dong(2300000000n), role: 'words', unit: 'dong', unit_raw: 'đồng', number_raw: 'Hai tỷ ba trăm triệu', unit_stated: true,
  }]],
  ['(Bằng chữ: [[bốn trăm hai mươi mốt tỷ, một trăm sáu mươi bốn triệu đồng]])', [dong(421164000000n)]],
  ['(Bằng chữ: [[Năm nghìn sáu trăm bốn mươi hai tỷ bảy trăm bảy mươi triệu đồng]]), trong đó', [dong(5642770000000n)]],
  ['Bằng chữ:[[một trăm linh năm nghìn đồng]]./.', [dong(105000n)]],
];

describe('MoneyInWordsExtractor', () => {
  it.each(WORDS)('%s', (s, e) => expectExtractor(MoneyInWordsExtractor, [s, e]));
  it.each(WORDS)('pipeline: %s', (s, e) => expectAmounts([s, e]));

  it('emits the words amount next to the digits so a check can compare them', () => {
    expectAmounts(['trị giá [[2.300.000.000 đồng]] (Bằng chữ: [[Hai tỷ ba trăm triệu đồng]])', [
      { ...dong(2300000000n), role: 'single', unit: 'dong' },
      { ...dong(2300000000n), role: 'words' },
    ]]);
    expectAmounts(['Tổng vốn: [[5.642,77 tỷ đồng]] (Bằng chữ: [[Năm nghìn sáu trăm bốn mươi hai tỷ bảy trăm bảy mươi triệu đồng]])', [
      { ...dong(5642770000000n, 5642765000000n, 5642775000000n), decimals: 2 },
      { ...dong(5642770000000n), role: 'words' },
    ]]);
  });

  it('words that do not form a number are an UnknownEntity, never a guess', () => {
    const { ctx } = marked('(Bằng chữ: Hai tỷ xin chào đồng)');
    const found = extractAmounts(ctx);
    expect(found.entities).toEqual([]);
    expect(found.unknowns).toMatchObject([{ kind: 'unknown', start: 11, end: 31, raw: 'Hai tỷ xin chào đồng', extractor: 'MoneyInWordsExtractor' }]);
  });

  it.each(['được trình bày bằng chữ in hoa, cỡ chữ 6, kiểu chữ đứng', 'ghi bằng chữ số Ả Rập; 5 đồng chí'])('nothing in: %s', (t) =>
    expectAmounts([t, []]),
  );
});
