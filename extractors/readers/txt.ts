/**
 * The .txt reader: bytes -> decoded lines -> blocks (paragraphs, Markdown residue, tab and pipe tables).
 *
 * One pass over the lines, each line looked at a constant number of times with indexOf/charCodeAt only
 * (no per-character objects, no backtracking regex), so a 50 MB file or a 5 MB line reads in linear time.
 *
 * Block rules, in the order they are tried on a line:
 * - blank line: ends the current block;
 * - tab table: a line with a TAB inside its text starts a table; every following non-blank line with a TAB
 *   is a row; fields are cells (trimmed range, empty field -> no piece). A TAB that only indents does not
 *   start a table;
 * - pipe table: a line starting with `|` with a `|---|` separator in the next lines (see readPipeTable);
 * - `#`..`######` + space: heading of that level, the piece without the hashes (nor a closing `#` run);
 * - a superscript digit (¹²³...): footnote;
 * - `- `, `+ `, `• `, `* `: list item, one per line; plain lines right after it continue it;
 * - a line wholly wrapped in `**...**`: a bold paragraph of its own (the `**` stay in the piece);
 * - anything else: paragraph lines, one piece per line, until a blank line or another block starts.
 * A text block whose text as a whole is wrapped in `**...**` is bold.
 */
import { DoisoatError } from '../../pipeline/errors.js';
import { decodeText } from './encoding/decode-text.js';
import {
  DEFAULT_LIMITS,
  type RawBlock,
  type RawCell,
  type RawDoc,
  type RawPiece,
  type RawTableBlock,
  type ReadLimits,
  type SourceLine,
  type TextBlockKind,
} from './types.js';

export { decodeText };

const LINE_BREAK = /\r\n|\r|\n/;
const TAB = 0x09;
const PIPE = 0x7c;
const BACKSLASH = 0x5c;
const HASH = 0x23;
const SPACE = 0x20;
const BOLD = '**';
const MAX_HEADING_LEVEL = 6;
/** CommonMark lets a heading marker be indented by up to 3 spaces. */
const MAX_HEADING_INDENT = 3;
/** A pipe table's header may wrap over this many lines before its separator row. */
const MAX_PIPE_HEADER_LINES = 3;
const LIST_MARKERS: ReadonlySet<number> = new Set(['-', '+', '•', '*'].map((c) => c.charCodeAt(0)));
const SUPERSCRIPT_DIGITS: ReadonlySet<number> = new Set(Array.from('⁰¹²³⁴⁵⁶⁷⁸⁹', (c) => c.charCodeAt(0)));

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === 0xa0 || c === 0xfeff || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x0b || c === 0x0c;
}

/** [from, to) of the line without surrounding white space; from === to for a blank line. */
function trimRange(text: string, from = 0, to = text.length): [number, number] {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return [from, to];
}

function pieceOf(line: number, text: string, from: number, to: number): RawPiece[] {
  const [f, t] = trimRange(text, from, to);
  return f === t ? [] : [{ line, from: f, to: t }];
}

// ---- line kinds ----------------------------------------------------------------------------------------

/** A TAB between two non-blank characters. */
function hasInnerTab(text: string): boolean {
  const [from, to] = trimRange(text);
  const tab = text.indexOf('\t', from);
  return tab >= 0 && tab < to;
}

/** Level and piece start of a Markdown heading, or null. */
function headingAt(text: string, from: number, to: number): { level: number; start: number } | null {
  if (from > MAX_HEADING_INDENT || text.charCodeAt(from) !== HASH) return null;
  let level = 0;
  while (from + level < to && text.charCodeAt(from + level) === HASH) level++;
  if (level > MAX_HEADING_LEVEL || from + level >= to || text.charCodeAt(from + level) !== SPACE) return null;
  return { level, start: from + level + 1 };
}

/** End of a heading's text without an optional closing run of `#` (preceded by a space). */
function headingEnd(text: string, start: number, to: number): number {
  let end = to;
  while (end > start && text.charCodeAt(end - 1) === HASH) end--;
  return end === to || (end > start && text.charCodeAt(end - 1) === SPACE) ? trimRange(text, start, end)[1] : to;
}

function isListItem(text: string, from: number, to: number): boolean {
  return to - from >= 2 && LIST_MARKERS.has(text.charCodeAt(from)) && isSpace(text.charCodeAt(from + 1));
}

