import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../extractors/readers/docx.js';
import { blockTexts, cellTexts, collapse, piecesText, rawDocProblems, tableBlocks } from './raw-doc-text.js';
import { convertToDocx, hasSoffice } from './soffice.js';

const NEW_TXT = 'tests/readers-docx/fixtures/new-report.txt';
const STRUCTURES_FODT = 'tests/readers-docx/fixtures/structures.fodt';

// Documents made here with LibreOffice from sources written for these tests, not from the seeds.
describe.skipIf(!hasSoffice())('docx made with soffice --convert-to docx', () => {
  it('a new txt reads back one block per non-empty line, kinds from the typed bullets and footnote digit', async () => {
    const doc = await readDocx(convertToDocx(NEW_TXT));
    const lines = readFileSync(NEW_TXT, 'utf8').split('\n').map(collapse).filter(Boolean);
    expect(blockTexts(doc)).toEqual(lines);
    expect(rawDocProblems(doc)).toEqual([]);
    const kinds = doc.blocks.map((b) => b.kind);
    expect(kinds.filter((k) => k === 'list_item')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'footnote')).toHaveLength(1);
    expect(kinds.filter((k) => k !== 'list_item' && k !== 'footnote')).toEqual(new Array(lines.length - 5).fill('paragraph'));
    // inner spaces are kept in the source line, entities decoded, the tab kept
    const texts = doc.lines.map((l) => l.text);
    expect(texts).toContain('1.1. Tổng kinh phí được giao là 2.450,5 triệu đồng; đã giải ngân 2.100 triệu đồng, đạt  85,7%.');
    expect(texts).toContain('• Phối hợp với Phòng Lao động - TB&XH rà soát danh sách <đợt 2>.');
    expect(texts).toContain('Cột A\tCột B\t12.345');
  });

  it('a document with a real footnote, nested list, spanned and nested tables, bold and a line break', async () => {
    const doc = await readDocx(convertToDocx(STRUCTURES_FODT));
    expect(rawDocProblems(doc)).toEqual([]);
    const text = doc.blocks.filter((b) => b.kind !== 'table').map((b) => [b.kind, b.level, b.bold, piecesText(doc, b.pieces)]);
    expect(text).toEqual([
      // Heading 2 is bold by its style, not by its runs: mammoth's HTML has no <strong>
      ['heading', 2, false, 'BÁO CÁO THỬ NGHIỆM'],
      ['paragraph', null, false, 'Thực hiện Kế hoạch số 75/KH-UBND¹ và diện tích 120 m².'],
      ['paragraph', null, true, 'Nơi nhận:'],
      ['paragraph', null, true, 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH'],
      ['list_item', null, false, 'Sở Tài chính;'],
      ['list_item', null, false, 'Phòng Kế hoạch;'],
      ['list_item', null, false, 'Lưu: VT.'],
      ['paragraph', null, false, 'Trần Bảo Trung'],
      ['footnote', null, false, '¹ Kế hoạch số 75/KH-UBND ngày 30/3/2023 của UBND tỉnh.'],
    ]);
    const [table] = tableBlocks(doc);
    expect(tableBlocks(doc)).toHaveLength(1);
    expect(cellTexts(doc, table)).toEqual([['STT', 'Tổng số'], ['Kế hoạch', 'Thực hiện'], ['1', '1.568 người', 'Trong đó: TW 6.423']]);
    expect(table.rows.map((r) => r.map((c) => [c.colspan, c.rowspan]))).toEqual([[[1, 2], [2, 1]], [[1, 1], [1, 1]], [[1, 1], [1, 1], [1, 1]]]);
    expect(doc.warnings).toEqual([]);
  });
});
