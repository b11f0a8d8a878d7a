import type { Format } from '../../schemas/source.js';

/**
 * What every format reader returns: the source as laid-out lines, and blocks that point into them.
 * The assembler (pipeline/assemble.ts) turns this into the normalised text and the Document, the same
 * way for every format, so txt, docx and pdf renditions of a report give the same text.
 */
export interface SourceLine {
  /** Text of the line as read (not yet NFC-normalised). Never contains '\n'. */
  text: string;
  /** 1-based page for PDF, null otherwise. */
  page: number | null;
  /** 1-based line number (per page for PDF, per file otherwise). */
  line: number;
}

/** A range of characters `[from, to)` of one source line. */
export interface RawPiece {
  line: number; // index into RawDoc.lines
  from: number;
  to: number;
}

export type TextBlockKind = 'heading' | 'paragraph' | 'list_item' | 'footnote';

export interface RawTextBlock {
  kind: TextBlockKind;
  /** Heading level when the source says it (docx h1-h6, Markdown #), else null. */
  level: number | null;
  bold: boolean;
  /** Pieces joined with one space (a line wrap) to make the block text. */
  pieces: RawPiece[];
}

export interface RawCell {
  /** Pieces joined with one space (a wrapped cell). Empty for an empty cell. */
  pieces: RawPiece[];
  colspan: number;
  rowspan: number;
}

export interface RawTableBlock {
  kind: 'table';
  /** Rows as the source gives them: a cell covered by a span from above or the left is NOT repeated. */
  rows: RawCell[][];
}

export type RawBlock = RawTextBlock | RawTableBlock;

export interface RawDoc {
  format: Format;
  /** Detected encoding for txt, null for other formats. */
  encoding: string | null;
  lines: SourceLine[];
  blocks: RawBlock[];
  warnings: string[];
  nPages: number | null;
}

/** Limits a reader must respect; exceeding one is a ReadError with a specific code. */
export interface ReadLimits {
  maxBytes: number;
  maxPages: number;
  maxDecompressedBytes: number;
  maxMillis: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxPages: 2000,
  maxDecompressedBytes: 256 * 1024 * 1024,
  maxMillis: 120_000,
};
