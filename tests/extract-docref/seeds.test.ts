import { describe, expect, it } from 'vitest';
import { extractDocRefs } from '../../extractors/docref/index.js';
import { ctxOf, fixtureText, trace } from './helpers.js';

const SEEDS = 'fixtures/seeds';

/** Report 000's references in reading order: raw, type name, issued_on, type name printed (read by hand). */
const REFS_000: [raw: string, typeName: string, issuedOn: string | null, stated: boolean][] = [
  ['1532/SLĐT BXH-BTXHTE', 'Công văn', '2023-08-02', true],
  ['153/KH-UBND', 'Kế hoạch', '2022-07-13', true],
  ['75/KH-UBND', 'Kế hoạch', '2023-03-30', true],
  ['510/STTTT-TTBCXB', 'Công văn', '2023-03-15', true],
  ['172/STTTT-TTBCXB', 'Công văn', '2023-02-01', true],
  ['774/STTTT-TTBCXB', 'Công văn', '2023-04-14', false],
  ['1196/KH-STTTT', 'Kế hoạch', '2023-06-08', true],
  ['252/BTTTT-KHHC', 'Công văn', '2023-01-19', true],
  ['849/STTTT-TTBCXB', 'Công văn', null, true],
  ['1768/BTTTT-KHHC', 'Công văn', '2023-05-12', true],
  ['629/UBND-KGVX', 'Công văn', null, true],
  ['75/KH-UBND', 'Kế hoạch', '2023-03-30', true],
  ['75/KH-UBND', 'Kế hoạch', '2023-03-30', true],
];

describe('references of report 000', () => {
  const text = fixtureText(`${SEEDS}/000_63739cf91234dbc4.txt`);
  const refs = extractDocRefs(ctxOf(text, { year: 2023, month: 8, day: null })).entities;

  it('exactly these, in order', () => {
    expect(refs.map((r) => [r.raw, r.ref_type_name, r.issued_on, r.type_name_stated]), trace(refs)).toEqual(REFS_000);
  });

  it('each at the next occurrence of its raw text, the draft header `Số: /BC-STTTT` skipped', () => {
    let from = 0;
    const expected = REFS_000.map(([raw]) => {
      const start = text.indexOf(raw, from);
      from = start + raw.length;
      return { start, end: start + raw.length, raw };
    });
    expect(refs.map((r) => ({ start: r.start, end: r.end, raw: r.raw })), trace(refs)).toEqual(expected);
  });

  it('the first one with its issuer, subject and full span', () => {
    const opening = 'Công văn số 1532';
    const subjectEnd = 'giai đoạn 2021 - 2025, Sở Thông tin và Truyền thông báo cáo kết quả thực hiện như sau:';
    expect(refs[0]).toMatchObject({
      type_code: null, issuer_code: 'SLĐTBXH', number: 1532, symbol: 'SLĐT BXH-BTXHTE',
      issuing_body: 'Sở Lao động - Thương binh và Xã hội',
      canonical_key: '|1532|2023?|SLDTBXH-BTXHTE',
      full_start: text.indexOf(opening),
      full_end: text.indexOf(subjectEnd) + subjectEnd.length,
      issues: [],
    });
    expect(refs[0].subject?.startsWith('triển khai tổ chức đánh giá giữa kỳ')).toBe(true);
  });

  it('symbols cited with the same key are the same; KHHC keys differ from 001\'s KHTC', () => {
    const text001 = fixtureText(`${SEEDS}/001_157e71765e27d8f0.txt`);
    const refs001 = extractDocRefs(ctxOf(text001)).entities;
    const r000 = refs.find((r) => r.raw === '252/BTTTT-KHHC')!;
    const r001 = refs001.find((r) => r.raw === '252/BTTTT-KHTC')!;
    expect(r000.canonical_key).toBe('|252|2023?|BTTTT-KHHC');
    expect(r001.canonical_key).toBe('|252|2023?|BTTTT-KHTC');
    expect([r001.number, r001.issuer_code, r001.issued_on]).toEqual([r000.number, r000.issuer_code, r000.issued_on]);
  });
});

