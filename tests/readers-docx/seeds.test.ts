import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../extractors/readers/docx.js';
import type { RawDoc } from '../../extractors/readers/types.js';
import { blockTexts, cellTexts, collapse, piecesText, rawDocProblems, tableBlocks, textBlocks } from './raw-doc-text.js';

const SEEDS = ['000_63739cf91234dbc4', '001_157e71765e27d8f0', '002_5400b95413840074', '004_7690d259663c1765'] as const;
type SeedId = (typeof SEEDS)[number];

const MARKDOWN_EMPHASIS = /\*+/g;
const MARKDOWN_HEADING = /^\s*#+\s*/;
const BLANK_LINE = /\n\s*\n/;

/** The .txt rendition's lines: Markdown residue stripped, table lines (tab-separated) skipped. */
function txtLines(paragraph: string): string[] {
  return paragraph
    .split('\n')
    .filter((l) => !l.includes('\t'))
    .map((l) => collapse(l.replace(MARKDOWN_EMPHASIS, '').replace(MARKDOWN_HEADING, '')))
    .filter(Boolean);
}

function txtParagraphs(id: SeedId): string[][] {
  return readFileSync(`fixtures/seeds/${id}.txt`, 'utf8')
    .split(BLANK_LINE)
    .map(txtLines)
    .filter((lines) => lines.length > 0);
}

const docs = new Map<SeedId, RawDoc>();
beforeAll(async () => {
  for (const id of SEEDS) docs.set(id, await readDocx(readFileSync(`fixtures/seeds/${id}.docx`)));
});
const doc = (id: SeedId): RawDoc => docs.get(id)!;

describe.each(SEEDS)('seed %s', (id) => {
  it('keeps the reader invariants (numbered lines, every line used by exactly one piece)', () => {
    expect(rawDocProblems(doc(id))).toEqual([]);
    expect(doc(id)).toMatchObject({ format: 'docx', encoding: null, nPages: null, warnings: [] });
  });

  // LibreOffice made one Word paragraph of each line of the .txt (also of the `  `-broken lines of
  // a Markdown paragraph, e.g. 002's `**KT. GIÁM ĐỐC  \nPHÓ GIÁM ĐỐC**`), so blocks match the
  // txt's lines one to one, and each blank-line paragraph of the txt is a run of consecutive blocks.
  it('has one text block per line of the txt rendition, in order', () => {
    expect(blockTexts(doc(id))).toEqual(txtParagraphs(id).flat());
  });

  it('joins back into the paragraphs of the txt rendition (split on blank lines)', () => {
    const blocks = blockTexts(doc(id));
    let next = 0;
    const joined = txtParagraphs(id).map((lines) => {
      const run = blocks.slice(next, next + lines.length);
      next += lines.length;
      return run.join(' ');
    });
    expect(joined).toEqual(txtParagraphs(id).map((lines) => lines.join(' ')));
  });
});

function findBlock(id: SeedId, text: string) {
  const d = doc(id);
  const found = textBlocks(d).filter((b) => collapse(piecesText(d, b.pieces)) === text);
  expect(found, text).toHaveLength(1);
  return found[0];
}

describe('002: headings and bold from the docx markup', () => {
  const cases: Array<[string, { kind: string; level: number | null; bold: boolean }]> = [
    ['BÁO CÁO', { kind: 'heading', level: 3, bold: false }],
    ['I. KẾT QUẢ THỰC HIỆN', { kind: 'heading', level: 5, bold: false }],
    ['1. Nguồn vốn năm 2022 kéo dài thực hiện năm 2023', { kind: 'heading', level: 6, bold: false }],
    // `<h6>- <strong>Dự án 7 ...</strong></h6>`: the bullet is not bold, so the heading is not wholly bold
    ['- Dự án 7: Nâng cao năng lực và giám sát, đánh giá thực hiện Chương trình:', { kind: 'heading', level: 6, bold: false }],
    ['- Dự án 6: Truyền thông và giảm nghèo về thông tin', { kind: 'list_item', level: null, bold: true }],
    ['II. ĐIỀU CHỈNH VỐN SỰ NGHIỆP CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHEÒ BỀN VỮNG NĂM 2024, 2025', { kind: 'paragraph', level: null, bold: true }],
    ['Nơi nhận:', { kind: 'paragraph', level: null, bold: true }],
    ['- Lãnh đạo Sở;', { kind: 'list_item', level: null, bold: false }],
    ['Lê Hải Yến', { kind: 'paragraph', level: null, bold: true }],
    // The .txt has `**KT. GIÁM ĐỐC  PHÓ GIÁM ĐỐC**`, but LibreOffice dropped the bold: these runs carry
    // no <w:b/> in word/document.xml, so the docx reader cannot see it.
    ['KT. GIÁM ĐỐC', { kind: 'paragraph', level: null, bold: false }],
    ['PHÓ GIÁM ĐỐC', { kind: 'paragraph', level: null, bold: false }],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(findBlock('002_5400b95413840074', text)).toMatchObject(expected);
  });

  it('a list item that starts with a bullet and bold text is not wholly bold', () => {
    const b = textBlocks(doc('002_5400b95413840074')).find((x) =>
      piecesText(doc('002_5400b95413840074'), x.pieces).startsWith('- Dự án 6: Truyền thông và giảm nghèo về thông tin: Nguồn vốn'),
    );
    expect(b).toMatchObject({ kind: 'list_item', bold: false });
  });
});

