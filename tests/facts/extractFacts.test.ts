import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { extractFile } from '../../pipeline/extract.js';
import { extractFacts } from '../../extractors/facts/index.js';
import { craft, extractText, printed, tuples, type FactTuple } from './helpers.js';

const SEEDS = resolve(import.meta.dirname, '../../fixtures/seeds');
const UNSEEN = resolve(import.meta.dirname, '../../fixtures/unseen');
const FORMATS = ['txt', 'docx', 'pdf'] as const;
const M = 1_000_000n;
const STTTT = 'Sở Thông tin và Truyền thông';

describe('extractFacts on crafted statements', () => {
  it.each<[string, string, FactTuple[], string[]]>([
    ['a total with its central and local parts (trong đó)',
      '1. Dự án 6: Truyền thông\n\nTổng kinh phí tiểu dự án: 1.000 triệu đồng, trong đó ngân sách trung ương: 900 triệu đồng, ngân sách địa phương: 100 triệu đồng.',
      [['Dự án 6', 'kinh_phi', 'tong', null, '2023', 1000n * M, null],
        ['Dự án 6', 'kinh_phi', 'trung_uong', null, '2023', 900n * M, 1000n * M],
        ['Dự án 6', 'kinh_phi', 'dia_phuong', null, '2023', 100n * M, 1000n * M]],
      ['Tổng kinh phí', 'ngân sách trung ương', 'ngân sách địa phương']],
    ['capital types in parentheses after a total',
      '2. Dự án 1\n\nTổng vốn năm 2023: 3.000 triệu đồng (vốn đầu tư phát triển: 2.000 triệu đồng, vốn sự nghiệp: 1.000 triệu đồng).',
      [['Dự án 1', 'kinh_phi', 'tong', null, '2023', 3000n * M, null],
        ['Dự án 1', 'kinh_phi', 'tong', 'dau_tu_phat_trien', '2023', 2000n * M, 3000n * M],
        ['Dự án 1', 'kinh_phi', 'tong', 'su_nghiep', '2023', 1000n * M, 3000n * M]],
      ['Tổng vốn', 'vốn đầu tư phát triển', 'vốn sự nghiệp']],
    ['disbursement with its parts and no marker (Kết quả giải ngân: X, đạt P%, ngân sách trung ương: A ...)',
      'Kết quả giải ngân: 500 triệu đồng, đạt 50%, ngân sách trung ương: 450 triệu đồng đạt 50%; ngân sách địa phương: 50 triệu đồng đạt 50%.',
      [['huyện Bình Gia', 'giai_ngan', 'tong', null, '2023', 500n * M, null],
        ['huyện Bình Gia', 'giai_ngan', 'trung_uong', null, '2023', 450n * M, 500n * M],
        ['huyện Bình Gia', 'giai_ngan', 'dia_phuong', null, '2023', 50n * M, 500n * M]],
      ['giải ngân', 'ngân sách trung ương', 'ngân sách địa phương']],
    ['a partial trong đó with another period and measure (001)',
      'Tổng vốn đầu tư giai đoạn 2021-2025: 6.500 triệu đồng (trong đó: Vốn được giao năm 2022 là 2.500 triệu đồng).',
      [['huyện Bình Gia', 'kinh_phi', 'tong', 'dau_tu_phat_trien', '2021/2025', 6500n * M, null],
        ['huyện Bình Gia', 'giao', 'tong', 'dau_tu_phat_trien', '2022', 2500n * M, 6500n * M]],
      ['Tổng vốn đầu tư', 'Vốn được giao']],
    ['the 2023 budget of 002 (Ngân sách TW, đối ứng địa phương, Trong đó: as its own sentence)',
      'Ngân sách được bố trí năm 2023: 6.616.000.000 đồng. Trong đó: Ngân sách TW 6.423.000.000 đồng và ngân sách đối ứng địa phương: 193.000.000 đồng.',
      [['huyện Bình Gia', 'bo_tri', 'tong', null, '2023', 6616n * M, null],
        ['huyện Bình Gia', 'bo_tri', 'trung_uong', null, '2023', 6423n * M, 6616n * M],
        ['huyện Bình Gia', 'bo_tri', 'dia_phuong', null, '2023', 193n * M, 6616n * M]],
      ['Ngân sách được bố trí', 'Ngân sách TW', 'ngân sách đối ứng địa phương']],
    ['half-year period, a provincial part, a request for a project named after the amount',
      'Kinh phí giải ngân 6 tháng đầu năm 2023: 700 triệu đồng, trong đó ngân sách tỉnh 300 triệu đồng. Đề nghị bổ sung khoảng 1.200 triệu đồng vốn sự nghiệp cho Dự án 5.',
      [['huyện Bình Gia', 'giai_ngan', 'tong', null, '2023-H1', 700n * M, null],
        ['huyện Bình Gia', 'giai_ngan', 'tinh', null, '2023-H1', 300n * M, 700n * M],
        ['Dự án 5', 'nhu_cau', 'tong', 'su_nghiep', '2023', 1200n * M, null]],
      ['Kinh phí giải ngân', 'ngân sách tỉnh', 'Đề nghị']],
    ['list items give the subject (- Dự án 7: / + Tiểu dự án 2:)',
      '2. Nguồn vốn năm 2022\n\n- Dự án 7: Nâng cao năng lực và giám sát, đánh giá:\n\n+ Tiêu dự án 2: Giám sát, đánh giá: kinh phí 20,6 triệu đồng.',
      [['Dự án 7 › Tiểu dự án 2', 'kinh_phi', 'tong', null, '2022', 20_600_000n, null]],
      ['kinh phí']],
  ])('%s', (_name, body, expected, labels) => {
    const x = extractText(craft(body));
    expect(tuples(x.facts)).toEqual(expected);
    expect(x.facts.map((f) => f.label)).toEqual(labels);
    for (const f of x.facts) expect([f.min_dong <= f.value_dong, f.value_dong <= f.max_dong]).toEqual([true, true]);
  });

  it.each([
    ['a rate', 'Thu nhập bình quân 40 triệu đồng/người/năm.'],
    ['money that is no budget figure', 'Giá trị sản phẩm đạt 3 tỷ đồng.'],
    ['money in a table', 'Biểu số 01\n\nSTT\tNội dung\tKinh phí (triệu đồng)\n1\tDự án 1\t300 triệu đồng'],
    ['a request that is no budget statement', 'Đề xuất phạt tiền 800.000 đồng.'],
    ['bounds are not figures', 'Kinh phí hỗ trợ tối đa 50 triệu đồng; vốn đầu tư trên 500 triệu đồng; kinh phí từ 02 tỷ đồng trở lên.'],
    ['a public service unit (đơn vị sự nghiệp) is no capital type', 'Tài sản của đơn vị sự nghiệp công lập có nguyên giá dưới 500 triệu đồng hoặc 300 triệu đồng.'],
  ])('no fact: %s', (_name, body) => {
    expect(extractText(craft(body)).facts).toEqual([]);
  });

  it.each([
    ['6 tháng đầu năm 2023', '2023-H1'], ['6 THÁNG CUỐI NĂM 2023', '2023-H2'], ['giai đoạn 2021 - 2025', '2021/2025'], ['năm 2022 kéo dài thực hiện năm 2023', '2022'],
  ])('period: kinh phí %s → %s', (words, period) => {
    expect(extractText(craft(`Tổng kinh phí ${words}: 500 triệu đồng.`)).facts.map((f) => f.period)).toEqual([period]);
  });

  it('amounts keep their printed precision as the interval (21.342 triệu đồng → ±0,5 triệu)', () => {
    const x = extractText(craft('Ngân sách trung ương bố trí: 21.342 triệu đồng; ngân sách địa phương bố trí: 640 triệu đồng.'));
    expect(x.facts.map((f) => [f.fund_source, f.min_dong, f.value_dong, f.max_dong])).toEqual([
      ['trung_uong', 21_341_500_000n, 21_342_000_000n, 21_342_500_000n],
      ['dia_phuong', 639_500_000n, 640_000_000n, 640_500_000n],
    ]);
  });

  it('percentages point to the figure before them and the base of the same subject and fund source; `chiếm` to the total', () => {
    const x = extractText(craft('Tổng kinh phí năm 2023: 1.000 triệu đồng, trong đó ngân sách trung ương: 900 triệu đồng, ngân sách địa phương: 100 triệu đồng. '
      + 'Kết quả giải ngân: 500 triệu đồng, đạt 50%, ngân sách trung ương: 450 triệu đồng đạt 50%; ngân sách địa phương: 50 triệu đồng, chiếm 10%.'));
    const value = (id: string | null) => (id ? x.facts.find((f) => f.fact_id === id)!.value_dong : null);
    expect(x.fact_percents.map((p) => [p.raw, p.value, p.decimals, value(p.fact_id), value(p.base_fact_id)])).toEqual([
      ['50%', 50, 0, 500n * M, 1000n * M],
      ['50%', 50, 0, 450n * M, 900n * M],
      ['10%', 10, 0, 50n * M, 500n * M],
    ]);
    const t = x.document.text;
    for (const p of x.fact_percents) expect(t.slice(p.start, p.end)).toBe(p.raw);
  });

  it('a percentage of households is not linked to money', () => {
    const x = extractText(craft('Toàn huyện có 14.982 hộ. Số hộ nghèo là 3.215 hộ, chiếm 21,46% tổng số hộ. Kinh phí năm 2023: 500 triệu đồng.'));
    expect(x.fact_percents).toEqual([]);
  });

  it('never throws: a document without blocks gives no facts', () => {
    const x = extractText(craft('Kinh phí 5 triệu đồng.'));
    expect(extractFacts({ ...x.document, blocks: [] }, x.amounts, x.percents)).toEqual({ facts: [], factPercents: [] });
  });
});

