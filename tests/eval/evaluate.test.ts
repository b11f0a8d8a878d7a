import { describe, expect, it } from 'vitest';
import type { Header } from '../../schemas/document.js';
import { contextBefore, evaluateDoc, type Prediction } from './evaluate.js';
import type { GoldFile } from './gold.js';
import { renderReport } from './report.js';

const TEXT = 'Số: /BC-STTTT\nLạng Sơn, ngày tháng 9 năm 2023\nNguồn vốn 1.551 triệu đồng và 20,6 triệu đồng theo Công văn số 1744/SLĐTĐBXH-BTXHTE ngày 28/8/2023.';
const at = (raw: string) => ({ start: TEXT.indexOf(raw), end: TEXT.indexOf(raw) + raw.length, raw });

const goldHeader = {
  number: null, symbol: 'BC-STTTT', doc_type_code: 'BC', doc_type_name: 'BÁO CÁO', issuer_code: 'STTTT', issuer_name: null,
  place: 'Lạng Sơn', issued_year: 2023, issued_month: 9, issued_day: null, title: 'Về việc rà soát',
  signer_title: 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC', signer_name: 'Lê Hải Yến', recipients: [], is_draft: true,
};
const gold: GoldFile = {
  doc: 'tiny', header: goldHeader, quantities: [], percents: [],
  amounts: [
    { raw: '1.551 triệu đồng', value_dong: '1551000000', min_dong: '1550500000', max_dong: '1551500000', qualifier: null, context: 'Nguồn vốn ' },
    { raw: '20,6 triệu đồng', value_dong: '20600000', min_dong: '20550000', max_dong: '20650000', qualifier: null, context: 'triệu đồng và ' },
  ],
  dates: [
    { raw: 'tháng 9 năm 2023', iso: '2023-09', precision: 'month', context: 'Lạng Sơn, ngày ' },
    { raw: '28/8/2023', iso: '2023-08-28', precision: 'day', context: 'BTXHTE ngày ' },
  ],
  doc_refs: [{ raw: '1744/SLĐTĐBXH-BTXHTE', ref_type_name: 'Công văn', issued_on: '2023-08-28', context: 'Công văn số ' }],
};

/** A prediction with one wrong amount value, one missed date, one extra date and a wrong header place. */
function prediction(): Prediction {
  const amount = (raw: string, value: bigint) => ({
    ...at(raw), kind: 'amount' as const, value_dong: value, min_dong: value, max_dong: value, unit: 'trieu_dong' as const,
    unit_raw: 'triệu đồng', unit_stated: true, qualifier: null, number_raw: raw.split(' ')[0], decimals: 0,
    role: 'single' as const, per: null, footnote: null,
  });
  const header: Header = { ...goldHeader, place: 'Lang Son', issuing_body_lines: [], number_raw: null, issued_on: null, date_precision: 'month', noi_nhan: [], spans: {} };
  return {
    document: {
      doc_id: 'x', format: 'txt', encoding: 'utf-8', text: TEXT, source_text: TEXT,
      blocks: [], tables: [], pages: [], lines: [], header, warnings: [],
    },
    amounts: [amount('1.551 triệu đồng', 1551000000n), amount('20,6 triệu đồng', 206000000n)],
    dates: [
      { ...at('28/8/2023'), kind: 'date', iso: '2023-08-28', year: 2023, month: 8, day: 28, precision: 'day', end_iso: null, valid: true, stated: ['d', 'm', 'y'] },
      { ...at('1.551'), kind: 'date', iso: '1551', year: 1551, month: null, day: null, precision: 'year', end_iso: null, valid: true, stated: ['y'] },
    ],
    doc_refs: [{
      ...at('1744/SLĐTĐBXH-BTXHTE'), kind: 'doc_ref', ref_type_name: 'Công văn', type_name_stated: true, type_code: null,
      number: 1744, number_raw: '1744', year: null, symbol: 'SLĐTĐBXH-BTXHTE', issuer_code: 'SLĐTĐBXH', issued_on: '2023-08-28',
      issuing_body: null, subject: null, canonical_key: 'x', full_start: 0, full_end: 0, issues: [],
    }],
    quantities: [],
    percents: [],
  };
}

describe('evaluateDoc', () => {
  const e = evaluateDoc(gold, 'txt', prediction());

  it.each([
    ['amounts', { tp: 1, fp: ['20,6 triệu đồng'], fn: ['20,6 triệu đồng'] }],
    ['dates', { tp: 1, fp: ['1.551'], fn: ['tháng 9 năm 2023'] }],
    ['doc_refs', { tp: 1, fp: [], fn: [] }],
  ] as const)('%s', (kind, expected) => {
    const r = e.results[kind];
    expect({ tp: r.tp, fp: r.fp.map((x) => x.raw), fn: r.fn.map((x) => x.raw) }).toEqual(expected);
  });

  it('gives predictions the context on their own line', () => {
    expect(e.results.dates.fp[0].context).toBe('Nguồn vốn ');
    expect(contextBefore(TEXT, TEXT.indexOf('tháng 9'))).toBe('Lạng Sơn, ngày ');
  });

  it('reports the header fields that differ', () => {
    expect(e.header).toEqual([{ field: 'place', gold: '"Lạng Sơn"', got: '"Lang Son"' }]);
  });

  it('counts every gold entry as missed when the file cannot be read', () => {
    const failed = evaluateDoc(gold, 'pdf', { error: 'pdf_corrupt' });
    expect([failed.results.amounts.fn.length, failed.results.dates.fn.length, failed.results.doc_refs.fn.length]).toEqual([2, 2, 1]);
  });

  it('renders the scores, the header diff and the listing', () => {
    const md = renderReport([e], null, 'test');
    expect(md).toContain('| amounts | txt | 1 | 1 | 1 | 1 | 0.500 | 0.500 | 0.500 | 0.99 | **below** |');
    expect(md).toContain('| doc_refs | txt | 1 | 1 | 0 | 0 | 1.000 | 1.000 | 1.000 | 0.98 | ok |');
    expect(md).toContain('| tiny | place | "Lạng Sơn" | "Lang Son" |');
    expect(md).toContain('- ≠ …triệu đồng và ⟨20,6 triệu đồng⟩ gold: 20600000 · got: 206000000');
    expect(md).toContain('- FN …Lạng Sơn, ngày ⟨tháng 9 năm 2023⟩ (2023-09 month)');
    expect(md).toContain('- FP …Nguồn vốn ⟨1.551⟩ (1551 year)');
  });
});
