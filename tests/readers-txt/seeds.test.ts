import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RawDoc, RawTableBlock } from '../../extractors/readers/types.js';
import { readTxt } from '../../extractors/readers/txt.js';
import { ROOT, SEED_002, SEED_004, fixture, pieceText, rowTexts, summarize } from './helpers.js';

function tables(doc: RawDoc): RawTableBlock[] {
  return doc.blocks.filter((b): b is RawTableBlock => b.kind === 'table');
}

describe('seed 004: the two tab tables', () => {
  const doc = readTxt(fixture(SEED_004));
  const [first, second] = tables(doc);

  it('has exactly two tables, of 10 and 5 rows, 14 cells a row', () => {
    expect(tables(doc).length).toBe(2);
    expect(first.rows.length).toBe(10);
    expect(second.rows.length).toBe(5);
    expect([...first.rows, ...second.rows].every((row) => row.length === 14)).toBe(true);
  });

  it.each<[string, () => RawTableBlock, number, string[]]>([
    ['Biểu 01 header', () => first, 0, ['STT', 'Nội dung', 'Đơn vị tính', 'Tổng số', '', 'Năm 2017', '', 'Năm 2018', '', 'Năm 2019', '', 'Năm 2020', '', 'Ghi chú']],
    ['Biểu 01 Số lượng', () => first, 4, ['-', 'Số lượng', 'Người', '1.568', '1.568', '304', '304', '417', '417', '379', '379', '468', '468', '']],
    ['Biểu 01 total', () => first, 9, ['', 'Tổng cộng số người = (1+2)', '', '1.886', '1.886', '388', '388', '525', '525', '469', '469', '504', '504', '-']],
    ['Biểu 02 Số buổi', () => second, 3, ['-', 'Số buổi', 'Buổi', '9', '', '', '', '5', '5', '4', '4', '', '', '']],
    ['Biểu 02 Số người', () => second, 4, ['-', 'Số người tham gia', 'Người', '840', '', '', '', '340', '340', '500', '500', '', '', '']],
  ])('%s', (_name, table, row, cells) => {
    expect(rowTexts(doc, table().rows[row])).toEqual(cells);
  });

  it('points the Số lượng row at file line 174', () => {
    const cell = first.rows[4][3];
    expect(cell.pieces).toEqual([{ line: 173, from: 17, to: 22 }]);
    expect(doc.lines[173].line).toBe(174);
    expect(pieceText(doc, cell.pieces[0])).toBe('1.568');
  });
});

describe('seed 002', () => {
  const doc = readTxt(fixture(SEED_002));

  it('headings keep their Markdown level', () => {
    const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [[b.level, pieceText(doc, b.pieces[0])]] : []));
    expect(headings).toEqual([
      [2, 'BÁO CÁO'],
      [3, 'Về việc rà soát mục tiêu, nhiệm vụ, kế hoạch vốn sự nghiệp giai đoạn 2024-2025 thực hiện chương trình MTQG giảm nghèo giai đoạn 2021-2025'],
      [4, 'I. KẾT QUẢ THỰC HIỆN'],
      [5, '1. Nguồn vốn năm 2022 kéo dài thực hiện năm 2023'],
      [5, '- **Dự án 7: Nâng cao năng lực và giám sát, đánh giá thực hiện Chương trình:**'],
      [5, '2. Nguồn vốn năm 2023'],
    ]);
  });

  it('the Nơi nhận list and the signature', () => {
    const tail = doc.blocks.slice(-7).map((b) => summarize(doc, b));
    expect(tail).toEqual([
      { kind: 'paragraph', level: null, bold: true, texts: ['**Nơi nhận:**'] },
      { kind: 'list_item', level: null, bold: false, texts: ['- Như trên;'] },
      { kind: 'list_item', level: null, bold: false, texts: ['- Lãnh đạo Sở;'] },
      { kind: 'list_item', level: null, bold: false, texts: ['- Phòng TTBCXB, VP;'] },
      { kind: 'list_item', level: null, bold: false, texts: ['- Lưu: VT, TTBCXB (ĐT).'] },
      { kind: 'paragraph', level: null, bold: true, texts: ['**KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC**'] },
      { kind: 'paragraph', level: null, bold: true, texts: ['**Lê Hải Yến**'] },
    ]);
  });

  it.each(['nfd', 'utf16le', 'vni'])('the %s rendition gives the same blocks (after NFC)', (variant) => {
    const other = readTxt(fixture(`fixtures/encodings/002_5400b95413840074.${variant}.txt`));
    const nfc = (d: RawDoc) => JSON.stringify(d.blocks.map((b) => summarize(d, b))).normalize('NFC');
    expect(other.blocks.length).toBe(doc.blocks.length);
    expect(nfc(other)).toBe(nfc(doc));
  });
});

describe('fixtures/public-vn', () => {
  const dir = 'fixtures/public-vn/';
  const files = readdirSync(ROOT + dir).sort();

  it('has 299 files', () => expect(files.length).toBe(299));

  it('every file reads, and every piece is a trimmed, non-empty range of its line', () => {
    const problems: string[] = [];
    for (const file of files) {
      const doc = readTxt(fixture(dir + file));
      const pieces = doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat().flatMap((c) => c.pieces) : b.pieces));
      for (const p of pieces) {
        const text = pieceText(doc, p);
        if (p.from >= p.to || p.to > doc.lines[p.line].text.length || text !== text.trim()) problems.push(`${file}: ${JSON.stringify(p)}`);
      }
      if (doc.encoding !== 'utf-8') problems.push(`${file}: ${doc.encoding}`);
    }
    expect(problems).toEqual([]);
  });

  it('reads the Viettel revenue pipe table of 0671fd6b2e4f72e9', () => {
    const doc = readTxt(fixture(dir + '0671fd6b2e4f72e9.txt'));
    const [revenue, operators] = tables(doc);
    expect(revenue.rows.length).toBe(13);
    expect(rowTexts(doc, revenue.rows[0])).toEqual(['Năm', 'Doanh thu (tỷ đồng)', 'Lợi nhuận (tỷ đồng)']);
    expect(rowTexts(doc, revenue.rows[1])).toEqual(['2008[138]', '33.000', '8.600']);
    expect(rowTexts(doc, revenue.rows[12])).toEqual(['2019[ cần dẫn nguồn]', '251.000', '39.000']);
    expect(operators.rows.length).toBe(11);
    expect(rowTexts(doc, operators.rows[10])).toEqual(['Mytel', 'Myanmar', '26 tháng 8 năm 2017', 'Việt Nam đã đầu tư 1.500.000.000 USD vào Mytel', '[170]']);
  });
});