function isFootnote(text: string, from: number): boolean {
  return SUPERSCRIPT_DIGITS.has(text.charCodeAt(from));
}

function hasBoldInside(text: string, start: number, end: number): boolean {
  const q = text.indexOf(BOLD, start);
  return q >= 0 && q + BOLD.length <= end;
}

/** `**...**` around the whole range, with no `**` inside. */
function isWhollyBold(text: string, from: number, to: number): boolean {
  return (
    to - from > 2 * BOLD.length &&
    text.startsWith(BOLD, from) &&
    text.endsWith(BOLD, to) &&
    !hasBoldInside(text, from + BOLD.length, to - BOLD.length)
  );
}

/** Column count of a `|---|:--:|` separator row, or 0 when the line is not one. */
function separatorColumns(text: string): number {
  let pipes = 0;
  let columns = 0;
  let inDashes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d) {
      if (!inDashes) columns++;
      inDashes = true;
      continue;
    }
    if (c === PIPE) pipes++;
    else if (c !== 0x3a && !isSpace(c)) return 0;
    if (c === PIPE) inDashes = false;
  }
  return pipes > 0 ? columns : 0;
}

// ---- document -----------------------------------------------------------------------------------------

class BlockBuilder {
  readonly blocks: RawBlock[] = [];
  private i = 0;

  constructor(private readonly texts: readonly string[]) {}

  build(): RawBlock[] {
    while (this.i < this.texts.length) this.readBlock();
    return this.blocks;
  }

  private readBlock(): void {
    const text = this.texts[this.i];
    const [from, to] = trimRange(text);
    if (from === to) {
      this.i++;
      return;
    }
    if (hasInnerTab(text)) return this.readTabTable();
    const pipeColumns = this.pipeTableColumns(this.i);
    if (pipeColumns > 0) return this.readPipeTable(pipeColumns);
    const heading = headingAt(text, from, to);
    if (heading) {
      const end = headingEnd(text, heading.start, to);
      this.pushText('heading', heading.level, pieceOf(this.i, text, heading.start, end));
      this.i++;
      return;
    }
    if (isFootnote(text, from)) return this.readLines('footnote');
    if (isListItem(text, from, to)) return this.readLines('list_item');
    if (isWhollyBold(text, from, to)) {
      this.pushText('paragraph', null, [{ line: this.i, from, to }]);
      this.i++;
      return;
    }
    this.readLines('paragraph');
  }

  /** Does line `i` start a block of its own (anything but a paragraph continuation)? */
  private startsBlock(i: number): boolean {
    const text = this.texts[i];
    const [from, to] = trimRange(text);
    return (
      from === to ||
      hasInnerTab(text) ||
      headingAt(text, from, to) !== null ||
      isFootnote(text, from) ||
      isListItem(text, from, to) ||
      isWhollyBold(text, from, to) ||
      this.pipeTableColumns(i) > 0
    );
  }

  /**
   * A paragraph, list item or footnote: its first line, then the lines that continue it (no blank line
   * between, and not the start of another block).
   */
  private readLines(kind: TextBlockKind): void {
    const pieces: RawPiece[] = [];
    do {
      pieces.push(...pieceOf(this.i, this.texts[this.i], 0, this.texts[this.i].length));
      this.i++;
    } while (this.i < this.texts.length && !this.startsBlock(this.i));
    this.pushText(kind, null, pieces);
  }

  private pushText(kind: TextBlockKind, level: number | null, pieces: RawPiece[]): void {
    if (pieces.length === 0) return;
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    const firstText = this.texts[first.line];
    const lastText = this.texts[last.line];
    const bold =
      firstText.startsWith(BOLD, first.from) &&
      lastText.endsWith(BOLD, last.to) &&
      pieces.every((p, k) => {
        const start = k === 0 ? p.from + BOLD.length : p.from;
        const end = k === pieces.length - 1 ? p.to - BOLD.length : p.to;
        return start < end && !hasBoldInside(this.texts[p.line], start, end);
      });
    this.blocks.push({ kind, level, bold, pieces });
  }

  // ---- tab tables ----

  private readTabTable(): void {
    const rows: RawCell[][] = [];
    do {
      rows.push(this.tabRow(this.i));
      this.i++;
    } while (this.i < this.texts.length && this.isTabRowContinuation(this.texts[this.i]));
    this.blocks.push({ kind: 'table', rows } satisfies RawTableBlock);
  }

