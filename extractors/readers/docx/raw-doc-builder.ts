import type { RawBlock, RawPiece, SourceLine } from '../types.js';
import type { NoteNumbers } from './inline-text.js';

const NON_SPACE = /\S/;
const LEADING_SPACE = /^\s*/;
const TRAILING_SPACE = /\s*$/;

export function hasText(text: string): boolean {
  return NON_SPACE.test(text);
}

/** Collects the source lines and blocks of one docx, in document order. */
export class RawDocBuilder {
  readonly lines: SourceLine[] = [];
  readonly blocks: RawBlock[] = [];
  readonly notes: NoteNumbers = new Map();

  /** Adds a source line and returns the piece covering its text without outer whitespace. */
  addLine(text: string): RawPiece {
    const line = this.lines.length;
    this.lines.push({ text, page: null, line: line + 1 });
    const from = LEADING_SPACE.exec(text)![0].length;
    const to = text.length - TRAILING_SPACE.exec(text)![0].length;
    return { line, from, to: Math.max(from, to) };
  }

  pieceText(piece: RawPiece): string {
    return this.lines[piece.line].text.slice(piece.from, piece.to);
  }
}
