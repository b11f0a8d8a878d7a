import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../extractors/readers/docx/html-to-blocks.js';
import type { RawDoc } from '../../extractors/readers/types.js';
import { piecesText, rawDocProblems } from './raw-doc-text.js';

function read(html: string): RawDoc {
  const { lines, blocks } = htmlToBlocks(html);
  return { format: 'docx', encoding: null, lines, blocks, warnings: [], nPages: null };
}

/** Each block as [kind, level, bold, text]; tables as rows of [text, colspan, rowspan]. */
function summary(doc: RawDoc): unknown[] {
  return doc.blocks.map((b) =>
    b.kind === 'table'
      ? b.rows.map((row) => row.map((c) => [piecesText(doc, c.pieces), c.colspan, c.rowspan]))
      : [b.kind, b.level, b.bold, piecesText(doc, b.pieces)],
  );
}

const textCases: Array<[string, string, unknown[]]> = [
  ['paragraph', '<p>Số: 12/BC-UBND</p>', [['paragraph', null, false, 'Số: 12/BC-UBND']]],
  ['headings keep their level', '<h1>A</h1><h3>B</h3><h6>C</h6>', [['heading', 1, false, 'A'], ['heading', 3, false, 'B'], ['heading', 6, false, 'C']]],
  ['a heading wholly in <strong> is bold', '<h2><strong>BÁO CÁO</strong></h2>', [['heading', 2, true, 'BÁO CÁO']]],
  ['bold across several <strong> runs and spaces between', '<p><strong>KT.</strong> <strong>GIÁM ĐỐC</strong></p>', [['paragraph', null, true, 'KT. GIÁM ĐỐC']]],
  ['partly bold is not bold', '<p><strong>Nơi nhận:</strong> Sở</p>', [['paragraph', null, false, 'Nơi nhận: Sở']]],
  ['<b> counts as bold', '<p><b>Lê Hải Yến</b></p>', [['paragraph', null, true, 'Lê Hải Yến']]],
  ['typed bullets make list items', '<p>- Như trên;</p><p>+ Tiểu dự án 1</p><p>• Lưu VT</p>', [
    ['list_item', null, false, '- Như trên;'], ['list_item', null, false, '+ Tiểu dự án 1'], ['list_item', null, false, '• Lưu VT'],
  ]],
  ['a dash without a space, or a number, is no bullet', '<p>-5% so với năm 2022</p><p>1. Thuận lợi</p>', [
    ['paragraph', null, false, '-5% so với năm 2022'], ['paragraph', null, false, '1. Thuận lợi'],
  ]],
  ['nested lists flatten in order', '<ul><li>a<ul><li>b</li><li>c<ol><li>d</li></ol></li></ul></li><li>e</li></ul>', [
    ['list_item', null, false, 'a'], ['list_item', null, false, 'b'], ['list_item', null, false, 'c'],
    ['list_item', null, false, 'd'], ['list_item', null, false, 'e'],
  ]],
  ['<sup> digits become superscript digits', '<p>đạt 350.195 tỷ đồng<sup>3</sup>; m<sup>2</sup>; x<sup>10</sup></p>', [['paragraph', null, false, 'đạt 350.195 tỷ đồng³; m²; x¹⁰']]],
  ['a paragraph starting with a superscript digit is a footnote', '<p>¹ Công văn số: 510/STTTT-TTBCXB</p>', [['footnote', null, false, '¹ Công văn số: 510/STTTT-TTBCXB']]],
  ['a superscript digit inside a paragraph is not', '<p>văn bản¹ đôn đốc</p>', [['paragraph', null, false, 'văn bản¹ đôn đốc']]],
  ['entities are decoded', '<p>Phòng Lao động - TB&amp;XH &lt;b&gt; &quot;x&quot; &#273;</p>', [['paragraph', null, false, 'Phòng Lao động - TB&XH <b> "x" đ']]],
  ['<br> splits a block into lines, one piece each', '<p>TM. ỦY BAN NHÂN DÂN<br />KT. CHỦ TỊCH</p>', [['paragraph', null, false, 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH']]],
  ['empty and blank paragraphs make no block', '<p></p><p>   </p><p>x</p>', [['paragraph', null, false, 'x']]],
  ['images and bookmarks add no text', '<p><a id="_Toc1"></a>Hình<img src="" /> 1</p>', [['paragraph', null, false, 'Hình 1']]],
];

describe('htmlToBlocks: text blocks', () => {
  it.each(textCases)('%s', (_name, html, expected) => {
    const doc = read(html);
    expect(summary(doc)).toEqual(expected);
    expect(rawDocProblems(doc)).toEqual([]);
  });
});

describe('htmlToBlocks: mammoth footnotes', () => {
  it('references become superscripts and the note list becomes footnote blocks', () => {
    const html =
      '<p>Kế hoạch<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> và Công văn<sup><a href="#footnote-2" id="footnote-ref-2">[2]</a></sup>.</p>' +
      '<ol><li id="footnote-1"><p> Kế hoạch số 75/KH-UBND ngày 30/3/2023. <a href="#footnote-ref-1">↑</a></p></li>' +
      '<li id="footnote-2"><p> Công văn số 12/UBND-VX.</p><p>Dòng thứ hai. <a href="#footnote-ref-2">↑</a></p></li></ol>';
    expect(summary(read(html))).toEqual([
      ['paragraph', null, false, 'Kế hoạch¹ và Công văn².'],
      ['footnote', null, false, '¹ Kế hoạch số 75/KH-UBND ngày 30/3/2023.'],
      ['footnote', null, false, '² Công văn số 12/UBND-VX. Dòng thứ hai.'],
    ]);
    expect(rawDocProblems(read(html))).toEqual([]);
  });

  it('a note is marked with the number its reference shows, not its internal id', () => {
    const html =
      '<p>a<sup><a href="#footnote-7" id="footnote-ref-7">[1]</a></sup> b<sup><a href="#endnote-3" id="endnote-ref-3">[2]</a></sup></p>' +
      '<ol><li id="footnote-7"><p>Chú thích. <a href="#footnote-ref-7">↑</a></p></li><li id="endnote-3"><p>Cuối. <a href="#endnote-ref-3">↑</a></p></li></ol>';
    expect(summary(read(html))).toEqual([
      ['paragraph', null, false, 'a¹ b²'],
      ['footnote', null, false, '¹ Chú thích.'],
      ['footnote', null, false, '² Cuối.'],
    ]);
  });
});

describe('htmlToBlocks: source lines', () => {
  it('keep the text exactly (inner and outer spaces, NFD), pieces leave the outer spaces out', () => {
    const nfd = 'Nghi\u0323 đi\u0323nh'.normalize('NFD');
    const doc = read(`<p>  Tổng số:  1.568   người </p><p>${nfd}</p>`);
    expect(doc.lines).toEqual([
      { text: '  Tổng số:  1.568   người ', page: null, line: 1 },
      { text: nfd, page: null, line: 2 },
    ]);
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', level: null, bold: false, pieces: [{ line: 0, from: 2, to: 25 }] },
      { kind: 'paragraph', level: null, bold: false, pieces: [{ line: 1, from: 0, to: nfd.length }] },
    ]);
  });

  it('a <br> gives one line per part; a tab stays in the text', () => {
    const doc = read('<p>KT. GIÁM ĐỐC<br />PHÓ\tGIÁM ĐỐC</p>');
    expect(doc.lines.map((l) => l.text)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ\tGIÁM ĐỐC']);
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', level: null, bold: false, pieces: [{ line: 0, from: 0, to: 12 }, { line: 1, from: 0, to: 12 }] },
    ]);
  });
});

