import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../extractors/readers/pdf.js';
import type { RawDoc } from '../../extractors/readers/types.js';
import { SEEDS, bytesOf, joinPieces, norm, referenceParagraphs, referenceTables, tableFields, tables, textBlocks } from './helpers.js';

const CASES = [
  { seed: '000_63739cf91234dbc4', pages: 4, footnotes: 2 },
  { seed: '001_157e71765e27d8f0', pages: 10, footnotes: 7 },
  { seed: '002_5400b95413840074', pages: 2, footnotes: 0 },
  { seed: '004_7690d259663c1765', pages: 7, footnotes: 0 },
] as const;

const docs = new Map<string, RawDoc>();
beforeAll(async () => {
  for (const c of CASES) docs.set(c.seed, await readPdf(bytesOf(`${SEEDS}${c.seed}.pdf`)));
});
const doc = (seed: string): RawDoc => docs.get(seed) as RawDoc;

describe.each(CASES)('seed $seed', ({ seed, pages, footnotes }) => {
  it('has the page count of the file', () => {
    expect(doc(seed).nPages).toBe(pages);
    expect(doc(seed).format).toBe('pdf');
    expect(new Set(doc(seed).lines.map((l) => l.page)).size).toBe(pages);
  });

  it('gives the paragraphs of the .txt, in order', () => {
    const d = doc(seed);
    const got = textBlocks(d).map((b) => joinPieces(d, b.pieces));
    const want = referenceParagraphs(readFileSync(`${SEEDS}${seed}.txt`, 'utf8'));
    const diffs = want.map((w, i) => (got[i] === w ? null : { i, got: got[i], want: w })).filter((x) => x !== null);
    if (diffs.length > 0) console.log(JSON.stringify(diffs.slice(0, 5), null, 1));
    expect(diffs).toEqual([]);
    expect(got.length).toBe(want.length);
  });

  it('marks the footnote paragraphs (they open with a superscript number)', () => {
    const notes = textBlocks(doc(seed)).filter((b) => b.kind === 'footnote');
    expect(notes.length).toBe(footnotes);
    for (const b of notes) expect(joinPieces(doc(seed), b.pieces)).toMatch(/^[¹²³⁴⁵⁶⁷⁸⁹⁰] \S/u);
  });

  it('numbers lines per page from 1 and keeps them NFC without newlines', () => {
    const d = doc(seed);
    let prev = { page: 0, line: 0 };
    for (const l of d.lines) {
      expect(l.line).toBe(l.page === prev.page ? prev.line + 1 : 1);
      expect(l.text).toBe(l.text.normalize('NFC'));
      expect(l.text.includes('\n')).toBe(false);
      prev = { page: l.page as number, line: l.line };
    }
  });

  it('points every piece inside its line', () => {
    const d = doc(seed);
    const pieces = d.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.flatMap((c) => c.pieces)) : b.pieces));
    for (const p of pieces) {
      expect(p.from).toBeGreaterThanOrEqual(0);
      expect(p.to).toBeLessThanOrEqual(d.lines[p.line].text.length);
      expect(p.to).toBeGreaterThan(p.from);
    }
  });
});

describe('text as laid out', () => {
  it.each([
    ['001_157e71765e27d8f0', 1, 2, 'Lạng Sơn, ngày 30 tháng 6 năm 2023'],
    ['001_157e71765e27d8f0', 1, 1, 'Số: 1488/BC-STTTT'],
    ['001_157e71765e27d8f0', 1, 4, 'Kết quả triển khai trong 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2023'],
    ['001_157e71765e27d8f0', 2, 1, 'hoạch số 74/KH-UBND ngày 30/3/2023 về việc Triển khai thiết lập mới, nâng cấp đài truyền'],
    // pdftotext -layout splits this one ("CÁN B Ộ CƠ S Ở"): letters and accents drawn in two fonts stay one word.
    ['004_7690d259663c1765', 6, 27, 'NÂNG CAO NĂNG LỰC CHO CÔNG ĐỒNG VÀ CÁN BỘ CƠ SỞ'],
    ['002_5400b95413840074', 1, 3, 'BÁO CÁO'],
  ])('%s page %i line %i reads %s', (seed, page, line, text) => {
    const l = doc(seed).lines.find((x) => x.page === page && x.line === line);
    expect(l?.text).toBe(text);
  });

  it.each([
    ['001_157e71765e27d8f0', 'Truyền thông đã tham mưu cho UBND tỉnh ban hành Kế hoạch¹ triển khai thực hiện nhiệm vụ'],
    ['001_157e71765e27d8f0', 'đoạn 2021-2025²; Tham mưu cho UBND tỉnh xây dựng kế hoạch thực hiện nội dung thành'],
    ['001_157e71765e27d8f0', 'đoạn 2022 - 2025³.'],
    ['000_63739cf91234dbc4', '¹ Công văn số: 510/STTTT-TTBCXB ngày 15/3/2023 tuyên truyền thực hiện Chương trình'],
  ])('%s has the line with superscript markers: %s', (seed, text) => {
    expect(doc(seed).lines.map((l) => l.text)).toContain(text);
  });

  it('joins a line cut after the hyphen of a symbol to the next without a space', () => {
    const d = doc('001_157e71765e27d8f0');
    const block = textBlocks(d).find((b) => joinPieces(d, b.pieces).startsWith('Sở Thông tin và Truyền thông đã tham mưu cho UBND tỉnh ban hành Kế hoạch số 220/KH-UBND'));
    expect(block).toBeDefined();
    const k = block?.pieces.findIndex((p) => d.lines[p.line].text.endsWith('220/KH-')) ?? -1;
    expect(k).toBeGreaterThanOrEqual(0);
    expect(d.lines[block?.pieces[k + 1].line as number].text.startsWith('UBND ngày 19/10/2022')).toBe(true);
    expect((block?.pieces[k + 1] as { noSpaceBefore?: boolean }).noSpaceBefore).toBe(true);
    // A line ending in " -" (a dash between words) keeps its space.
    const spaced = textBlocks(d).flatMap((b) => b.pieces).filter((p) => d.lines[p.line].text.endsWith(' -'));
    for (const p of spaced) expect((p as { noSpaceBefore?: boolean }).noSpaceBefore).toBeUndefined();
  });
});

