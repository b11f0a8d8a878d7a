import { afterEach, describe, expect, it } from 'vitest';
import text_table_mismatch, { contextFeatures, contextMatch } from '../../pipeline/checks/text_table_mismatch.js';
import { closeDb, type Db } from '../../pipeline/db/database.js';
import { dbOfText, quotes, runCheck } from './helpers.js';

/** A crafted report: a header, a body (paragraphs) and appendix tables written as tab-separated rows. */
function report(body: string, ...tables: { caption: string; rows: string[][]; before?: string }[]): string {
  const t = tables.map((x) => `${x.caption}\n\n${x.before ? `${x.before}\n\n` : ''}${x.rows.map((r) => r.join('\t')).join('\n')}`).join('\n\n');
  return `Số: 12/BC-UBND\n\nPhong Thổ, ngày 14 tháng 10 năm 2020\n\nBÁO CÁO\n\nKết quả thực hiện\n\n${body}\n\nNơi nhận:\n- Như trên;\n\n${t}\n`;
}

const HEAD = [
  ['STT', 'Nội dung', 'Đơn vị tính', 'Tổng số', '', 'Năm 2018', '', 'Năm 2019', ''],
  ['', '', '', 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện'],
];
const GROUP = ['1', 'Tổ chức buổi nói chuyện chuyên đề, đối thoại chính sách giảm nghèo', '', '', '', '', '', '', ''];
const TALK = 'Tổ chức buổi nói chuyện chuyên đề, đối thoại chính sách giảm nghèo';
/** Biểu số 02 of seed 004: 9 sessions (5 + 4), 840 people; the Tổng số › Thực hiện column is empty. */
const BIEU_02 = {
  caption: 'Biểu số 02',
  rows: [...HEAD, GROUP, ['-', 'Số buổi', 'Buổi', '9', '', '5', '5', '4', '4'], ['-', 'Số người tham gia', 'Người', '840', '', '340', '340', '500', '500']],
};
const BIEU_01 = {
  caption: 'Biểu số 01',
  rows: [...HEAD, ['1', 'Nâng cao năng lực cho cộng đồng', '', '', '', '', '', '', ''], ['-', 'Số lớp', 'Lớp', '14', '14', '6', '6', '8', '8']],
};
const SENTENCE = 'Tổ chức 11 buổi nói chuyện chuyên đề, đối thoại chính sách giảm nghèo với 840 người tham gia.';

/** Money in a table with a unit column (`Triệu đồng`). */
const BIEU_VON = {
  caption: 'Biểu số 01',
  rows: [
    ['STT', 'Nội dung', 'Đơn vị tính', 'Tổng số', '', 'Năm 2022', '', 'Năm 2023', ''],
    ['', '', '', 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện'],
    ['1', 'Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng', 'Triệu đồng', '7.650', '5.840', '3.600', '3.410', '4.050', '2.430'],
    ['2', 'Truyền thông và giảm nghèo về thông tin', 'Triệu đồng', '930', '655', '420', '395', '510', '260'],
  ],
};

/** Two groups of the same units (Lớp, Người) and total rows whose unit cell is blank, as Biểu số 01 of seed 004. */
const BIEU_NANG_LUC = {
  caption: 'Biểu số 01',
  rows: [
    ['STT', 'Nội dung', 'Đơn vị tính', 'Tổng số', '', 'Năm 2019', '', 'Năm 2020', ''],
    ['', '', '', 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện'],
    ['1', 'Nâng cao năng lực cho cộng đồng', '', '', '', '', '', '', ''],
    ['-', 'Số lớp', 'Lớp', '30', '30', '14', '14', '16', '16'],
    ['-', 'Số lượng', 'Người', '1.568', '1.568', '700', '700', '868', '868'],
    ['2', 'Nâng cao năng lực cho cán bộ cơ sở', '', '', '', '', '', '', ''],
    ['-', 'Số lớp', 'Lớp', '4', '4', '2', '2', '2', '2'],
    ['-', 'Số lượng', 'Người', '318', '318', '150', '150', '168', '168'],
    ['', 'Tổng cộng số lớp = (1+2)', '', '34', '34', '16', '16', '18', '18'],
    ['', 'Tổng cộng số người = (1+2)', '', '1.886', '1.886', '850', '850', '1.036', '1.036'],
  ],
};

let db: Db | null = null;
afterEach(() => { if (db) closeDb(db); db = null; });

async function flagsOf(text: string) {
  const r = await dbOfText(text);
  db = r.db;
  return { flags: await runCheck(text_table_mismatch, r.db), text: r.text };
}

describe('text_table_mismatch: a text figure against its table row', () => {
  it('seed 004 sentence: 11 buổi against 9 in Biểu số 02 is flagged, 840 người (which agrees) is not', async () => {
    const { flags, text } = await flagsOf(report(`2. Truyền thông về giảm nghèo\n\n${SENTENCE}\n\n(Có biểu 02 chi tiết kèm theo)`, BIEU_02));
    expect(flags).toHaveLength(1);
    const f = flags[0];
    expect(f).toMatchObject({
      check_id: 'text_table_mismatch', severity: 'error', doc_id: 'crafted', related_doc_id: null,
      stated_value: 11, computed_value: 9, unit: 'count', tolerance: 0,
    });
    const table = text.indexOf('Biểu số 02');
    const at = (s: string, from = 0) => text.indexOf(s, from);
    expect(quotes(f)).toEqual([
      ['11 buổi', at('11 buổi'), at('11 buổi') + 7],
      [TALK, at(TALK, table), at(TALK, table) + TALK.length],
      ['Số buổi', at('Số buổi', table), at('Số buổi', table) + 7],
      ['9', at('\t9\t', table) + 1, at('\t9\t', table) + 2],
    ]);
    for (const e of f.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(f.message).toBe(
      `Văn bản ghi 11 buổi ("${SENTENCE.slice(0, -1)}") nhưng Biểu số 02, dòng "${TALK} › Số buổi" ghi 9 buổi ` +
      '(cột "Tổng số › Kế hoạch" = 5 + 4 theo các năm).',
    );
  });

  it.each<[string, string, number, string[]]>([
    ['the Thực hiện total wins over the Kế hoạch total',
      '-\tSố buổi\tBuổi\t9\t10\t5\t5\t4\t5', 10, ['10']],
    ['without total columns: the sum of the Thực hiện year columns',
      '-\tSố buổi\tBuổi\t\t\t5\t5\t4\t4', 9, ['5', '4']],
  ])('%s', async (_name, row, computed, cells) => {
    const rows = [...BIEU_02.rows.slice(0, 3), row.split('\t')];
    const { flags } = await flagsOf(report(SENTENCE, { caption: 'Biểu số 02', rows }));
    expect(flags).toHaveLength(1);
    expect(flags[0].stated_value).toBe(11);
    expect(flags[0].computed_value).toBe(computed);
    expect(flags[0].evidence.slice(3).map((e) => e.text)).toEqual(cells);
  });

  it('lượt người in the text matches a row in Người', async () => {
    const { flags } = await flagsOf(report('Tổ chức 9 buổi nói chuyện chuyên đề, đối thoại chính sách giảm nghèo với 900 lượt người tham gia.', BIEU_02));
    expect(flags.map((f) => [f.evidence[0].text, f.stated_value, f.computed_value])).toEqual([['900 lượt người', 900, 840]]);
    expect(flags[0].message).toContain('ghi 840 người (cột "Tổng số › Kế hoạch" = 340 + 500 theo các năm)');
  });

  it.each<[string, string, number, number, string, string]>([
    ['the group the sentence names, among groups of the same units', 'Tổ chức 5 lớp nâng cao năng lực cho cán bộ cơ sở với 318 người.',
      5, 4, 'Nâng cao năng lực cho cán bộ cơ sở › Số lớp', 'cột "Tổng số › Thực hiện" = 2 + 2 theo các năm'],
    ['a sentence about one year reads that year', 'Năm 2020 tổ chức 17 lớp nâng cao năng lực cho cộng đồng.',
      17, 16, 'Nâng cao năng lực cho cộng đồng › Số lớp', 'cột "Năm 2020 › Thực hiện"'],
  ])('%s', async (_name, body, stated, computed, row, how) => {
    const { flags } = await flagsOf(report(body, BIEU_NANG_LUC));
    expect(flags.map((f) => [f.stated_value, f.computed_value])).toEqual([[stated, computed]]);
    expect(flags[0].message).toContain(`dòng "${row}" ghi ${computed} lớp (${how}).`);
  });

  it('money: a sentence about the plan of one year reads that year\'s Kế hoạch', async () => {
    const { flags } = await flagsOf(report('Kế hoạch vốn hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng năm 2023 là 4.500 triệu đồng.', BIEU_VON));
    expect(flags.map((f) => [f.stated_value, f.computed_value, f.evidence.at(-1)!.text])).toEqual([[4_500_000_000, 4_050_000_000, '4.050']]);
    expect(flags[0].message).toContain('ghi 4.050 triệu đồng (cột "Năm 2023 › Kế hoạch")');
  });

  it('money: an amount against a row in Triệu đồng, at printed precision', async () => {
    const { flags, text } = await flagsOf(report('Kinh phí hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng giai đoạn 2022 - 2023 đã thực hiện 6.840 triệu đồng.', BIEU_VON));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ stated_value: 6_840_000_000, computed_value: 5_840_000_000, unit: 'dong', tolerance: 1_000_000 });
    expect(quotes(flags[0]).map(([t]) => t)).toEqual(['6.840 triệu đồng', 'Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng', '5.840']);
    expect(flags[0].evidence[0].start).toBe(text.indexOf('6.840 triệu đồng'));
    expect(flags[0].message).toContain('ghi 5.840 triệu đồng (cột "Tổng số › Thực hiện" = 3.410 + 2.430 theo các năm)');
  });
});

describe('text_table_mismatch: what agrees or cannot be compared is not flagged', () => {
  it.each<[string, string]>([
    ['the same figures as the table', 'Tổ chức 9 buổi nói chuyện chuyên đề, đối thoại chính sách giảm nghèo với 840 người tham gia.'],
    ['a figure of one year column', 'Năm 2019 tổ chức 4 buổi nói chuyện chuyên đề, đối thoại chính sách giảm nghèo.'],
    ['another activity with the same unit', 'Tổ chức 11 buổi tập huấn kỹ thuật trồng trọt, chăn nuôi cho hộ nghèo.'],
    ['another unit', 'Tổ chức 11 lớp nói chuyện chuyên đề, đối thoại chính sách giảm nghèo.'],
    ['an approximate figure', 'Tổ chức khoảng 11 buổi nói chuyện chuyên đề, đối thoại chính sách giảm nghèo.'],
    ['a part after trong đó', 'Tổ chức 9 buổi nói chuyện chuyên đề, đối thoại chính sách giảm nghèo, trong đó 3 buổi nói chuyện chuyên đề, đối thoại chính sách giảm nghèo tại xã biên giới.'],
    ['the section points to another table', `${SENTENCE}\n\n(Có biểu 01 chi tiết kèm theo)`],
    ['the section points to a table the report does not have', `${SENTENCE}\n\n(Có biểu 03 chi tiết kèm theo)`],
  ])('%s', async (_name, body) => {
    const { flags } = await flagsOf(report(body, BIEU_01, BIEU_02));
    expect(flags).toEqual([]);
  });

  it('a figure that agrees with the sum of the Thực hiện years is not flagged when the Kế hoạch total differs', async () => {
    const rows = [...BIEU_02.rows.slice(0, 3), ['-', 'Số buổi', 'Buổi', '12', '', '6', '5', '6', '4']];
    const { flags } = await flagsOf(report('Tổ chức 9 buổi nói chuyện chuyên đề, đối thoại chính sách giảm nghèo.', { caption: 'Biểu số 02', rows }));
    expect(flags).toEqual([]);
  });

  it.each<[string, string]>([
    ['every figure of both groups, as the table gives them', 'Tổ chức 30 lớp nâng cao năng lực cho cộng đồng với 1.568 người tham gia; 4 lớp nâng cao năng lực cho cán bộ cơ sở với 318 người.'],
    ['a sentence that names both groups (it may give their sum)', 'Đã tổ chức 35 lớp nâng cao năng lực cho cộng đồng và cán bộ cơ sở với 1.900 người.'],
    ['the totals', 'Tổng cộng đã tổ chức 34 lớp với 1.886 người.'],
    ['two years, each as the table gives it', 'Năm 2020 tổ chức 16 lớp nâng cao năng lực cho cộng đồng, năm 2019 tổ chức 14 lớp nâng cao năng lực cho cộng đồng.'],
  ])('groups of the same units: %s', async (_name, body) => {
    const { flags } = await flagsOf(report(body, BIEU_NANG_LUC));
    expect(flags).toEqual([]);
  });

  it('a sentence that fits two rows (it may give their sum): no flag', async () => {
    const rows = [
      ...HEAD,
      ['1', 'Tập huấn nâng cao năng lực cho cán bộ cơ sở', 'Người', '318', '318', '150', '150', '168', '168'],
      ['2', 'Tập huấn nâng cao năng lực cho cộng đồng', 'Người', '1.568', '1.568', '700', '700', '868', '868'],
    ];
    const { flags } = await flagsOf(report('Cử 1.900 người tham gia tập huấn nâng cao năng lực cho cán bộ cơ sở và cộng đồng.', { caption: 'Biểu số 01', rows }));
    expect(flags).toEqual([]);
  });

  it.each<[string, string]>([
    ['an amount that agrees', 'Kinh phí hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng đã thực hiện 5.840 triệu đồng.'],
    ['the same amount in đồng', 'Kinh phí hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng đã thực hiện 5.840.000.000 đồng.'],
    ['one year of the row', 'Năm 2023, kinh phí hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng đã thực hiện 2.430 triệu đồng.'],
    ['an amount with a qualifier', 'Kinh phí hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng đã thực hiện khoảng 6.000 triệu đồng.'],
    ['a rate', 'Mức hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng là 40 triệu đồng/hộ.'],
  ])('money: %s', async (_name, body) => {
    const { flags } = await flagsOf(report(body, BIEU_VON));
    expect(flags).toEqual([]);
  });

  it('odd units and total rows (regex characters, a blank unit) do not break the check', async () => {
    const rows = [
      ...HEAD,
      ['1', 'Hộ nghèo được hỗ trợ nhà ở kiên cố', 'Hộ (*', '85', '85', '40', '40', '45', '45'],
      ['', 'Tổng cộng số hộ (*', '', '85', '85', '40', '40', '45', '45'],
    ];
    const { flags } = await flagsOf(report('Đã hỗ trợ 85 hộ nghèo được hỗ trợ nhà ở kiên cố.', { caption: 'Biểu số 01', rows }));
    expect(flags).toEqual([]);
  });

  it('money: a table without a unit column (unit in a line above it) is not compared', async () => {
    const rows = [
      ['STT', 'Nội dung', 'Tổng số', '', 'Năm 2022', '', 'Năm 2023', ''],
      ['', '', 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện'],
      ['1', 'Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng', '7.650', '5.840', '3.600', '3.410', '4.050', '2.430'],
    ];
    const { flags } = await flagsOf(report('Kinh phí hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng đã thực hiện 6.840 triệu đồng.', { caption: 'Biểu số 01', before: 'Đơn vị tính: triệu đồng', rows }));
    expect(flags).toEqual([]);
  });
});

describe('context features', () => {
  it('syllable bigrams within phrases, without stop words (với, cho, các) and marks', () => {
    expect([...contextFeatures('Tổ chức buổi nói chuyện, đối thoại với người dân')]).toEqual([
      'to chuc', 'chuc buoi', 'buoi noi', 'noi chuyen', 'doi thoai', 'thoai nguoi', 'nguoi dan',
    ]);
    expect([...contextFeatures('Dự án 01: Hỗ trợ')]).toEqual(['du an', 'an 1', 'ho tro']);
  });

  it('tone placement styles and a missing dot (công đồng for cộng đồng) still match', () => {
    expect(contextMatch(contextFeatures('đa dạng hoá sinh kế, thuỷ lợi'), contextFeatures('Đa dạng hóa sinh kế, thủy lợi'))).toEqual({ shared: 5, cover: 1 });
    expect(contextMatch(contextFeatures('năng lực cho cộng đồng'), contextFeatures('Nâng cao năng lực cho công đồng'))).toEqual({ shared: 3, cover: 0.6 });
  });

  it('a stop syllable never joins the features: có and cơ are told apart before marks are dropped', () => {
    expect([...contextFeatures('có cơ sở')]).toEqual(['co so']);
  });
});
