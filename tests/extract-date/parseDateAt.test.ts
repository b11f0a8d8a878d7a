import { describe, expect, it } from 'vitest';
import { parseDateAt } from '../../extractors/date/index.js';

const CASES: [text: string, index: number, expected: { start: number; end: number; raw: string; iso: string; precision: string; valid: boolean } | null][] = [
  ['KH-UBND ngày 19/01/2023 thì', 8, { start: 13, end: 23, raw: '19/01/2023', iso: '2023-01-19', precision: 'day', valid: true }],
  ['KH-UBND ngày 19/01/2023 thì', 13, { start: 13, end: 23, raw: '19/01/2023', iso: '2023-01-19', precision: 'day', valid: true }],
  ['BC-UBND ngày 14 tháng 10 năm 2020 của', 8, { start: 8, end: 33, raw: 'ngày 14 tháng 10 năm 2020', iso: '2020-10-14', precision: 'day', valid: true }],
  ['BC-UBND ngày tháng 8 năm 2023', 8, { start: 13, end: 29, raw: 'tháng 8 năm 2023', iso: '2023-08', precision: 'month', valid: true }],
  ['UBND-VX ngày 31/02/2023', 8, { start: 13, end: 23, raw: '31/02/2023', iso: '2023-02-31', precision: 'day', valid: false }],
  ['UBND-VX ngày 02.8.2023', 8, { start: 13, end: 22, raw: '02.8.2023', iso: '2023-08-02', precision: 'day', valid: true }],
  ['KH-UBND ngày 19/01/2023', 7, null],
  ['KH-UBND của UBND tỉnh', 8, null],
  ['KH-UBND ngày 19/01', 8, null],
];

describe('parseDateAt', () => {
  it.each(CASES)('%s @%i', (text, index, expected) => {
    const d = parseDateAt(text, index);
    if (expected === null) return expect(d).toBeNull();
    expect(d).toMatchObject(expected);
    expect(d?.raw).toBe(text.slice(d!.start, d!.end));
  });
});
