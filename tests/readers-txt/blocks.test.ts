import { describe, expect, it } from 'vitest';
import { readTxt } from '../../extractors/readers/txt.js';
import { type BlockSummary, summarize } from './helpers.js';

const p = (texts: string[], bold = false): BlockSummary => ({ kind: 'paragraph', level: null, bold, texts });
const h = (level: number, text: string, bold = false): BlockSummary => ({ kind: 'heading', level, bold, texts: [text] });
const li = (...texts: string[]): BlockSummary => ({ kind: 'list_item', level: null, bold: false, texts });
const fn = (...texts: string[]): BlockSummary => ({ kind: 'footnote', level: null, bold: false, texts });
const table = (...rows: string[][][]): BlockSummary => ({ kind: 'table', rows });

function blocksOf(text: string): BlockSummary[] {
  const doc = readTxt(new Uint8Array(Buffer.from(text)));
  return doc.blocks.map((b) => summarize(doc, b));
}

describe('text blocks', () => {
  it.each<[string, string, BlockSummary[]]>([
    ['paragraphs split on blank lines, one piece per line', 'Dòng một\nDòng hai  \n \n  Đoạn khác', [p(['Dòng một', 'Dòng hai']), p(['Đoạn khác'])]],
    ['heading levels; no space or 7 hashes is no heading', '## BÁO CÁO\n### Về việc ###\n#Không phải\n####### bảy', [
      h(2, 'BÁO CÁO'), h(3, 'Về việc'), p(['#Không phải', '####### bảy']),
    ]],
    ['a heading ends the paragraph before it', 'Đoạn văn\n# Tiêu đề\nĐoạn sau', [p(['Đoạn văn']), h(1, 'Tiêu đề'), p(['Đoạn sau'])]],
    ['list items, one block per line, indented too', '- Như trên;\n- Lãnh đạo Sở;\n+ Tiêu dự án 1\n• Điểm\n* Sao\n  - thụt lề', [
      li('- Như trên;'), li('- Lãnh đạo Sở;'), li('+ Tiêu dự án 1'), li('• Điểm'), li('* Sao'), li('- thụt lề'),
    ]],
    ['a plain line right after an item continues it', '- Mục một\ntiếp theo dòng\n\nĐoạn', [li('- Mục một', 'tiếp theo dòng'), p(['Đoạn'])]],
    ['no list without the space', '-5% so với\n-\tx', [p(['-5% so với']), table([['-'], ['x']])]],
    ['footnotes start with a superscript digit', 'Số liệu 350.195 tỷ đồng³\n\n³ Theo báo cáo số 12/BC-UBND\n¹² Hai chữ số', [
      p(['Số liệu 350.195 tỷ đồng³']), fn('³ Theo báo cáo số 12/BC-UBND'), fn('¹² Hai chữ số'),
    ]],
    ['a line wholly in ** is a bold block of its own', 'Mở đầu\n**Nơi nhận:**\n- Như trên;', [p(['Mở đầu']), p(['**Nơi nhận:**'], true), li('- Như trên;')]],
    ['a paragraph wrapped in ** over two lines is bold', '**KT. GIÁM ĐỐC  \nPHÓ GIÁM ĐỐC**', [p(['**KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC**'], true)]],
    ['** around two separate runs is not bold', '**Điều 1.** và **Điều 2.**', [p(['**Điều 1.** và **Điều 2.**'])]],
    ['a bold heading', '## **Tiêu đề**', [h(2, '**Tiêu đề**', true)]],
    ['CRLF and CR line breaks', 'a\r\nb\rc', [p(['a', 'b', 'c'])]],
  ])('%s', (_name, text, expected) => {
    expect(blocksOf(text)).toEqual(expected);
  });

  it('pieces are exact ranges of the lines', () => {
    const doc = readTxt(new Uint8Array(Buffer.from('\n## BÁO CÁO\n\n  Kính gửi: Sở Tài chính  \nA\t\tB ')));
    expect(doc.lines).toEqual([
      { text: '', page: null, line: 1 },
      { text: '## BÁO CÁO', page: null, line: 2 },
      { text: '', page: null, line: 3 },
      { text: '  Kính gửi: Sở Tài chính  ', page: null, line: 4 },
      { text: 'A\t\tB ', page: null, line: 5 },
    ]);
    expect(doc.blocks).toEqual([
      { kind: 'heading', level: 2, bold: false, pieces: [{ line: 1, from: 3, to: 10 }] },
      { kind: 'paragraph', level: null, bold: false, pieces: [{ line: 3, from: 2, to: 24 }] },
      {
        kind: 'table',
        rows: [[
          { pieces: [{ line: 4, from: 0, to: 1 }], colspan: 1, rowspan: 1 },
          { pieces: [], colspan: 1, rowspan: 1 },
          { pieces: [{ line: 4, from: 3, to: 4 }], colspan: 1, rowspan: 1 },
        ]],
      },
    ]);
    expect(doc).toMatchObject({ format: 'txt', encoding: 'utf-8', warnings: [], nPages: null });
  });
});