describe('footnotes typed inline with superscript digits', () => {
  const cases: Array<[SeedId, string, string]> = [
    ['000_63739cf91234dbc4', '¹', 'Công văn số: 510/STTTT-TTBCXB ngày 15/3/2023 tuyên truyền thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững.'],
    ['000_63739cf91234dbc4', '²', 'Công văn số: 172/STTTT-TTBCXB ngày 01/02/2023 về việc thực hiện Tiểu dự án Giảm nghèo về thông tin thuộc CTMTQG giảm nghèo bền vững năm 2023; 774/STTTT-TTBCXB ngày 14/4/2023 về việc triển khai thực hiện hỗ trợ điểm cung cấp dịch vụ bưu chính công cộng tại các xã có điều kiện kinh tế - xã hội đặc biệt khó khăn năm 2023.'],
  ];
  it.each(cases)('%s %s is a footnote block', (id, marker, text) => {
    expect(findBlock(id, `${marker} ${text}`)).toMatchObject({ kind: 'footnote', level: null });
  });

  it('001 has footnotes ¹ to ⁷, in order, and the referencing paragraphs stay paragraphs', () => {
    const d = doc('001_157e71765e27d8f0');
    const notes = textBlocks(d).filter((b) => b.kind === 'footnote').map((b) => piecesText(d, b.pieces).slice(0, 2));
    expect(notes).toEqual(['¹ ', '² ', '³ ', '⁴ ', '⁵ ', '⁶ ', '⁷ ']);
    const referencing = textBlocks(d).find((b) => piecesText(d, b.pieces).includes('của UBND tỉnh⁵ Xây dựng Dự án'));
    expect(referencing?.kind).toBe('paragraph');
  });
});

describe('004: the two appendix tables', () => {
  const ID = '004_7690d259663c1765';
  const HEADER = ['STT', 'Nội dung', 'Đơn vị tính', 'Tổng số', 'Năm 2017', 'Năm 2018', 'Năm 2019', 'Năm 2020', 'Ghi chú'];
  const HEADER_COLSPANS = [1, 1, 1, 2, 2, 2, 2, 2, 1];

  /** The txt rendition's table rows (tab-separated lines), split into blocks at blank lines. */
  function txtTables(): string[][][] {
    return readFileSync(`fixtures/seeds/${ID}.txt`, 'utf8')
      .split(BLANK_LINE)
      .map((p) => p.split('\n').filter((l) => l.includes('\t')).map((l) => l.split('\t')))
      .filter((rows) => rows.length > 0);
  }

  it('has exactly two tables of 10 and 5 rows', () => {
    expect(tableBlocks(doc(ID)).map((t) => t.rows.length)).toEqual([10, 5]);
  });

  it.each([0, 1])('table %i: header row with colspans, then 14 cells per row, no rowspans', (t) => {
    const table = tableBlocks(doc(ID))[t];
    expect(cellTexts(doc(ID), table)[0]).toEqual(HEADER);
    expect(table.rows[0].map((c) => c.colspan)).toEqual(HEADER_COLSPANS);
    expect(table.rows.slice(1).map((r) => r.length)).toEqual(new Array(table.rows.length - 1).fill(14));
    expect(table.rows.flat().map((c) => c.rowspan)).toEqual(new Array(table.rows.flat().length).fill(1));
    expect(table.rows.slice(1).flat().map((c) => c.colspan)).toEqual(new Array(14 * (table.rows.length - 1)).fill(1));
  });

  it('exact cells of chosen rows', () => {
    const [t1, t2] = tableBlocks(doc(ID)).map((t) => cellTexts(doc(ID), t));
    expect(t1[1]).toEqual(['', '', '', 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện', '']);
    expect(t1[4]).toEqual(['-', 'Số lượng', 'Người', '1.568', '1.568', '304', '304', '417', '417', '379', '379', '468', '468', '']);
    expect(t1[9]).toEqual(['', 'Tổng cộng số người = (1+2)', '', '1.886', '1.886', '388', '388', '525', '525', '469', '469', '504', '504', '-']);
    expect(t2[3]).toEqual(['-', 'Số buổi', 'Buổi', '9', '', '', '', '5', '5', '4', '4', '', '', '']);
  });

  it('every cell equals the matching field of the txt rendition (spanned cells expanded)', () => {
    const expanded = tableBlocks(doc(ID)).map((t) =>
      t.rows.map((row) => row.flatMap((c) => [piecesText(doc(ID), c.pieces), ...new Array<string>(c.colspan - 1).fill('')])),
    );
    expect(expanded).toEqual(txtTables());
  });

  it('each non-empty cell is one source line', () => {
    const cells = tableBlocks(doc(ID)).flatMap((t) => t.rows.flat());
    expect(cells.filter((c) => c.pieces.length > 1)).toEqual([]);
    expect(cells.filter((c) => c.pieces.length === 1).length).toBe(
      txtTables().flat(2).filter((f) => f !== '').length,
    );
  });
});
