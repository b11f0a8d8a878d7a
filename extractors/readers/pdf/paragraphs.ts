/**
 * Body lines → text blocks. Two consecutive lines are one paragraph unless something says otherwise: a vertical
 * gap wider than the document's line pitch, a change of font size, a footnote number opening the second line,
 * or the first word of the second line fitting at the end of the first (a line that ended early ended its
 * paragraph). Across a page break only the last two tests apply.
 */
import type { RawBlock, RawPiece, RawTextBlock, TextBlockKind } from '../types.js';
import type { PdfLine } from './lines.js';
import type { PageEdges } from './layout.js';

export interface ParagraphContext {
  lines: readonly PdfLine[];
  /** Lines that are not body text (page numbers, table lines). */
  skip: ReadonlySet<number>;
  edges: PageEdges;
  /** Usual baseline distance in a paragraph, as a share of the font size. */
  pitch: number;
  bodySize: number;
  rightEdge: (page: number) => number;
  /** Width of a space, share of font size. */
  spaceRatio: number;
  /** The producer draws a space glyph where it breaks a line at a space. */
  trailingSpaces: boolean;
  pageHeight: (page: number) => number;
}

/** A piece of a block; `noSpaceBefore` asks the assembler to join it to the previous piece without a space. */
export interface PdfPiece extends RawPiece {
  noSpaceBefore?: boolean;
}

/** A gap this much wider than the usual line pitch (share of pitch) separates paragraphs. */
const PARAGRAPH_GAP = 1.3;
/** Lines whose font sizes differ by more than this factor are not one paragraph. */
const SIZE_CHANGE = 1.15;
/**
 * Slack in the fit test (share of size): a word must fit by this much to call the line ended. Producers lay
 * text out with widths that differ slightly from the advances drawn; a near fit proves nothing.
 */
const FIT_SLACK = 0.3;
/** A line ending like this was cut inside a word or a number; the next line continues it. */
const CUT_ENDING = /[\p{L}\p{N}][-‐/]$/u;
/** Cut after a hyphen or slash inside a token (`220/KH-` + `UBND`), when the producer draws trailing spaces. */
const GLUE_ENDING_DRAWN = /\S[-‐–/]$/u;
/** Without that signal only a hyphen right after a letter or digit is taken as a cut. */
const GLUE_ENDING_PLAIN = /[\p{L}\p{N}][-‐]$/u;
/** A sentence or clause ends here. */
const SENTENCE_END = /[.:;!?]$/u;
/** A list item or an enumerated point opens here (`- `, `+ `, `a) `, `1. `, `IV. `). */
const POINT_START = /^(?:[-+•–]\s|[a-zđ]\)\s|\d{1,2}(?:\.\d{1,2})*\.\s|[IVXL]{1,5}\.\s)/u;
/** A footnote marker opens the line: markers in running text stick to the word before them, never open a line. */
const FOOTNOTE_START = /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+/u;
/** A footnote numbered with ordinary digits (LibreOffice's footnote area prints `1Kế hoạch...`). */
const PLAIN_FOOTNOTE_START = /^\d{1,3}(?=[\s\p{L}])/u;
const SMALLER_FONT = 0.9;
/** The footnote area: the lower part of the page (share of its height). */
const FOOTNOTE_ZONE = 0.7;
/** A footnote area stands apart from the text above it by at least this many line pitches. */
const FOOTNOTE_GAP = 2;
const LIST_START = /^[-+•–]\s/u;
/** A heading is a block of at most this many lines. */
const MAX_HEADING_LINES = 3;
/** A block in a font this much larger than the body text is a heading. */
const HEADING_SIZE = 1.15;

/** B's first word would have fitted at the end of line A. */
function firstWordFits(a: PdfLine, b: PdfLine, rightEdge: number, spaceRatio: number): boolean {
  if (CUT_ENDING.test(a.text)) return false;
  const w = b.words[0];
  if (w === undefined) return false;
  return a.x1 + spaceRatio * a.size + (w.x1 - w.x0) + FIT_SLACK * a.size <= rightEdge;
}

