/**
 * Plain UTF-8 text, laid out like the seed .txt files: a blank line between paragraphs, kept-together
 * lines on consecutive lines, table rows one per line with cells separated by tabs (a cell spanning two
 * columns is followed by an empty one: `Tổng số\t\tNăm 2022`).
 */
import type { Block, Cell } from '../model.js';

function cellTexts(cells: Cell[]): string[] {
  return cells.flatMap((c) => [c.text, ...Array.from({ length: (c.span ?? 1) - 1 }, () => '')]);
}

export function blockText(block: Block): string {
  switch (block.kind) {
    case 'p':
      return block.runs.map((r) => r.text).join('');
    case 'lines':
      return block.lines.map((line) => line.map((r) => r.text).join('')).join('\n');
    case 'table':
      return block.rows.map((row) => cellTexts(row).join('\t')).join('\n');
  }
}

export function renderTxt(blocks: Block[]): string {
  return `${blocks.map(blockText).join('\n\n')}\n`;
}
