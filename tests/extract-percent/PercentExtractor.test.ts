import { describe, expect, it } from 'vitest';
import { PercentSchema, type Percent } from '../../schemas/entities.js';
import { PercentExtractor } from '../../extractors/percent/PercentExtractor.js';
import { extractPercents } from '../../extractors/percent/index.js';
import { runExtractors } from '../../extractors/types.js';
import { expectAnchored, fixtureContext, marked, SEED_DIR } from '../extract-money/helpers.js';

const POSITIVE: [string, Partial<Percent>[]][] = [
  ['chiếm tỷ lệ [[26,22%]], đạt [[100%]]', [
    { value: 26.22, decimals: 2, number_raw: '26,22' },
    { value: 100, decimals: 0, number_raw: '100' },
  ]],
  ['có 74.996 người chiếm [[91,3 %]], trong đó', [{ value: 91.3, decimals: 1, number_raw: '91,3' }]],
  ['Đảm bảo giải ngân đạt [[28,1%]].', [{ value: 28.1, decimals: 1 }]],
  ['Thiếc: [[96.5%]]; Bạc: [[3.0%]]', [{ value: 96.5, decimals: 1 }, { value: 3, decimals: 1, number_raw: '3.0' }]],
  ['tăng [[0,05%]] so với', [{ value: 0.05, decimals: 2 }]],
];

describe('PercentExtractor', () => {
  it.each(POSITIVE)('%s', (source, expected) => {
    const { ctx, spans } = marked(source);
    for (const found of [runExtractors([PercentExtractor], [], ctx), extractPercents(ctx)]) {
      expect(found.unknowns).toEqual([]);
      expect(found.entities.map((p) => [p.start, p.end, p.raw])).toEqual(spans.map((s) => [s.start, s.end, s.raw]));
      found.entities.forEach((p, i) => {
        expect(PercentSchema.safeParse(p).success).toBe(true);
        expect(p).toMatchObject(expected[i]);
      });
    }
  });

  it.each(['tỷ lệ 25 phần trăm', 'đạt 100 điểm', 'Covid-19% x', 'mã QH15%'])('no percentage in: %s', (text) => {
    expect(extractPercents({ text, reportDate: null })).toEqual({ entities: [], unknowns: [] });
  });

  it('a malformed number before % is an UnknownEntity', () => {
    const text = 'tỷ lệ 1,234,5% hộ';
    expect(extractPercents({ text, reportDate: null })).toEqual({
      entities: [],
      unknowns: [{ kind: 'unknown', start: 6, end: 14, raw: '1,234,5%', extractor: 'PercentExtractor', reason: 'malformed number (separators fit neither convention): 1,234,5' }],
    });
  });
});

const SEEDS: Record<string, [before: string, raw: string, value: number, decimals: number][]> = {
  '000_63739cf91234dbc4': [],
  '001_157e71765e27d8f0': [
    ['năm 2023 về ', '100%', 100, 0],
    ['điều hành đến ', '100%', 100, 0],
  ],
  '002_5400b95413840074': [['trong năm 2023 đạt ', '100%', 100, 0]],
  '004_7690d259663c1765': [
    ['74.996 người chiếm ', '91,3%', 91.3, 1],
    ['dân tộc Dao chiếm ', '36,28%', 36.28, 2],
    ['dân tộc Mông chiếm ', '25,53%', 25.53, 2],
    ['dân tộc Thái chiếm ', '18,94%', 18.94, 2],
    ['dân tộc Hà Nhì chiếm ', '8,4%', 8.4, 1],
    ['dân tộc Kinh chiếm ', '6,58%', 6.58, 2],
    ['dân tộc Giáy chiếm ', '3,4%', 3.4, 1],
    ['khẩu chiếm tỷ lệ ', '25,64%', 25.64, 2],
    ['khẩu chiếm tỷ lệ ', '20,56%', 20.56, 2],
    ['Đảm bảo ', '100%', 100, 0],
  ],
};

describe.each(Object.entries(SEEDS))('percentages of seed %s', (id, rows) => {
  it('are exactly the listed ones, with value and printed decimals', () => {
    const ctx = fixtureContext(`${SEED_DIR}/${id}.txt`);
    const found = extractPercents(ctx);
    expectAnchored(ctx.text, found.entities, rows.map(([before, raw]) => ({ before, raw })));
    expect(found.entities.map((p) => [p.raw, p.value, p.decimals])).toEqual(rows.map(([, raw, v, d]) => [raw, v, d]));
    expect(found.unknowns).toEqual([]);
  });
});
