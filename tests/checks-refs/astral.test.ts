import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sum_mismatch from '../../pipeline/checks/sum_mismatch.js';
import percent_mismatch from '../../pipeline/checks/percent_mismatch.js';
import self_reference_mismatch from '../../pipeline/checks/self_reference_mismatch.js';
import doc_type_code_mismatch from '../../pipeline/checks/doc_type_code_mismatch.js';
import docref_conflict from '../../pipeline/checks/docref_conflict.js';
import { quoteSpans } from '../../pipeline/checks/quotes.js';
import { closeDb, type Db } from '../../pipeline/db/database.js';
import type { Flag } from '../../schemas/flags.js';
import { dbOfTexts, quotesExact, report, runCheck } from '../checks-facts/helpers.js';

/**
 * DuckDB cuts text by code points, our offsets are UTF-16 units: they part after a character outside the BMP
 * (`😀`, `𝑥`). The same report with and without such characters early in it must give the same flags, with
 * every quote exactly `text.slice(start, end)`.
 */
const BODY = [
  'Tổng kinh phí năm 2023: 14.200 triệu đồng, trong đó ngân sách trung ương: 12.600 triệu đồng, ngân sách địa phương: 1.900 triệu đồng.',
  'Kế hoạch vốn năm 2023: 3.000 triệu đồng. Đến ngày 30/6/2023 đã giải ngân 1.800 triệu đồng, đạt 65% kế hoạch vốn.',
  'Đã tổ chức 08 lớp tập huấn, trong đó: 09 lớp cho cộng đồng, 03 lớp cho cán bộ cơ sở.',
  'Thực hiện Công văn số 311/QĐ-HĐND ngày 05/3/2023 của Hội đồng nhân dân huyện về việc giao chỉ tiêu.',
  'Căn cứ Công văn số 85/BTTTT-KHHC ngày 30/01/2023 của Bộ Thông tin và Truyền thông về việc hướng dẫn.',
  '',
  'Biểu số 01',
  '(Kèm theo Báo cáo số: 2043/BC-UBND ngày 18 tháng 10 năm 2023 của UBND huyện Bình Gia)',
].join('\n');
const OTHER = 'Căn cứ Công văn số 85/BTTTT-KHTC ngày 30/01/2023 của Bộ Thông tin và Truyền thông về việc hướng dẫn.';
const CHECKS = [sum_mismatch, percent_mismatch, self_reference_mismatch, doc_type_code_mismatch, docref_conflict];

let plain: { db: Db; texts: Record<string, string> };
let astral: { db: Db; texts: Record<string, string> };
const flags: Record<'plain' | 'astral', Flag[]> = { plain: [], astral: [] };

beforeAll(async () => {
  const make = (title: string) => ({
    r: report({ issuer: 'UBND HUYỆN BÌNH GIA', number: '2049/BC-UBND', place: 'Bình Gia', date: 'ngày 14 tháng 10 năm 2023', title, body: BODY }),
    o1: report({ number: '12/BC-UBND', body: OTHER }),
    o2: report({ number: '13/BC-UBND', body: OTHER }),
  });
  plain = await dbOfTexts(make('Kết quả thực hiện Chương trình năm 2023'));
  astral = await dbOfTexts(make('Kết quả 😀 thực hiện 𝑥 Chương trình năm 2023 🇻🇳'));
  for (const c of CHECKS) {
    flags.plain.push(...await runCheck(c, plain.db));
    flags.astral.push(...await runCheck(c, astral.db));
  }
});
afterAll(() => { closeDb(plain.db); closeDb(astral.db); });

describe('checks over a text with characters outside the BMP', () => {
  it('the report with them holds four more UTF-16 units before the body than code points', () => {
    const t = astral.texts.r;
    expect(t.length - [...t].length).toBe(4);
    expect(astral.texts.r.length - plain.texts.r.length).toBe(' 😀'.length + ' 𝑥'.length + ' 🇻🇳'.length);
  });

  it('every check flags the same, one flag each (sum and count, percentage, appendix, type code, citation)', () => {
    const shape = (fs: Flag[]) => fs.map((f) => [f.check_id, f.severity, f.message]);
    expect(shape(flags.astral)).toEqual(shape(flags.plain));
    expect(flags.plain.map((f) => f.check_id)).toEqual(['sum_mismatch', 'sum_mismatch', 'percent_mismatch', 'self_reference_mismatch', 'doc_type_code_mismatch', 'docref_conflict']);
  });

  it('every quote is the text at its offsets, shifted by the extra units', () => {
    for (const f of flags.plain) expect(quotesExact(f, plain.texts)).toBe(true);
    for (const f of flags.astral) expect(quotesExact(f, astral.texts)).toBe(true);
    const shift = astral.texts.r.length - plain.texts.r.length;
    const ev = (fs: Flag[], d: number) => fs.flatMap((f) => f.evidence.filter((e) => e.doc_id === 'r' && e.start - d > 200).map((e) => [e.text, e.start - d]));
    expect(ev(flags.astral, shift)).toEqual(ev(flags.plain, 0));
  });

  it('quoteSpans cuts UTF-16 spans, before and after an astral character, and gives "" for an unknown document', async () => {
    const t = astral.texts.r;
    const at = t.indexOf('😀');
    const spans = [{ doc_id: 'r', start: at, end: at + 2 }, { doc_id: 'r', start: at + 3, end: at + 12 }, { doc_id: 'o1', start: 0, end: 5 }, { doc_id: 'nope', start: 0, end: 3 }];
    expect(await quoteSpans(astral.db, spans)).toEqual(['😀', t.slice(at + 3, at + 12), astral.texts.o1.slice(0, 5), '']);
    expect(t.slice(at + 3, at + 12)).toBe('thực hiện');
  });
});