function breaksBetween(ctx: ParagraphContext, ia: number, ib: number): boolean {
  const a = ctx.lines[ia];
  const b = ctx.lines[ib];
  if (FOOTNOTE_START.test(b.text)) return true;
  const big = Math.max(a.size, b.size);
  if (big > SIZE_CHANGE * Math.min(a.size, b.size)) return true;
  if (a.page === b.page) {
    if (b.y - a.y > PARAGRAPH_GAP * ctx.pitch * big) return true;
  } else if (!(b.page === a.page + 1 && ctx.edges.lastOfPage(ia) && ctx.edges.firstOfPage(ib))) {
    return true;
  }
  if (SENTENCE_END.test(a.text) && POINT_START.test(b.text)) return true;
  return firstWordFits(a, b, ctx.rightEdge(a.page), ctx.spaceRatio);
}

/** The line was cut inside a token: the next line continues it without a space. */
function glued(ctx: ParagraphContext, i: number): boolean {
  const l = ctx.lines[i];
  return ctx.trailingSpaces ? !l.trailingSpace && GLUE_ENDING_DRAWN.test(l.text) : GLUE_ENDING_PLAIN.test(l.text);
}

/** A block at the page bottom, numbered with plain digits, set apart from the text above or in a smaller font. */
function plainFootnote(ctx: ParagraphContext, members: readonly number[], text: string, prev: RawBlock | undefined): boolean {
  const first = ctx.lines[members[0]];
  if (!PLAIN_FOOTNOTE_START.test(text) || first.top < FOOTNOTE_ZONE * ctx.pageHeight(first.page)) return false;
  const prevLine = prev !== undefined && prev.kind !== 'table' ? ctx.lines[prev.pieces[prev.pieces.length - 1].line] : undefined;
  if (prevLine === undefined || prevLine.page !== first.page) return first.size < SMALLER_FONT * ctx.bodySize;
  if (prev !== undefined && prev.kind === 'footnote') return true;
  return first.size < SMALLER_FONT * ctx.bodySize || first.y - prevLine.y > FOOTNOTE_GAP * ctx.pitch * first.size + first.size;
}

function blockKind(ctx: ParagraphContext, members: readonly number[], text: string, bold: boolean, prev: RawBlock | undefined): TextBlockKind {
  const first = ctx.lines[members[0]];
  if (FOOTNOTE_START.test(text) || plainFootnote(ctx, members, text, prev)) return 'footnote';
  if (LIST_START.test(text)) return 'list_item';
  if (members.length <= MAX_HEADING_LINES && (bold || first.size >= HEADING_SIZE * ctx.bodySize)) return 'heading';
  return 'paragraph';
}

function makeBlock(ctx: ParagraphContext, members: number[], prev: RawBlock | undefined): RawTextBlock {
  const bold = members.every((i) => ctx.lines[i].bold);
  const text = ctx.lines[members[0]].text;
  return {
    kind: blockKind(ctx, members, text, bold, prev),
    level: null,
    bold,
    pieces: members.map((i, k): PdfPiece => {
      const piece: PdfPiece = { line: i, from: 0, to: ctx.lines[i].text.length };
      if (k > 0 && glued(ctx, members[k - 1])) piece.noSpaceBefore = true;
      return piece;
    }),
  };
}

/**
 * Text blocks of the body lines, with the tables put in where they stand.
 * @param tables table blocks by the index of their first line.
 */
export function buildBlocks(ctx: ParagraphContext, tables: ReadonlyMap<number, RawBlock>): RawBlock[] {
  const blocks: RawBlock[] = [];
  let cur: number[] = [];
  const flush = (): void => {
    if (cur.length > 0) blocks.push(makeBlock(ctx, cur, blocks[blocks.length - 1]));
    cur = [];
  };
  for (let i = 0; i < ctx.lines.length; i++) {
    const table = tables.get(i);
    if (table !== undefined) {
      flush();
      blocks.push(table);
      continue;
    }
    if (ctx.skip.has(i)) continue;
    if (cur.length > 0 && breaksBetween(ctx, cur[cur.length - 1], i)) flush();
    cur.push(i);
  }
  flush();
  return blocks;
}