describe('tab tables', () => {
  it.each<[string, string, BlockSummary[]]>([
    ['rows and cells, empty fields have no pieces, a blank line ends the table', 'STT\tNội dung\t\tGhi chú\n1\tSố lớp\t30\t\n\nSau bảng', [
      table([['STT'], ['Nội dung'], [], ['Ghi chú']], [['1'], ['Số lớp'], ['30'], []]),
      p(['Sau bảng']),
    ]],
    ['a row may start with a TAB once the table has started', 'A\tB\n\tTổng\n# Tiêu đề', [table([['A'], ['B']], [[], ['Tổng']]), h(1, 'Tiêu đề')]],
    ['a TAB that only indents does not make a table', '\tThụt lề bằng tab\nDòng hai', [p(['Thụt lề bằng tab', 'Dòng hai'])]],
    ['a table interrupts a paragraph', 'Biểu số 01\nCột 1\tCột 2', [p(['Biểu số 01']), table([['Cột 1'], ['Cột 2']])]],
  ])('%s', (_name, text, expected) => {
    expect(blocksOf(text)).toEqual(expected);
  });
});

describe('Markdown pipe tables', () => {
  it.each<[string, string, BlockSummary[]]>([
    ['header, separator skipped, empty cell', '| Năm | Doanh thu |\n|---|---:|\n| 2008 | 33.000 |\n| 2009 |  |\n\nSau', [
      table([['Năm'], ['Doanh thu']], [['2008'], ['33.000']], [['2009'], []]),
      p(['Sau']),
    ]],
    ['no separator row: not a table', '| a | b |\n| c | d |', [p(['| a | b |', '| c | d |'])]],
    ['rows wrapped by the converter are joined up to the column count', '| Năm | DT | LN |\n|---|---|---|\n2008[138]\n|\n33.000 | 8.600 |\n2009\n|\n60.211 | 10.290 |', [
      table([['Năm'], ['DT'], ['LN']], [['2008[138]'], ['33.000'], ['8.600']], [['2009'], ['60.211'], ['10.290']]),
    ]],
    ['an open cell continues on the next line', '| A | B |\n|---|---|\n| dài\nquá | x |', [table([['A'], ['B']], [['dài', 'quá'], ['x']])]],
    ['a header wrapped before the separator', '| STT | Họ tên |\nNhiệm kỳ |\n|---|---|---|\n| 1 | Tôn Đức Thắng | 1976 |', [
      table([['STT'], ['Họ tên'], ['Nhiệm kỳ']], [['1'], ['Tôn Đức Thắng'], ['1976']]),
    ]],
    ['an escaped pipe stays in the cell', '| a \\| b | c |\n|---|---|', [table([['a \\| b'], ['c']])]],
  ])('%s', (_name, text, expected) => {
    expect(blocksOf(text)).toEqual(expected);
  });
});
