import { DoisoatError } from '../../../pipeline/errors.js';
import type { RawCell, RawTableBlock } from '../types.js';
import { isBlockElement, isElement, MAX_ELEMENT_DEPTH, type DomElement, type DomNode } from './dom.js';
import { collectInline, InlineBuffer, type NoteNumbers } from './inline-text.js';
import { hasText, type RawDocBuilder } from './raw-doc-builder.js';

/** Tables nested deeper than this are refused (too_deep); nested tables are flattened into their cell. */
export const MAX_TABLE_DEPTH = 8;
const ROW_GROUP_TAGS = new Set(['thead', 'tbody', 'tfoot']);
const CELL_TAGS = new Set(['td', 'th']);
const SPAN_VALUE = /^\s*(\d+)/;
const SPAN_DIGITS_GROUP = 1;
/** Joins a cell's paragraphs (and a nested table's cells). */
const CELL_PART_SEPARATOR = ' ';

function childElements(el: DomElement): DomElement[] {
  return el.children.filter(isElement);
}

function rowsOf(table: DomElement): DomElement[] {
  return childElements(table).flatMap((child) =>
    child.name === 'tr' ? [child] : ROW_GROUP_TAGS.has(child.name) ? childElements(child).filter((r) => r.name === 'tr') : [],
  );
}

function cellsOf(row: DomElement): DomElement[] {
  return childElements(row).filter((c) => CELL_TAGS.has(c.name));
}

function spanOf(cell: DomElement, attribute: 'colspan' | 'rowspan'): number {
  const m = SPAN_VALUE.exec(cell.attribs[attribute] ?? '');
  const n = m ? Number(m[SPAN_DIGITS_GROUP]) : 1;
  return n >= 1 ? n : 1;
}

function checkTableDepth(tableDepth: number): void {
  if (tableDepth > MAX_TABLE_DEPTH) throw new DoisoatError('too_deep', undefined, { tableDepth, limit: MAX_TABLE_DEPTH });
}

/** The text parts of a cell's content: one per paragraph or line, nested tables flattened cell by cell. */
function cellParts(nodes: DomNode[], tableDepth: number, depth: number, notes: NoteNumbers): string[] {
  if (depth > MAX_ELEMENT_DEPTH) throw new DoisoatError('too_deep', undefined, { depth });
  const parts: string[] = [];
  let buffer = new InlineBuffer();
  const flush = (): void => {
    for (const segment of buffer.segments) {
      const text = segment.map((r) => r.text).join('');
      if (hasText(text)) parts.push(text.trim());
    }
    buffer = new InlineBuffer();
  };
  for (const node of nodes) {
    if (!isBlockElement(node)) {
      collectInline(node, buffer, depth, notes);
      continue;
    }
    flush();
    if (node.name === 'table') {
      checkTableDepth(tableDepth + 1);
      for (const row of rowsOf(node)) {
        for (const cell of cellsOf(row)) parts.push(...cellParts(cell.children, tableDepth + 1, depth + 1, notes));
      }
    } else {
      parts.push(...cellParts(node.children, tableDepth, depth + 1, notes));
    }
  }
  flush();
  return parts;
}

function readCell(cell: DomElement, b: RawDocBuilder, tableDepth: number, depth: number): RawCell {
  const text = cellParts(cell.children, tableDepth, depth + 1, b.notes).join(CELL_PART_SEPARATOR);
  return {
    pieces: text ? [b.addLine(text)] : [],
    colspan: spanOf(cell, 'colspan'),
    rowspan: spanOf(cell, 'rowspan'),
  };
}

/** A `<table>` as rows × cells as the HTML gives them; each non-empty cell is one source line. */
export function readTable(table: DomElement, b: RawDocBuilder, tableDepth: number, depth: number): RawTableBlock {
  checkTableDepth(tableDepth);
  const rows = rowsOf(table).map((row) => cellsOf(row).map((cell) => readCell(cell, b, tableDepth, depth + 2)));
  return { kind: 'table', rows };
}
