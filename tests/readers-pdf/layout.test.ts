import { describe, expect, it } from 'vitest';
import { readPdf } from '../../extractors/readers/pdf.js';
import { joinPieces, pagesPdf, textBlocks } from './helpers.js';

const HELVETICA = '<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>';

/** Lines of 11 pt Helvetica from the top of an A4 page, one every 14 pt, starting at baseline `top` (from the bottom). */
function text(lines: readonly string[], top = 760, x = 72): string {
  return lines.map((l, k) => `BT /F1 11 Tf ${x} ${top - 14 * k} Td (${l}) Tj ET`).join('\n');
}

describe('page furniture', () => {
  const page = (n: number, body: string[]): { content: string } => ({
    content: [
      `BT /F1 9 Tf 72 800 Td (Bao cao so 15/BC-UBND - trang ${n}) Tj ET`,
      text(body),
      `BT /F1 9 Tf 290 40 Td (${n}) Tj ET`,
    ].join('\n'),
  });
  const pdf = pagesPdf(
    [
      page(1, ['Dong mot cua doan van thu nhat keo dai den tan le phai cua trang giay nay de', 'tiep tuc o trang sau.']),
      page(2, ['Doan van thu hai.']),
      page(3, ['Doan van thu ba.']),
    ],
    HELVETICA,
  );

  it('keeps running headers and page numbers in lines but not in blocks', async () => {
    const doc = await readPdf(pdf);
    expect(doc.lines.filter((l) => l.line === 1).map((l) => l.text)).toEqual([
      'Bao cao so 15/BC-UBND - trang 1',
      'Bao cao so 15/BC-UBND - trang 2',
      'Bao cao so 15/BC-UBND - trang 3',
    ]);
    expect(doc.lines.filter((l) => l.text === '2' || l.text === '3').map((l) => [l.page, l.line])).toEqual([[2, 3], [3, 3]]);
    expect(textBlocks(doc).map((b) => joinPieces(doc, b.pieces))).toEqual([
      'Dong mot cua doan van thu nhat keo dai den tan le phai cua trang giay nay de tiep tuc o trang sau.',
      'Doan van thu hai.',
      'Doan van thu ba.',
    ]);
  });
});

describe('turned pages', () => {
  it.each([90, 180, 270])('a page with /Rotate %i and text drawn upright in its own space reads normally', async (rotate) => {
    const doc = await readPdf(pagesPdf([{ content: text(['Bao cao ket qua thuc hien nam 2023', 'Tong kinh phi 6.616 trieu dong.']), rotate }], HELVETICA));
    expect(doc.lines.map((l) => l.text)).toEqual(['Bao cao ket qua thuc hien nam 2023', 'Tong kinh phi 6.616 trieu dong.']);
  });

  it('text drawn turned by a 90° matrix (a landscape table printed sideways) reads normally', async () => {
    const content = ['Tong so 1.886 nguoi', 'Nam 2020: 504 nguoi'].map((l, k) => `BT /F1 11 Tf 0 1 -1 0 ${300 + 14 * k} 100 Tm (${l}) Tj ET`).join('\n');
    const doc = await readPdf(pagesPdf([{ content }], HELVETICA));
    expect(doc.lines.map((l) => l.text)).toEqual(['Tong so 1.886 nguoi', 'Nam 2020: 504 nguoi']);
    expect(doc.warnings).toEqual([]);
  });
});

describe('superscripts drawn with a text rise', () => {
  it('a small digit raised with Ts after a word becomes a superscript character, glued to the word', async () => {
    const content = 'BT /F1 12 Tf 72 720 Td (Theo Ke hoach) Tj /F1 7 Tf 4 Ts (2) Tj 0 Ts /F1 12 Tf ( ngay 5/6/2023 va 350.195 ty dong) Tj /F1 7 Tf 4 Ts (3) Tj ET';
    const doc = await readPdf(pagesPdf([{ content }], HELVETICA));
    expect(doc.lines.map((l) => l.text)).toEqual(['Theo Ke hoach² ngay 5/6/2023 va 350.195 ty dong³']);
  });

  it('a digit of the same size on the baseline stays a digit', async () => {
    const content = 'BT /F1 12 Tf 72 720 Td (Ke hoach 2) Tj ET';
    const doc = await readPdf(pagesPdf([{ content }], HELVETICA));
    expect(doc.lines.map((l) => l.text)).toEqual(['Ke hoach 2']);
  });
});