function nestedTables(depth: number): string {
  return depth === 0 ? '<p>lõi</p>' : `<table><tr><td><p>t${depth}</p>${nestedTables(depth - 1)}</td></tr></table>`;
}

describe('htmlToBlocks: tables', () => {
  it('rows × cells as given, spans from the attributes, cell paragraphs joined by one space', () => {
    const html =
      '<table><tr><td rowspan="2"><p>STT</p></td><td colspan="2"><p>Tổng</p><p>số</p></td></tr>' +
      '<tr><td><p>Kế hoạch</p></td><td></td></tr></table><p>Sau bảng</p>';
    const doc = read(html);
    expect(summary(doc)).toEqual([
      [[['STT', 1, 2], ['Tổng số', 2, 1]], [['Kế hoạch', 1, 1], ['', 1, 1]]],
      ['paragraph', null, false, 'Sau bảng'],
    ]);
    expect(doc.lines.map((l) => l.text)).toEqual(['STT', 'Tổng số', 'Kế hoạch', 'Sau bảng']);
    expect(rawDocProblems(doc)).toEqual([]);
  });

  it('rows inside thead/tbody count, bad span values fall back to 1', () => {
    const doc = read('<table><thead><tr><th colspan="0">A</th></tr></thead><tbody><tr><td colspan="x">B</td><td rowspan="3">C</td></tr></tbody></table>');
    expect(summary(doc)).toEqual([[[['A', 1, 1]], [['B', 1, 1], ['C', 1, 3]]]]);
  });

  it('nested tables are flattened into their cell, cell by cell', () => {
    const html = '<table><tr><td><p>Trong đó:</p><table><tr><td>TW</td><td>6.423</td></tr><tr><td>ĐP</td><td>193</td></tr></table></td><td>x</td></tr></table>';
    expect(summary(read(html))).toEqual([[[['Trong đó: TW 6.423 ĐP 193', 1, 1], ['x', 1, 1]]]]);
  });

  it('tables nested 8 deep are read, 9 deep throw too_deep', () => {
    expect(summary(read(nestedTables(8)))).toEqual([[[['t8 t7 t6 t5 t4 t3 t2 t1 lõi', 1, 1]]]]);
    expect(() => read(nestedTables(9))).toThrow(expect.objectContaining({ code: 'too_deep' }));
  });

  it('superscripts in cells are mapped too', () => {
    expect(summary(read('<table><tr><td>350.195<sup>3</sup></td></tr></table>'))).toEqual([[[['350.195³', 1, 1]]]]);
  });
});

describe('htmlToBlocks: absurd nesting', () => {
  it('throws too_deep instead of overflowing the stack', () => {
    const html = `<p>${'<span>'.repeat(5000)}x${'</span>'.repeat(5000)}</p>`;
    expect(() => read(html)).toThrow(expect.objectContaining({ code: 'too_deep' }));
  });
});