describe('extractFacts on seed 000, section II › 1 › 1.1 (every format)', () => {
  const EXPECTED: FactTuple[] = [
    [STTTT, 'bo_tri', 'tong', null, '2023', 6_616_000_000n, null],
    [STTTT, 'bo_tri', 'trung_uong', null, '2023', 6_423_000_000n, 6_616_000_000n],
    [STTTT, 'bo_tri', 'dia_phuong', null, '2023', 193_000_000n, 6_616_000_000n],
    ['Dự án 6 › Tiểu dự án 1', 'kinh_phi', 'tong', null, '2023', 6_595_000_000n, 6_616_000_000n],
    ['Dự án 6 › Tiểu dự án 1', 'kinh_phi', 'trung_uong', null, '2023', 6_403_000_000n, 6_595_000_000n],
    ['Dự án 6 › Tiểu dự án 1', 'kinh_phi', 'dia_phuong', null, '2023', 192_000_000n, 6_595_000_000n],
    ['Dự án 6 › Tiểu dự án 7', 'kinh_phi', 'tong', null, '2023', 21_000_000n, 6_616_000_000n],
    ['Dự án 6 › Tiểu dự án 7', 'kinh_phi', 'trung_uong', null, '2023', 20_000_000n, 21_000_000n],
    ['Dự án 6 › Tiểu dự án 7', 'kinh_phi', 'dia_phuong', null, '2023', 1_000_000n, 21_000_000n],
  ];

  it.each(FORMATS)('%s', async (format) => {
    const x = await extractFile(`${SEEDS}/000_63739cf91234dbc4.${format}`);
    const section = x.facts.filter((f) => f.section_path === 'II › 1 › 1.1');
    expect(tuples(x.facts).filter((_t, i) => x.facts[i].section_path === 'II › 1 › 1.1')).toEqual(EXPECTED);
    expect(section.map((f) => x.document.text.slice(f.amount_start, f.amount_end))).toEqual([
      '6.616.000.000 đồng', '6.423.000.000 đồng', '193.000.000 đồng', '6.595.000.000 đồng', '6.403.000.000 đồng',
      '192.000.000 đồng', '21.000.000 đồng', '20.000.000 đồng', '1.000.000 đồng',
    ]);
    expect(section.map((f) => f.label)).toEqual(['Ngân sách được bố trí', 'Ngân sách TW', 'ngân sách đối ứng địa phương', 'Kinh phí', 'Ngân sách TW', 'ngân sách đối ứng địa phương', '', 'Ngân sách TW', 'ngân sách đối ứng địa phương']);
  });

  it('txt: exact ids and offsets (the Tiểu dự án 7 sentence runs across a page break and two footnotes)', async () => {
    const x = await extractFile(`${SEEDS}/000_63739cf91234dbc4.txt`);
    const id = x.document.doc_id;
    const f = x.facts.filter((y) => y.section_path === 'II › 1 › 1.1');
    expect(f.map((y) => [y.fact_id, y.amount_start, y.amount_end, y.parent_fact_id])).toEqual([
      [`${id}:3`, 1685, 1703, null], [`${id}:4`, 1728, 1746, `${id}:3`], [`${id}:5`, 1780, 1796, `${id}:3`],
      [`${id}:6`, 1851, 1869, `${id}:3`], [`${id}:7`, 1894, 1912, `${id}:6`], [`${id}:8`, 1946, 1962, `${id}:6`],
      [`${id}:9`, 2470, 2485, `${id}:3`], [`${id}:10`, 2510, 2525, `${id}:9`], [`${id}:11`, 2559, 2573, `${id}:9`],
    ]);
  });

  it('the other sections of 000: Dự án 6 › Tiểu dự án 1 for the province (§1) and for the districts (§1.2)', async () => {
    const x = await extractFile(`${SEEDS}/000_63739cf91234dbc4.txt`);
    expect(tuples(x.facts).filter((_t, i) => x.facts[i].section_path !== 'II › 1 › 1.1')).toEqual([
      ['Dự án 6 › Tiểu dự án 1', 'bo_tri', 'trung_uong', null, '2023', 21_342_000_000n, null],
      ['Dự án 6 › Tiểu dự án 1', 'bo_tri', 'dia_phuong', null, '2023', 640_000_000n, null],
      ['UBND các huyện, thành phố › Dự án 6 › Tiểu dự án 1', 'bo_tri', 'tong', null, '2023', 15_387_000_000n, null],
      ['UBND các huyện, thành phố › Dự án 6 › Tiểu dự án 1', 'bo_tri', 'trung_uong', null, '2023', 14_939_000_000n, 15_387_000_000n],
      ['UBND các huyện, thành phố › Dự án 6 › Tiểu dự án 1', 'bo_tri', 'dia_phuong', null, '2023', 448_000_000n, 15_387_000_000n],
    ]);
  });
});