  private isTabRowContinuation(text: string): boolean {
    const [from, to] = trimRange(text);
    return from < to && text.indexOf('\t') >= 0;
  }

  private tabRow(line: number): RawCell[] {
    const text = this.texts[line];
    const cells: RawCell[] = [];
    for (let start = 0; ; ) {
      const tab = text.indexOf('\t', start);
      const end = tab < 0 ? text.length : tab;
      cells.push({ pieces: pieceOf(line, text, start, end), colspan: 1, rowspan: 1 });
      if (tab < 0) return cells;
      start = tab + 1;
    }
  }

  // ---- pipe tables ----

  /** Column count when line `i` starts a pipe table (a `|` line followed by a separator row), else 0. */
  private pipeTableColumns(i: number): number {
    const text = this.texts[i];
    const [from, to] = trimRange(text);
    if (from === to || text.charCodeAt(from) !== PIPE || separatorColumns(text) > 0) return 0;
    for (let j = i + 1; j <= i + MAX_PIPE_HEADER_LINES && j < this.texts.length; j++) {
      const [f, t] = trimRange(this.texts[j]);
      if (f === t) return 0;
      const columns = separatorColumns(this.texts[j]);
      if (columns > 0) return columns;
    }
    return 0;
  }

  /**
   * Lines up to the next blank line, the separator row skipped. Converters wrap long rows over several
   * lines, so a line is a new row only when the current row is complete:
   * - a line starting with `|` starts a row, unless the current row's last cell was left open (no
   *   closing `|`: this pipe closes it) or the line is only padding (`||`, `| |`) of a short row;
   * - a line not starting with `|` continues the current row while it has fewer cells than the
   *   separator's columns (its first field continues an open cell), else starts a row.
   */
  private readPipeTable(columns: number): void {
    const rows: RawCell[][] = [];
    let row: RawCell[] | null = null;
    let open = false;
    for (; this.i < this.texts.length; this.i++) {
      const text = this.texts[this.i];
      const [from, to] = trimRange(text);
      if (from === to) break;
      if (separatorColumns(text) > 0) {
        row = null;
        open = false;
        continue;
      }
      const leading = text.charCodeAt(from) === PIPE;
      const trailing = text.charCodeAt(to - 1) === PIPE && (to - from === 1 || text.charCodeAt(to - 2) !== BACKSLASH);
      // A lone `|` only closes; otherwise the fields between the optional outer pipes (`||` is one empty field).
      const fields =
        to - from === 1 && leading ? [] : this.pipeFields(this.i, text, leading ? from + 1 : from, trailing ? to - 1 : to);
      const padding = fields.every((f) => f.length === 0);
      const startsRow =
        row === null || (!open && (leading ? !(row.length < columns && padding) : row.length >= columns));
      if (startsRow) {
        row = [];
        rows.push(row);
        open = false;
      }
      let k = 0;
      if (open && !leading && fields.length > 0) {
        row!.at(-1)!.pieces.push(...fields[0]);
        k = 1;
      }
      for (; k < fields.length; k++) row!.push({ pieces: fields[k], colspan: 1, rowspan: 1 });
      open = !trailing && (fields.length > 0 || (open && !leading));
    }
    this.blocks.push({ kind: 'table', rows } satisfies RawTableBlock);
  }

  /** Pieces of the `|`-separated fields of [from, to) (an escaped `\|` does not separate). */
  private pipeFields(line: number, text: string, from: number, to: number): RawPiece[][] {
    const fields: RawPiece[][] = [];
    let start = from;
    for (let p = text.indexOf('|', from); ; p = text.indexOf('|', p + 1)) {
      if (p >= 0 && p < to && p > 0 && text.charCodeAt(p - 1) === BACKSLASH) continue;
      const end = p < 0 || p >= to ? to : p;
      fields.push(pieceOf(line, text, start, end));
      if (end === to) return fields;
      start = p + 1;
    }
  }
}

export function readTxt(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): RawDoc {
  if (bytes.length > limits.maxBytes) {
    throw new DoisoatError('too_large', undefined, { bytes: bytes.length, maxBytes: limits.maxBytes });
  }
  const { text, encoding, warnings } = decodeText(bytes);
  const texts = text.split(LINE_BREAK);
  const lines: SourceLine[] = texts.map((t, i) => ({ text: t, page: null, line: i + 1 }));
  return { format: 'txt', encoding, lines, blocks: new BlockBuilder(texts).build(), warnings, nPages: null };
}
