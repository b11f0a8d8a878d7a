import { describe, expect, it } from 'vitest';
import { dateLabel, docHeadline, numberLabel, showValue, viDecimal } from '../../pipeline/report/labels.js';
import { escapeMd } from '../../pipeline/report/markdown.js';
import { escapeHtml } from '../../pipeline/report/html.js';
import { parseEvidence, type ReportDocument } from '../../pipeline/report/loadReport.js';

describe('values as a clerk reads them', () => {
  it.each<[number | null, string | null, string]>([
    [6_616_000_000, 'dong', '6.616.000.000 đồng (6.616 triệu đồng)'],
    [1_961_334_000, 'dong', '1.961.334.000 đồng (1.961,334 triệu đồng)'],
    [20_600_000, 'dong', '20.600.000 đồng (20,6 triệu đồng)'],
    [500_000, 'dong', '500.000 đồng'],
    [-300_000_000, 'dong', '-300.000.000 đồng (-300 triệu đồng)'],
    [59.27, 'percent', '59,27%'],
    [95.8, 'percent', '95,8%'],
    [65, 'percent', '65%'],
    [59.266_666_666, 'percent', '59,266667%'],
    [1886, 'count', '1.886'],
    [8310.09, 'count', '8.310,09'],
    [2043, null, '2043'],
    [null, 'dong', ''],
  ])('%s %s → %s', (v, unit, shown) => {
    expect(showValue(v, unit)).toBe(shown);
  });

  it('viDecimal keeps the decimals a number has', () => {
    expect([viDecimal(0.5), viDecimal(1234567.25), viDecimal(10)]).toEqual(['0,5', '1.234.567,25', '10']);
  });
});

describe('document labels', () => {
  const doc = (over: Partial<ReportDocument>): ReportDocument => ({
    doc_id: 'x', path: '/a/b.pdf', format: 'pdf', doc_type_name: 'BÁO CÁO', number: 245, symbol: 'BC-UBND', issued_on: '2023-07-15',
    issued_year: 2023, issued_month: 7, issuer_name: 'UBND HUYỆN BÌNH GIA', issuer_code: 'UBND', place: 'Bình Gia', title: null, ...over,
  });
  it.each<[Partial<ReportDocument>, string]>([
    [{}, 'BÁO CÁO Số 245/BC-UBND ngày 15/7/2023 của UBND HUYỆN BÌNH GIA'],
    [{ number: null, issued_on: null, issuer_name: null }, 'BÁO CÁO Số …/BC-UBND (chưa có số) tháng 7/2023'],
    [{ doc_type_name: null, number: null, symbol: null, issued_on: null, issued_year: null, issuer_name: null }, 'Không rõ số, ký hiệu'],
  ])('%o → %s', (over, headline) => {
    expect(docHeadline(doc(over))).toBe(headline);
  });
  it('number and date labels', () => {
    expect([numberLabel(doc({})), dateLabel(doc({})), dateLabel(doc({ issued_on: null, issued_month: null }))]).toEqual(['Số 245/BC-UBND', '15/7/2023', 'năm 2023']);
  });
});

describe('escaping', () => {
  it('html: markup in the data is shown, never run', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'\u0007`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });
  it('markdown: specials escaped, `_` inside a word kept, line breaks shown', () => {
    expect(escapeMd('**2043** /BC-UBND | <b> [x] # _a_ 001_157e\nhai')).toBe('\\*\\*2043\\*\\* /BC-UBND \\| \\<b\\> \\[x\\] \\# \\_a\\_ 001_157e ↵ hai');
  });
});

describe('parseEvidence', () => {
  it('reads the JSON list of the flags table, keeps broken JSON as one quote', () => {
    expect(parseEvidence('[{"doc_id":"d","start":1,"end":3,"text":"ab","page":2}]', 'd')).toEqual([{ doc_id: 'd', start: 1, end: 3, text: 'ab', page: 2 }]);
    expect(parseEvidence('{oops', 'd')).toEqual([{ doc_id: 'd', start: 0, end: 0, text: '{oops', page: null }]);
  });
});