describe('references of report 004', () => {
  const text = fixtureText(`${SEEDS}/004_7690d259663c1765.txt`);
  const refs = extractDocRefs(ctxOf(text, { year: 2020, month: 10, day: 14 })).entities;

  it('the header `Số: 2049/BC-UBND` is not one; the rest in order', () => {
    expect(refs.map((r) => [r.raw, r.ref_type_name, r.issued_on]), trace(refs)).toEqual([
      ['311/QĐ-HĐND', 'Công văn', '2020-09-29'],
      ['06/2017/TT-BTTTT', 'Thông tư', '2017-06-02'],
      ['2049/BC-UBND', 'Báo cáo', '2020-10-14'],
      ['2043 /BC-UBND', 'Báo cáo', '2020-10-18'],
    ]);
  });

  it('Công văn số 311/QĐ-HĐND: type name and type code disagree', () => {
    expect(refs[0]).toMatchObject({ start: text.indexOf('311/QĐ-HĐND'), type_code: 'QĐ', issuer_code: 'HĐND', issuing_body: 'HĐND tỉnh Lai Châu', issues: ['type_code_mismatch'] });
  });

  it('the appendix self-references: 2049 of the report\'s own date, 2043 dated after it', () => {
    const appendix = text.indexOf('Kèm theo Báo cáo số: 2049');
    expect(refs[2]).toMatchObject({ start: appendix + 'Kèm theo Báo cáo số: '.length, full_start: appendix + 'Kèm theo '.length, issuing_body: 'UBND huyện Phong Thổ', issues: [] });
    expect(refs[3]).toMatchObject({ start: text.indexOf('2043 /BC-UBND'), number: 2043, canonical_key: 'BC|2043|2020?|UBND', issues: ['dated_after_report'] });
  });
});

describe('references of reports 001 and 002', () => {
  it('001: `…; số 222/KH-UBND` inherits Kế hoạch', () => {
    const text = fixtureText(`${SEEDS}/001_157e71765e27d8f0.txt`);
    const refs = extractDocRefs(ctxOf(text)).entities;
    const at = text.indexOf('; số 222/KH-UBND') + '; số '.length;
    expect(refs.find((r) => r.start === at)).toMatchObject({ raw: '222/KH-UBND', ref_type_name: 'Kế hoạch', type_name_stated: false, issued_on: '2022-10-24', full_start: at - 'số '.length });
    expect(refs.filter((r) => !r.type_name_stated).map((r) => r.raw)).toEqual(['222/KH-UBND', '774/STTTT-TTBCXB']);
  });

  it('001: a symbol broken by a page break keeps its printed form', () => {
    const text = fixtureText(`${SEEDS}/001_157e71765e27d8f0.txt`);
    const refs = extractDocRefs(ctxOf(text)).entities;
    expect(refs.find((r) => r.raw === '75/KH-\n\nUBND')).toMatchObject({ type_code: 'KH', issuer_code: 'UBND', issued_on: '2023-03-30', canonical_key: 'KH|75|2023?|UBND' });
  });

  it('002: the references, normative ones with their year', () => {
    const text = fixtureText(`${SEEDS}/002_5400b95413840074.txt`);
    const refs = extractDocRefs(ctxOf(text, { year: 2023, month: 9, day: null })).entities;
    expect(refs.map((r) => [r.raw, r.ref_type_name, r.issued_on, r.year])).toEqual([
      ['1744/SLĐTĐBXH-BTXHTE', 'Công văn', '2023-08-28', null],
      ['1766/SLĐTĐBXH-BTXHTE', 'Công văn', '2023-08-31', null],
      ['1569/BC-STTTT', 'Báo cáo', '2023-07-10', null],
      ['06/2022/TT-BTTTT', 'Thông tư', '2022-06-30', 2022],
      ['06/2022/TT-BTTTT', 'Thông tư', '2022-06-30', 2022],
    ]);
    expect(refs.every((r) => r.issues.length === 0)).toBe(true);
  });
});
