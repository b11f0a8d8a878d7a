import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sum_mismatch from '../../pipeline/checks/sum_mismatch.js';
import percent_mismatch from '../../pipeline/checks/percent_mismatch.js';
import cross_report_value_conflict from '../../pipeline/checks/cross_report_value_conflict.js';
import aggregate_mismatch from '../../pipeline/checks/aggregate_mismatch.js';
import { closeDb, openDb, type Db } from '../../pipeline/db/database.js';
import type { Flag } from '../../schemas/flags.js';
import { SEED_DIR, UNSEEN_DIR, loadFiles, quotes, quotesExact, reportFiles, runCheck } from './helpers.js';

const FACT_CHECKS = [sum_mismatch, percent_mismatch, cross_report_value_conflict, aggregate_mismatch];
const name = (p: string) => p.split('/').pop()!;

async function factFlags(db: Db): Promise<Flag[]> {
  const out: Flag[] = [];
  for (const c of FACT_CHECKS) out.push(...await runCheck(c, db));
  return out;
}

describe('the seeds in every format: the only fact flags are the label conflict of 002 against 000 and 001 (on each rendition)', () => {
  let db: Db;
  let loaded: Awaited<ReturnType<typeof loadFiles>>;
  let flags: Flag[];
  beforeAll(async () => {
    db = await openDb(':memory:');
    const files = reportFiles(SEED_DIR);
    expect(files).toHaveLength(12);
    loaded = await loadFiles(db, files);
    flags = await factFlags(db);
  }, 120_000);
  afterAll(() => closeDb(db));

  const idOf = (file: string) => Object.entries(loaded.pathOf).find(([, p]) => name(p) === file)![0];

  it('six flags: cross_report_value_conflict errors raised on each rendition of 002, against 000 and 001 in the same format', () => {
    expect(flags.map((f) => [f.check_id, f.severity, name(loaded.pathOf[f.doc_id]), name(loaded.pathOf[f.related_doc_id!])])).toEqual([
      ['cross_report_value_conflict', 'error', '002_5400b95413840074.txt', '000_63739cf91234dbc4.txt'],
      ['cross_report_value_conflict', 'error', '002_5400b95413840074.docx', '000_63739cf91234dbc4.docx'],
      ['cross_report_value_conflict', 'error', '002_5400b95413840074.pdf', '000_63739cf91234dbc4.pdf'],
      ['cross_report_value_conflict', 'error', '002_5400b95413840074.txt', '001_157e71765e27d8f0.txt'],
      ['cross_report_value_conflict', 'error', '002_5400b95413840074.docx', '001_157e71765e27d8f0.docx'],
      ['cross_report_value_conflict', 'error', '002_5400b95413840074.pdf', '001_157e71765e27d8f0.pdf'],
    ]);
  });

  it('with both quotes: 002\'s `Ngân sách trung ương 6.616 triệu đồng`, the other report\'s 6.616 total and its 6.423 central budget', () => {
    const r002 = idOf('002_5400b95413840074.txt');
    const r000 = idOf('000_63739cf91234dbc4.txt');
    const r001 = idOf('001_157e71765e27d8f0.txt');
    const txt = flags.filter((f) => name(loaded.pathOf[f.doc_id]).endsWith('.txt'));
    expect(txt.map(quotes)).toEqual([
      [[r002, 'Tổng nguồn vốn sự nghiệp Ngân sách trung ương 6.616 triệu đồng', 1815, 1877],
        [r000, 'Ngân sách được bố trí năm 2023: 6.616.000.000 đồng', 1653, 1703],
        [r000, 'Ngân sách TW 6.423.000.000 đồng', 1715, 1746]],
      [[r002, 'Tổng nguồn vốn sự nghiệp Ngân sách trung ương 6.616 triệu đồng', 1815, 1877],
        [r001, 'Tổng Ngân sách được bố trí năm 2023: 6.616 triệu đồng', 18622, 18675],
        [r001, 'Ngân sách TW 6.423 triệu đồng', 18687, 18716]],
    ]);
    for (const f of flags) expect(quotesExact(f, loaded.texts)).toBe(true);
    expect(flags.map((f) => [f.stated_value, f.computed_value])).toEqual(Array(6).fill([6_616_000_000, 6_423_000_000]));
    expect(new Set(flags.map((f) => f.evidence.map((e) => e.text).join(' | '))).size).toBe(2);
    expect(txt[0].message).toBe('Sở Thông tin và Truyền thông, năm 2023: báo cáo BC-STTTT (chưa có số, tháng 9/2023) gọi 6.616 triệu đồng là "Tổng nguồn vốn sự nghiệp Ngân sách trung ương" (ngân sách trung ương), '
      + 'còn báo cáo BC-STTTT (chưa có số, tháng 8/2023) ghi 6.616 triệu đồng là "Ngân sách được bố trí" (tổng các nguồn) và ngân sách trung ương là 6.423 triệu đồng: cùng một số nhưng hai cách gọi.');
  });

  it('the totals that add up are checked (they have parts) and pass', async () => {
    const rows = await db.conn.runAndReadAll(`SELECT count(DISTINCT parent_fact_id) AS totals FROM facts WHERE parent_fact_id IS NOT NULL`);
    // per rendition: 000 has four totals with parts (6.616, 6.595, 21, 15.387), 001 four (6.500, 6.616, 6.595, 21), 002 one (1.571,6)
    expect(Number(rows.getRowObjects()[0].totals)).toBe(3 * (4 + 4 + 1));
  });
});