describe('extractFacts on the other seeds and the unseen report (every format gives the same facts)', () => {
  const REPORTS: [string, string, FactTuple[]][] = [
    [SEEDS, '001_157e71765e27d8f0', [
      ['Dự án 10 › Tiểu dự án 1', 'kinh_phi', 'tong', null, '2023', 1_961_334_000n, null],
      ['Dự án 10 › Tiểu dự án 2 › Nội dung 1', 'kinh_phi', 'tong', 'dau_tu_phat_trien', '2021/2025', 6_500_000_000n, null],
      ['Dự án 10 › Tiểu dự án 2 › Nội dung 1', 'giao', 'tong', 'dau_tu_phat_trien', '2022', 2_500_000_000n, 6_500_000_000n],
      [STTTT, 'bo_tri', 'tong', null, '2023', 6_616_000_000n, null],
      [STTTT, 'bo_tri', 'trung_uong', null, '2023', 6_423_000_000n, 6_616_000_000n],
      [STTTT, 'bo_tri', 'dia_phuong', null, '2023', 193_000_000n, 6_616_000_000n],
      ['Tiểu dự án 1', 'kinh_phi', 'tong', null, '2023', 6_595_000_000n, 6_616_000_000n],
      ['Tiểu dự án 1', 'kinh_phi', 'trung_uong', null, '2023', 6_403_000_000n, 6_595_000_000n],
      ['Tiểu dự án 1', 'kinh_phi', 'dia_phuong', null, '2023', 192_000_000n, 6_595_000_000n],
      ['Tiểu dự án 7', 'kinh_phi', 'tong', null, '2023', 21_000_000n, 6_616_000_000n],
      ['Tiểu dự án 7', 'kinh_phi', 'trung_uong', null, '2023', 20_000_000n, 21_000_000n],
      ['Tiểu dự án 7', 'kinh_phi', 'dia_phuong', null, '2023', 1_000_000n, 21_000_000n],
    ]],
    [SEEDS, '002_5400b95413840074', [
      [STTTT, 'kinh_phi', 'tong', 'su_nghiep', '2022', 1_571_600_000n, null],
      ['Dự án 6', 'kinh_phi', 'tong', 'su_nghiep', '2022', 1_551_000_000n, 1_571_600_000n],
      ['Dự án 7 › Tiểu dự án 2', 'kinh_phi', 'tong', 'su_nghiep', '2022', 20_600_000n, 1_571_600_000n],
      [STTTT, 'kinh_phi', 'trung_uong', 'su_nghiep', '2023', 6_616_000_000n, null],
      ['Dự án 6 › Tiểu dự án 1', 'phan_bo', 'tong', null, '2023', 6_595_000_000n, null],
      ['Dự án 6 › Tiểu dự án 1', 'kinh_phi', 'tong', null, '2023', 700_000_000n, null],
      ['Dự án 6 › Tiểu dự án 1', 'nhu_cau', 'tong', 'su_nghiep', '2024', 4_000_000_000n, null],
      ['Dự án 6 › Tiểu dự án 1', 'nhu_cau', 'tong', 'su_nghiep', '2024', 500_000_000n, null],
      ['Dự án 6 › Tiểu dự án 1', 'nhu_cau', 'tong', 'su_nghiep', '2025', 4_500_000_000n, null],
    ]],
    [SEEDS, '004_7690d259663c1765', []],
    [UNSEEN, '100_binhgia_giamngheo_2023', [
      ['huyện Bình Gia', 'kinh_phi', 'tong', null, '2022', 22_000n * M, null],
      ['huyện Bình Gia', 'kinh_phi', 'trung_uong', null, '2022', 20_650n * M, 22_000n * M],
      ['huyện Bình Gia', 'kinh_phi', 'dia_phuong', null, '2022', 1_350n * M, 22_000n * M],
      ['huyện Bình Gia', 'giai_ngan', 'tong', null, '2022', 21_075n * M, null],
      ['huyện Bình Gia', 'kinh_phi', 'tong', null, '2023', 25_360n * M, null],
      ['huyện Bình Gia', 'kinh_phi', 'trung_uong', null, '2023', 23_780n * M, 25_360n * M],
      ['huyện Bình Gia', 'kinh_phi', 'dia_phuong', null, '2023', 1_580n * M, 25_360n * M],
      ['huyện Bình Gia', 'giai_ngan', 'tong', null, '2023', 15_030n * M, null],
      ['huyện Bình Gia', 'giao', 'trung_uong', null, '2021/2025', 112_500n * M, null],
      ['Dự án 1', 'kinh_phi', 'tong', null, '2023', 14_200n * M, null],
      ['Dự án 1', 'kinh_phi', 'tong', 'dau_tu_phat_trien', '2023', 12_600n * M, 14_200n * M],
      ['Dự án 1', 'kinh_phi', 'tong', 'su_nghiep', '2023', 1_900n * M, 14_200n * M],
      ['Dự án 1', 'giai_ngan', 'tong', null, '2023', 8_520n * M, null],
      ['Dự án 2', 'ke_hoach', 'tong', null, '2023', 2_100n * M, null],
      ['Dự án 2', 'giai_ngan', 'tong', null, '2023', 1_260n * M, null],
      ['Dự án 3', 'ke_hoach', 'tong', null, '2023', 4_050n * M, null],
      ['Dự án 3', 'giai_ngan', 'tong', null, '2023', 2_430n * M, null],
      ['Dự án 4', 'ke_hoach', 'tong', null, '2023', 1_120n * M, null],
      ['Dự án 4', 'giai_ngan', 'tong', null, '2023', 610n * M, null],
      ['Dự án 5', 'ke_hoach', 'tong', null, '2023', 3_000n * M, null],
      ['Dự án 5', 'giai_ngan', 'tong', null, '2023', 1_800n * M, null],
      ['Dự án 6', 'ke_hoach', 'tong', null, '2023', 510n * M, null],
      ['Dự án 6', 'giai_ngan', 'tong', null, '2023', 260n * M, null],
      ['Dự án 7', 'ke_hoach', 'tong', null, '2023', 380n * M, null],
      ['Dự án 7', 'giai_ngan', 'tong', null, '2023', 150n * M, null],
      ['Dự án 5', 'nhu_cau', 'tong', 'su_nghiep', '2023', 1_200n * M, null],
    ]],
  ];

  describe.each(REPORTS)('%s/%s', (dir, name, expected) => {
    it.each(FORMATS)('%s', async (format) => {
      const x = await extractFile(`${dir}/${name}.${format}`);
      expect(tuples(x.facts)).toEqual(expected);
      for (const f of x.facts) expect(x.document.text.slice(f.amount_start, f.amount_end)).toBe(x.amounts.find((a) => a.start === f.amount_start)!.raw);
    });
  });

  it.each(FORMATS)('unseen %s: the four percentages of money and their bases', async (format) => {
    const x = await extractFile(`${UNSEEN}/100_binhgia_giamngheo_2023.${format}`);
    const amount = (id: string | null) => { const f = x.facts.find((y) => y.fact_id === id)!; return x.document.text.slice(f.amount_start, f.amount_end); };
    expect(x.fact_percents.map((p) => [p.raw, amount(p.fact_id), amount(p.base_fact_id)])).toEqual([
      ['95,8%', '21.075 triệu đồng', '22.000 triệu đồng'],
      ['59,27%', '15.030 triệu đồng', '25.360 triệu đồng'],
      ['60%', '8.520 triệu đồng', '14.200 triệu đồng'],
      ['65%', '1.800 triệu đồng', '3.000 triệu đồng'],
    ]);
  });

  it('the printed amounts of the unseen report in text order (txt)', async () => {
    const x = await extractFile(`${UNSEEN}/100_binhgia_giamngheo_2023.txt`);
    expect(printed(x).slice(0, 4)).toEqual(['22.000 triệu đồng', '20.650 triệu đồng', '1.350 triệu đồng', '21.075 triệu đồng']);
  });
});
