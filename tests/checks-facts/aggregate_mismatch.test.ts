import { afterEach, describe, expect, it } from 'vitest';
import aggregate_mismatch from '../../pipeline/checks/aggregate_mismatch.js';
import { closeDb, openDb, type Db } from '../../pipeline/db/database.js';
import { AGGREGATE_DIR, UNSEEN_DIR, dbOfTexts, loadFiles, quotes, quotesExact, report, reportFiles, runCheck } from './helpers.js';

let db: Db | null = null;
afterEach(() => { if (db) closeDb(db); db = null; });

const name = (p: string) => p.split('/').pop()!;

describe('aggregate_mismatch on fixtures/aggregate', () => {
  it('the province total 66.500 against the three district reports 25.360 + 18.400 + 21.240 = 65.000: one flag', async () => {
    db = await openDb(':memory:');
    const files = reportFiles(AGGREGATE_DIR);
    expect(files.map(name)).toEqual(['200_langson_giaingan_2023.txt', '201_binhgia_giaingan_2023.txt', '202_vanquan_giaingan_2023.txt', '203_bacson_giaingan_2023.txt']);
    const { ids, texts } = await loadFiles(db, files);
    const [province, binhGia, vanQuan, bacSon] = ids;
    const flags = await runCheck(aggregate_mismatch, db);
    expect(flags).toHaveLength(1);
    const f = flags[0];
    expect(f).toMatchObject({
      check_id: 'aggregate_mismatch', severity: 'error', doc_id: province, related_doc_id: binhGia,
      stated_value: 66_500_000_000, computed_value: 65_000_000_000, unit: 'dong', tolerance: 2_000_000,
      message: 'tỉnh Lạng Sơn, vốn giao, tổng các nguồn, năm 2023: báo cáo 415/BC-UBND ngày 20/7/2023 ghi "Tổng kế hoạch vốn năm 2023 giao" 66.500 triệu đồng '
        + 'nhưng báo cáo của các huyện cộng lại: huyện Bình Gia 25.360 triệu đồng + huyện Văn Quan 18.400 triệu đồng + huyện Bắc Sơn 21.240 triệu đồng = 65.000 triệu đồng (lệch 1.500 triệu đồng).',
    });
    expect(quotes(f)).toEqual([
      [province, 'Tổng kế hoạch vốn năm 2023 giao cho 03 huyện: 66.500 triệu đồng', 644, 707],
      [binhGia, 'Kế hoạch vốn năm 2023 của huyện: 25.360 triệu đồng', 564, 614],
      [vanQuan, 'Kế hoạch vốn năm 2023 của huyện: 18.400 triệu đồng', 563, 613],
      [bacSon, 'Kế hoạch vốn năm 2023 của huyện: 21.240 triệu đồng', 560, 610],
    ]);
    expect(quotesExact(f, texts)).toBe(true);
  });

  it('with the unseen Bình Gia report (245/BC-UBND, same figures) too: Bình Gia counted once, still one flag', async () => {
    db = await openDb(':memory:');
    await loadFiles(db, [...reportFiles(AGGREGATE_DIR), ...reportFiles(UNSEEN_DIR)]);
    const flags = await runCheck(aggregate_mismatch, db);
    expect(flags.map((f) => [f.stated_value, f.computed_value])).toEqual([[66_500_000_000, 65_000_000_000]]);
  });

  it('without one of the three district reports the total is not compared', async () => {
    db = await openDb(':memory:');
    await loadFiles(db, reportFiles(AGGREGATE_DIR).filter((p) => !p.includes('203_bacson')));
    expect(await runCheck(aggregate_mismatch, db)).toEqual([]);
  });
});

describe('aggregate_mismatch on crafted reports', () => {
  const district = (issuer: string, number: string, plan: string, disbursed: string) => report({
    issuer, number, body: `I. KẾT QUẢ NĂM 2023\n\nKế hoạch vốn năm 2023 của huyện: ${plan} triệu đồng. Đến ngày 30/6/2023, huyện đã giải ngân ${disbursed} triệu đồng.`,
  });
  const province = (body: string) => report({ issuer: 'UBND TỈNH LẠNG SƠN', number: '415/BC-UBND', body });

  it('the province\'s figure for one district against that district\'s report', async () => {
    const r = await dbOfTexts({
      p: province('I. GIẢI NGÂN\n\n1. Huyện Bình Gia: đến ngày 30/6/2023 đã giải ngân 15.000 triệu đồng.\n\n2. Huyện Văn Quan: đến ngày 30/6/2023 đã giải ngân 9.200 triệu đồng.'),
      bg: district('UBND HUYỆN BÌNH GIA', '112/BC-UBND', '25.360', '15.030'),
      vq: district('UBND HUYỆN VĂN QUAN', '87/BC-UBND', '18.400', '9.200'),
    });
    db = r.db;
    const flags = await runCheck(aggregate_mismatch, r.db);
    expect(flags.map((f) => [f.doc_id, f.related_doc_id, f.message, f.evidence.map((e) => e.text)])).toEqual([[
      'p', 'bg',
      'huyện Bình Gia, giải ngân, tổng các nguồn, năm 2023 đến ngày 30/6/2023: báo cáo 415/BC-UBND ngày 15/7/2023 của tỉnh Lạng Sơn ghi 15.000 triệu đồng nhưng báo cáo 112/BC-UBND ngày 15/7/2023 của huyện Bình Gia ghi 15.030 triệu đồng.',
      ['giải ngân 15.000 triệu đồng', 'giải ngân 15.030 triệu đồng'],
    ]]);
    expect(quotesExact(flags[0], r.texts)).toBe(true);
  });

  it.each([
    ['a province total that adds up', 'I. TỔNG HỢP\n\nTổng kế hoạch vốn năm 2023 giao cho 02 huyện: 43.760 triệu đồng.\n\nII. TỪNG HUYỆN\n\n1. Huyện Bình Gia: đã giải ngân 15.030 triệu đồng.\n\n2. Huyện Văn Quan: đã giải ngân 9.200 triệu đồng.'],
    ['a stated count of districts that is not the districts itemized', 'I. TỔNG HỢP\n\nTổng kế hoạch vốn năm 2023 giao cho 11 huyện: 90.000 triệu đồng.\n\nII. TỪNG HUYỆN\n\n1. Huyện Bình Gia: đã giải ngân 15.030 triệu đồng.\n\n2. Huyện Văn Quan: đã giải ngân 9.200 triệu đồng.'],
    ['a province total that is not about districts', 'I. TỔNG HỢP\n\nTổng kế hoạch vốn năm 2023 của toàn tỉnh: 90.000 triệu đồng.\n\nII. TỪNG HUYỆN\n\n1. Huyện Bình Gia: đã giải ngân 15.030 triệu đồng.\n\n2. Huyện Văn Quan: đã giải ngân 9.200 triệu đồng.'],
  ])('no flag: %s', async (_name, body) => {
    const r = await dbOfTexts({
      p: province(body),
      bg: district('UBND HUYỆN BÌNH GIA', '112/BC-UBND', '25.360', '15.030'),
      vq: district('UBND HUYỆN VĂN QUAN', '87/BC-UBND', '18.400', '9.200'),
    });
    db = r.db;
    expect(await runCheck(aggregate_mismatch, r.db)).toEqual([]);
  });
});
