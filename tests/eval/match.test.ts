import { describe, expect, it } from 'vitest';
import { dateItem, foldRefRaw, matchItems, moneyItem, normalizeRaw, pairMismatches, refItem, scores } from './match.js';

describe('normalizeRaw / foldRefRaw', () => {
  it.each([
    ['21.342 triệu\nđồng', '21.342 triệu đồng'],
    ['  ngày **14** tháng 10 năm 2020 ', 'ngày 14 tháng 10 năm 2020'],
    ['Lạng Sơn'.normalize('NFD'), 'Lạng Sơn'],
  ])('normalizeRaw(%j) = %j', (input, expected) => {
    expect(normalizeRaw(input)).toBe(expected);
  });

  it.each([
    ['2043 /BC-UBND', '2043/BC-UBND'],
    ['615/KH-\n\nSTTTT', '615/KH-STTTT'],
    ['1532/SLĐT BXH-BTXHTE', '1532/SLĐTBXH-BTXHTE'],
  ])('foldRefRaw(%j) = %j', (input, expected) => {
    expect(foldRefRaw(input)).toBe(expected);
  });
});

describe('matchItems on a crafted gold/prediction pair', () => {
  const gold = {
    money: [
      moneyItem({ raw: '21.342 triệu đồng', value_dong: '21342000000' }, 'trung ương bố trí: '),
      moneyItem({ raw: '640 triệu đồng', value_dong: '640000000' }, 'địa phương bố trí: '),
      moneyItem({ raw: '640 triệu đồng', value_dong: '640000000' }, 'lần hai: '),
      moneyItem({ raw: '20,6 triệu đồng', value_dong: '20600000' }, 'đánh giá: '),
    ],
    dates: [
      dateItem({ raw: '02/8/2023', iso: '2023-08-02', precision: 'day' }, 'ngày '),
      dateItem({ raw: 'tháng 8 năm 2023', iso: '2023-08', precision: 'month' }, 'Lạng Sơn, ngày '),
    ],
    refs: [
      refItem({ raw: '2043 /BC-UBND', ref_type_name: 'Báo cáo', issued_on: '2020-10-18' }, 'Báo cáo số: '),
      refItem({ raw: '311/QĐ-HĐND', ref_type_name: 'Công văn', issued_on: '2020-09-29' }, 'Công văn số '),
    ],
  };
  const pred = {
    money: [
      moneyItem({ raw: '21.342 triệu\nđồng', value_dong: 21342000000n }, ''), // line break inside: same raw
      moneyItem({ raw: '640 triệu đồng', value_dong: 640000000n }, ''), // only one of the two 640s
      moneyItem({ raw: '20,6 triệu đồng', value_dong: 206000000n }, ''), // wrong value
      moneyItem({ raw: '1.000 đồng', value_dong: 1000n }, ''), // not in gold
    ],
    dates: [
      dateItem({ raw: '02/8/2023', iso: '2023-08-02', precision: 'day' }, ''),
      dateItem({ raw: 'tháng 8 năm 2023', iso: '2023', precision: 'year' }, ''), // wrong precision
    ],
    refs: [
      refItem({ raw: '2043/BC-UBND', ref_type_name: 'Báo cáo', issued_on: '2020-10-18' }, ''), // space folded
      refItem({ raw: '311/QĐ-HĐND', ref_type_name: 'Quyết định', issued_on: '2020-09-29' }, ''), // wrong type
    ],
  };

  it.each([
    ['money', gold.money, pred.money, { tp: 2, fp: 2, fn: 2 }],
    ['dates', gold.dates, pred.dates, { tp: 1, fp: 1, fn: 1 }],
    ['refs', gold.refs, pred.refs, { tp: 1, fp: 1, fn: 1 }],
  ] as const)('%s: counts multiplicities', (_kind, g, p, expected) => {
    const r = matchItems(g, p);
    expect({ tp: r.tp, fp: r.fp.length, fn: r.fn.length }).toEqual(expected);
  });

  it('lists the misses and extras, pairing same-raw mismatches', () => {
    const r = matchItems(gold.money, pred.money);
    expect(r.fn.map((x) => `${x.context}${x.raw}`)).toEqual(['lần hai: 640 triệu đồng', 'đánh giá: 20,6 triệu đồng']);
    const paired = pairMismatches(r);
    expect(paired.mismatches.map((m) => [m.gold.detail, m.pred.detail])).toEqual([['20600000', '206000000']]);
    expect(paired.missed.map((x) => x.raw)).toEqual(['640 triệu đồng']);
    expect(paired.extra.map((x) => x.raw)).toEqual(['1.000 đồng']);
    const refs = pairMismatches(matchItems(gold.refs, pred.refs));
    expect(refs.mismatches.map((m) => [m.gold.detail, m.pred.detail])).toEqual([['Công văn, 2020-09-29', 'Quyết định, 2020-09-29']]);
  });

  it('scores: P, R and F1 from the counts', () => {
    const r = matchItems(gold.money, pred.money);
    const s = scores(r.tp, r.fp.length, r.fn.length);
    expect(s).toEqual({ tp: 2, fp: 2, fn: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(scores(3, 1, 0)).toEqual({ tp: 3, fp: 1, fn: 0, precision: 0.75, recall: 1, f1: 6 / 7 });
  });

  it.each([
    ['nothing to find, nothing found', 0, 0, 0, { precision: 1, recall: 1, f1: 1 }],
    ['nothing found', 0, 0, 3, { precision: 1, recall: 0, f1: 0 }],
    ['only extras', 0, 2, 0, { precision: 0, recall: 1, f1: 0 }],
  ])('scores edge case: %s', (_name, tp, fp, fn, expected) => {
    expect(scores(tp, fp, fn)).toMatchObject(expected);
  });
});
