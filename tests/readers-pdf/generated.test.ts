import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../extractors/readers/pdf.js';
import type { RawDoc } from '../../extractors/readers/types.js';
import { FIXTURES, bytesOf, joinPieces, tableFields, tables, textBlocks } from './helpers.js';

describe('a report written for these tests, printed by LibreOffice from plain text', () => {
  let doc: RawDoc;
  beforeAll(async () => {
    doc = await readPdf(bytesOf(`${FIXTURES}new-report.pdf`));
  });

  it('gives one paragraph per line of the txt (no paragraph spacing: the line-fit test splits them)', () => {
    const want = readFileSync(`${FIXTURES}new-report.txt`, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '');
    expect(textBlocks(doc).map((b) => joinPieces(doc, b.pieces))).toEqual(want);
  });

  it.each([
    ['Hòa Bình, ngày 05 tháng 01 năm 2024', 'paragraph'],
    ['- Hỗ trợ đất ở cho 25 hộ, đất sản xuất cho 40 hộ, nước sinh hoạt phân tán cho 312 hộ đồng bào dân tộc thiểu số nghèo trên địa bàn các xã đặc biệt khó khăn.', 'list_item'],
    ['+ Tổ chức 15 lớp tập huấn cho 1.250 lượt người về kỹ năng sản xuất, chăn nuôi gia súc, gia cầm và phòng chống dịch bệnh.', 'list_item'],
  ])('"%s" is a %s', (text, kind) => {
    expect(textBlocks(doc).find((b) => joinPieces(doc, b.pieces) === text)?.kind).toBe(kind);
  });
});

describe('a ruled table, raised superscripts and a footnote (LibreOffice from HTML)', () => {
  let doc: RawDoc;
  beforeAll(async () => {
    doc = await readPdf(bytesOf(`${FIXTURES}ruled-table-superscripts.pdf`));
  });

  it('turns small raised digits into superscript characters, glued to the word before', () => {
    expect(doc.lines[0]).toEqual({
      text: 'Theo Kế hoạch số 88/KH-UBND¹ ngày 12/3/2024, tổng vốn năm 2024 là 3.500 triệu đồng², diện',
      page: 2,
      line: 1,
    });
    expect(doc.lines[1].text).toBe('tích 8.310,09 km² được giao cho các xã thực hiện trong năm.');
  });

  it('reads the bordered table with its row and column spans', () => {
    const [t] = tables(doc);
    expect(t.rows.map((r) => r.map((c) => [joinPieces(doc, c.pieces), c.colspan, c.rowspan]))).toEqual([
      [['STT', 1, 2], ['Đơn vị', 1, 2], ['Năm 2023', 2, 1], ['Năm 2024', 2, 1], ['Ghi chú', 1, 2]],
      [['Kế hoạch', 1, 1], ['Thực hiện', 1, 1], ['Kế hoạch', 1, 1], ['Thực hiện', 1, 1]],
      [['1', 1, 1], ['Xã Tân Lập', 1, 1], ['1.200', 1, 1], ['1.150', 1, 1], ['1.300', 1, 1], ['1.290', 1, 1], ['Đạt', 1, 1]],
      [['2', 1, 1], ['Xã Hòa Sơn mở rộng giai đoạn hai', 1, 1], ['950', 1, 1], ['900', 1, 1], ['1.000', 1, 1], ['1.010', 1, 1], ['', 1, 1]],
      [['3', 1, 1], ['Thị trấn', 1, 1], ['850', 1, 1], ['870', 1, 1], ['1.200', 1, 1], ['1.100', 1, 1], ['Chậm tiến độ', 1, 1]],
      [['', 1, 1], ['Tổng cộng', 1, 1], ['3.000', 1, 1], ['2.920', 1, 1], ['3.500', 1, 1], ['3.400', 1, 1], ['', 1, 1]],
    ]);
    expect(tableFields(doc, t)[0]).toEqual(['STT', 'Đơn vị', 'Năm 2023', '', 'Năm 2024', '', 'Ghi chú']);
  });

  it('keeps the text around the table as paragraphs and the footnote area as a footnote', () => {
    expect(textBlocks(doc).map((b) => [b.kind, joinPieces(doc, b.pieces)])).toEqual([
      ['paragraph', 'Theo Kế hoạch số 88/KH-UBND¹ ngày 12/3/2024, tổng vốn năm 2024 là 3.500 triệu đồng², diện tích 8.310,09 km² được giao cho các xã thực hiện trong năm.'],
      ['heading', 'I. KẾT QUẢ THỰC HIỆN'],
      ['paragraph', 'Kết quả chi tiết theo bảng dưới đây, số liệu tính đến ngày 31/12/2024 và đã được các đơn vị rà soát, đối chiếu với sổ sách kế toán.'],
      ['paragraph', 'Ghi chú: số liệu năm 2024 là số ước thực hiện.'],
      ['footnote', '1Kế hoạch số 88/KH-UBND ngày 12/3/2024 của UBND huyện.'],
    ]);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'table', 'paragraph', 'footnote']);
  });
});

describe.each([
  ['long-table-borderless.pdf'],
  ['long-table-ruled.pdf'],
])('a 300-row table over 13 pages (%s)', (file) => {
  let doc: RawDoc;
  beforeAll(async () => {
    doc = await readPdf(bytesOf(`${FIXTURES}${file}`));
  });

  it('is one table: the header once, then rows 1 to 300 in order', () => {
    expect(doc.nPages).toBe(13);
    expect(tables(doc).length).toBe(1);
    const rows = tableFields(doc, tables(doc)[0]);
    expect(rows.length).toBe(301);
    expect(rows[0]).toEqual(['STT', 'Đơn vị', 'Kinh phí', 'Số hộ', 'Ghi chú']);
    rows.slice(1).forEach((r, k) => {
      const i = k + 1;
      expect(r).toEqual([String(i), `Xã số ${i} huyện Hòa Bình`, `${(i * 37) % 1000}.${i % 10}00`, String((i * 53) % 900), i % 3 ? 'Đạt' : '']);
    });
  });

  it('keeps the text before and after the table as paragraphs', () => {
    expect(textBlocks(doc).map((b) => joinPieces(doc, b.pieces))).toEqual(['Bảng tổng hợp dài', 'Hết bảng.']);
    expect(doc.warnings).toEqual([]);
  });
});