describe('the unseen report in every format: exactly its sum error and its percentage error', () => {
  let db: Db;
  let loaded: Awaited<ReturnType<typeof loadFiles>>;
  let flags: Flag[];
  beforeAll(async () => {
    db = await openDb(':memory:');
    loaded = await loadFiles(db, reportFiles(UNSEEN_DIR));
    flags = await factFlags(db);
  }, 120_000);
  afterAll(() => closeDb(db));

  it('one sum_mismatch and one percent_mismatch per rendition', () => {
    const got = flags.map((f) => [name(loaded.pathOf[f.doc_id]), f.check_id, f.stated_value, f.computed_value]).sort((a, b) => String(a[0] + String(a[1])).localeCompare(String(b[0]) + String(b[1])));
    expect(got).toEqual(['docx', 'pdf', 'txt'].flatMap((ext) => [
      [`100_binhgia_giamngheo_2023.${ext}`, 'percent_mismatch', 65, 60],
      [`100_binhgia_giamngheo_2023.${ext}`, 'sum_mismatch', 14_200_000_000, 14_500_000_000],
    ]));
    for (const f of flags) expect(quotesExact(f, loaded.texts)).toBe(true);
  });

  it('txt: exact evidence offsets; pdf: the evidence is on page 2', () => {
    const byFile = (file: string, check: string) => flags.find((f) => name(loaded.pathOf[f.doc_id]) === file && f.check_id === check)!;
    const sum = byFile('100_binhgia_giamngheo_2023.txt', 'sum_mismatch');
    expect(quotes(sum).map(([, t, s, e]) => [t, s, e])).toEqual([['14.200 triệu đồng', 3076, 3093], ['12.600 triệu đồng', 3127, 3144], ['1.900 triệu đồng', 3161, 3177]]);
    expect(sum.message).toBe('Dự án 1, năm 2023: Tổng vốn 14.200 triệu đồng không bằng tổng các thành phần: vốn đầu tư phát triển 12.600 triệu đồng + vốn sự nghiệp 1.900 triệu đồng = 14.500 triệu đồng (lệch 300 triệu đồng).');
    const pct = byFile('100_binhgia_giamngheo_2023.txt', 'percent_mismatch');
    expect(quotes(pct).map(([, t, s, e]) => [t, s, e])).toEqual([['65%', 4309, 4312], ['1.800 triệu đồng', 4287, 4303], ['3.000 triệu đồng', 4070, 4086]]);
    expect(pct.message).toBe('Dự án 5, năm 2023: ghi đạt 65% nhưng giải ngân 1.800 triệu đồng / Kế hoạch vốn 3.000 triệu đồng = 60%.');
    expect(byFile('100_binhgia_giamngheo_2023.pdf', 'sum_mismatch').evidence.map((e) => e.page)).toEqual([2, 2, 2]);
    expect(byFile('100_binhgia_giamngheo_2023.pdf', 'percent_mismatch').evidence.map((e) => e.page)).toEqual([2, 2, 2]);
    expect(byFile('100_binhgia_giamngheo_2023.docx', 'percent_mismatch').evidence.map((e) => e.page)).toEqual([null, null, null]);
  });
});
