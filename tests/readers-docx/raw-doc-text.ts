import type { RawDoc, RawPiece, RawTableBlock, RawTextBlock } from '../../extractors/readers/types.js';

const WHITESPACE_RUN = /\s+/g;

export function collapse(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim().normalize('NFC');
}

export function piecesText(doc: RawDoc, pieces: RawPiece[]): string {
  return pieces.map((p) => doc.lines[p.line].text.slice(p.from, p.to)).join(' ');
}

export function textBlocks(doc: RawDoc): RawTextBlock[] {
  return doc.blocks.filter((b): b is RawTextBlock => b.kind !== 'table');
}

export function tableBlocks(doc: RawDoc): RawTableBlock[] {
  return doc.blocks.filter((b): b is RawTableBlock => b.kind === 'table');
}

/** Text of every non-table block: pieces joined with one space, whitespace collapsed, NFC. */
export function blockTexts(doc: RawDoc): string[] {
  return textBlocks(doc).map((b) => collapse(piecesText(doc, b.pieces)));
}

export function cellTexts(doc: RawDoc, table: RawTableBlock): string[][] {
  return table.rows.map((row) => row.map((cell) => piecesText(doc, cell.pieces)));
}

/** Structural invariants every RawDoc from the docx reader keeps. */
export function rawDocProblems(doc: RawDoc): string[] {
  const problems: string[] = [];
  doc.lines.forEach((l, i) => {
    if (l.line !== i + 1) problems.push(`line ${i} numbered ${l.line}`);
    if (l.page !== null) problems.push(`line ${i} has page ${l.page}`);
    if (/[\r\n]/.test(l.text)) problems.push(`line ${i} contains a line break`);
  });
  const used = new Array<number>(doc.lines.length).fill(0);
  const checkPiece = (p: RawPiece): void => {
    const line = doc.lines[p.line];
    if (!line || p.from < 0 || p.to > line.text.length || p.from >= p.to) problems.push(`bad piece ${JSON.stringify(p)}`);
    else used[p.line] += 1;
  };
  for (const b of doc.blocks) {
    if (b.kind === 'table') b.rows.flat().forEach((c) => c.pieces.forEach(checkPiece));
    else {
      if (b.pieces.length === 0) problems.push('text block without pieces');
      b.pieces.forEach(checkPiece);
    }
  }
  used.forEach((n, i) => n !== 1 && problems.push(`line ${i} used by ${n} pieces`));
  return problems;
}
