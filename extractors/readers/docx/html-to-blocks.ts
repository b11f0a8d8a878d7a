import { DoisoatError } from '../../../pipeline/errors.js';
import type { RawPiece, RawTextBlock, SourceLine, RawBlock, TextBlockKind } from '../types.js';
import { paragraphKind } from './block-kind.js';
import { headingLevel, isBlockElement, MAX_ELEMENT_DEPTH, parseHtml, type DomElement, type DomNode } from './dom.js';
import { collectInline, InlineBuffer } from './inline-text.js';
import { hasText, RawDocBuilder } from './raw-doc-builder.js';
import { toSuperscript } from './superscript.js';
import { readTable } from './table-block.js';

/** One note of mammoth's note list, gathered into a single footnote block. */
interface NoteFrame {
  block: RawTextBlock | null;
  /** Superscript number put before the note's first line, null once used. */
  marker: string | null;
}

/** How the text directly inside a block element becomes blocks. */
interface Frame {
  kind: TextBlockKind;
  level: number | null;
  /** Inside <li> or a note: nested <p> keep this kind instead of being classified. */
  inherited: boolean;
  note: NoteFrame | null;
}

const PARAGRAPH: Frame = { kind: 'paragraph', level: null, inherited: false, note: null };
/** id of an item of mammoth's note list (`<li id="footnote-1">`). */
const NOTE_ITEM_ID = /^(?:footnote|endnote)-(\d+)$/;
const NOTE_ITEM_NUMBER_GROUP = 1;

function flushText(buffer: InlineBuffer, frame: Frame, b: RawDocBuilder): void {
  const pieces: RawPiece[] = [];
  let bold = true;
  for (const segment of buffer.segments) {
    let text = segment.map((r) => r.text).join('');
    if (!hasText(text)) continue;
    bold &&= segment.every((r) => r.bold || !hasText(r.text));
    if (frame.note?.marker) {
      text = `${frame.note.marker} ${text.trimStart()}`;
      frame.note.marker = null;
    }
    pieces.push(b.addLine(text));
  }
  if (pieces.length === 0) return;
  if (frame.note) {
    if (!frame.note.block) {
      frame.note.block = { kind: 'footnote', level: null, bold: true, pieces: [] };
      b.blocks.push(frame.note.block);
    }
    frame.note.block.pieces.push(...pieces);
    frame.note.block.bold &&= bold;
    return;
  }
  const kind = frame.inherited || frame.kind !== 'paragraph' ? frame.kind : paragraphKind(b.pieceText(pieces[0]));
  b.blocks.push({ kind, level: frame.level, bold, pieces });
}

function noteFrame(item: DomElement, b: RawDocBuilder): Frame | null {
  const id = item.attribs.id ?? '';
  const m = NOTE_ITEM_ID.exec(id);
  if (!m) return null;
  const shown = b.notes.get(id) ?? Number(m[NOTE_ITEM_NUMBER_GROUP]);
  return { kind: 'footnote', level: null, inherited: true, note: { block: null, marker: toSuperscript(String(shown)) } };
}

function frameFor(el: DomElement, parent: Frame, b: RawDocBuilder): Frame {
  if (parent.note) return parent;
  const level = headingLevel(el);
  if (level !== null) return { kind: 'heading', level, inherited: false, note: null };
  if (el.name === 'li') return noteFrame(el, b) ?? { kind: 'list_item', level: null, inherited: true, note: null };
  if (el.name === 'p') return parent.inherited ? parent : PARAGRAPH;
  return parent;
}

function emitBlocks(nodes: DomNode[], frame: Frame, b: RawDocBuilder, depth: number): void {
  if (depth > MAX_ELEMENT_DEPTH) throw new DoisoatError('too_deep', undefined, { depth });
  let buffer = new InlineBuffer();
  for (const node of nodes) {
    if (!isBlockElement(node)) {
      collectInline(node, buffer, depth, b.notes);
      continue;
    }
    flushText(buffer, frame, b);
    buffer = new InlineBuffer();
    if (node.name === 'table') b.blocks.push(readTable(node, b, 1, depth + 1));
    else emitBlocks(node.children, frameFor(node, frame, b), b, depth + 1);
  }
  flushText(buffer, frame, b);
}

/**
 * Turns mammoth's HTML into source lines and blocks: <p>, <h1>-<h6>, <li> and notes are one block each
 * (one source line per <br>-separated line), tables are RawTableBlocks with one source line per cell.
 */
export function htmlToBlocks(html: string): { lines: SourceLine[]; blocks: RawBlock[] } {
  const b = new RawDocBuilder();
  emitBlocks(parseHtml(html), PARAGRAPH, b, 0);
  return { lines: b.lines, blocks: b.blocks };
}