describe('block kinds', () => {
  it.each([
    ['002_5400b95413840074', 'BÁO CÁO', 'heading', true],
    ['002_5400b95413840074', 'I. KẾT QUẢ THỰC HIỆN', 'heading', true],
    ['002_5400b95413840074', '- Như trên;', 'list_item', false],
    ['002_5400b95413840074', '- Dự án 6: Truyền thông và giảm nghèo về thông tin', 'list_item', true],
    ['002_5400b95413840074', 'Kính gửi: Sở Lao động - Thương binh và Xã hội', 'paragraph', false],
    ['004_7690d259663c1765', '+ Đối tượng gồm Trưởng, thôn, bản hoặc phó Trưởng thôn, thành viên ban giám sát cộng đồng, Hội Nông dân; Bí thư, Phó Bí thư Chi bộ thôn, ban; người có uy tín; cộng đồng người dân; hộ nghèo, hộ cận nghèo (Ưu tiên hộ nghèo, hộ cận nghèo, lao động hộ nghèo, hộ cận nghèo).', 'list_item', false],
  ])('%s: "%s" is a %s (bold %s)', (seed, text, kind, bold) => {
    const d = doc(seed);
    const b = textBlocks(d).find((x) => joinPieces(d, x.pieces) === text);
    expect(b?.kind).toBe(kind);
    expect(b?.bold).toBe(bold);
    expect(b?.level).toBeNull();
  });
});

describe('report 004 tables', () => {
  const seed = '004_7690d259663c1765';
  const ref = () => referenceTables(readFileSync(`${SEEDS}${seed}.txt`, 'utf8'));

  it('finds the two tables, after "Biểu số 01" and "Biểu số 02"', () => {
    const d = doc(seed);
    expect(tables(d).length).toBe(2);
    const before = d.blocks.flatMap((b, i) => {
      const prev = d.blocks[i - 1];
      return b.kind === 'table' && prev !== undefined && prev.kind !== 'table' ? [joinPieces(d, prev.pieces)] : [];
    });
    expect(before).toEqual(['Biểu số 01', 'Biểu số 02']);
  });

  it('Biểu số 01 (split over pages 6 and 7) equals the txt table cell by cell', () => {
    const d = doc(seed);
    const got = tableFields(d, tables(d)[0]);
    expect(got).toEqual(ref()[0]);
    expect(got.length).toBe(10);
    expect(got[0]).toEqual(['STT', 'Nội dung', 'Đơn vị tính', 'Tổng số', '', 'Năm 2017', '', 'Năm 2018', '', 'Năm 2019', '', 'Năm 2020', '', 'Ghi chú']);
    expect(got[9]).toEqual(['', 'Tổng cộng số người = (1+2)', '', '1.886', '1.886', '388', '388', '525', '525', '469', '469', '504', '504', '-']);
  });

  it('Biểu số 02 equals the txt table in the 12 columns the page shows; the rest was cut off when printed', () => {
    const d = doc(seed);
    const got = tableFields(d, tables(d)[1]);
    // LibreOffice drew nothing right of "Năm 2020": its second sub-column and "Ghi chú" fall off the page.
    expect(got).toEqual(ref()[1].map((row) => row.slice(0, 12)));
    expect(got[3]).toEqual(['-', 'Số buổi', 'Buổi', '9', '', '', '', '5', '5', '4', '4', '']);
    expect(d.warnings.some((w) => w.includes('trang 7') && w.includes('tràn'))).toBe(true);
  });
});
