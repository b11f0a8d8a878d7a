import { describe, expect, it } from 'vitest';
import { extractDates } from '../../extractors/date/index.js';
import { ctxOf, fixtureText } from './helpers.js';

const SEED_000 = 'fixtures/seeds/000_63739cf91234dbc4.txt';

/** Every date of report 000, in reading order: raw, iso, precision (read off the text by hand). */
const DATES_000: [raw: string, iso: string, precision: string][] = [
  ['tháng 8 năm 2023', '2023-08', 'month'], // draft header `ngày tháng 8 năm 2023`
  ['02/8/2023', '2023-08-02', 'day'],
  ['2021 - 2025', '2021/2025', 'range'],
  ['13/7/2022', '2022-07-13', 'day'],
  ['2021 - 2025', '2021/2025', 'range'],
  ['30/3/2023', '2023-03-30', 'day'],
  ['năm 2023', '2023', 'year'],
  ['năm 2023', '2023', 'year'],
  ['năm 2023', '2023', 'year'],
  ['15/3/2023', '2023-03-15', 'day'],
  ['01/02/2023', '2023-02-01', 'day'],
  ['năm 2023', '2023', 'year'],
  ['14/4/2023', '2023-04-14', 'day'],
  ['năm 2023', '2023', 'year'],
  ['08/6/2023', '2023-06-08', 'day'],
  ['năm 2023', '2023', 'year'],
  ['19/01/2023', '2023-01-19', 'day'],
  ['năm 2023', '2023', 'year'],
  ['2011 - 2015', '2011/2015', 'range'],
  ['năm 2016', '2016', 'year'],
  ['2011 - 2015', '2011/2015', 'range'],
  ['21/4/2023', '2023-04-21', 'day'],
  ['2021 -2025', '2021/2025', 'range'],
  ['12/5/2023', '2023-05-12', 'day'],
  ['12/5/2023', '2023-05-12', 'day'],
  ['năm 2023', '2023', 'year'],
  ['27/5/2023', '2023-05-27', 'day'],
  ['30/3/2023', '2023-03-30', 'day'],
  ['năm 2023', '2023', 'year'],
  ['28/6/2023', '2023-06-28', 'day'],
  ['30/3/2023', '2023-03-30', 'day'],
  ['năm 2023', '2023', 'year'],
  ['năm 2023', '2023', 'year'],
  ['6 tháng đầu năm 2023', '2023-H1', 'half_year'],
];

describe('dates of a whole report (000)', () => {
  const text = fixtureText(SEED_000);
  const found = extractDates(ctxOf(text)).entities;
  const trace = found.map((d) => `${d.start} ${JSON.stringify(d.raw)} ${d.iso}`).join('\n');

  it('finds exactly these dates, in order', () => {
    expect(found.map((d) => [d.raw, d.iso, d.precision]), trace).toEqual(DATES_000);
  });

  it('each date stands at the next occurrence of its raw text', () => {
    let from = 0;
    const expected = DATES_000.map(([raw]) => {
      const start = text.indexOf(raw, from);
      from = start + raw.length;
      return { start, end: start + raw.length, raw };
    });
    expect(found.map((d) => ({ start: d.start, end: d.end, raw: d.raw })), trace).toEqual(expected);
  });

  it('the first ones at their exact places', () => {
    expect(found[0]).toMatchObject({ start: text.indexOf('ngày tháng 8 năm 2023') + 'ngày '.length, raw: 'tháng 8 năm 2023', valid: true });
    expect(found[1]).toMatchObject({ start: text.indexOf('BTXHTE ngày 02/8/2023') + 'BTXHTE ngày '.length, year: 2023, month: 8, day: 2 });
  });
});

describe('dates of the other seeds', () => {
  it('004: the place-and-date line and the appendix dates, Markdown bold removed', () => {
    const text = fixtureText('fixtures/seeds/004_7690d259663c1765.txt');
    const found = extractDates(ctxOf(text)).entities;
    const spelled = found.filter((d) => d.raw.startsWith('ngày'));
    expect(spelled.map((d) => [d.raw, d.iso])).toEqual([
      ['ngày 14 tháng 10 năm 2020', '2020-10-14'],
      ['ngày 14 tháng 10 năm 2020', '2020-10-14'],
      ['ngày 18 tháng 10 năm 2020', '2020-10-18'],
    ]);
    expect(found.find((d) => d.raw === '31/12/2019')).toMatchObject({ iso: '2019-12-31', precision: 'day', start: text.indexOf('31/12/2019') });
  });

  it('001: a quarter and ratios that are not dates', () => {
    const text = fixtureText('fixtures/seeds/001_157e71765e27d8f0.txt');
    const found = extractDates(ctxOf(text)).entities;
    expect(found.find((d) => d.precision === 'quarter')).toMatchObject({ raw: 'Quý 3/2023', iso: '2023-Q3', start: text.indexOf('Quý 3/2023') });
    expect(found.some((d) => /46\/128|101\/181/.test(d.raw))).toBe(false);
  });
});
