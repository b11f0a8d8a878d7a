/**
 * Borderless tables: runs of lines whose text stands in aligned columns. A table starts at a "seed" line (two or
 * more chunks with a wide gap between them); the lines next to it join while they fit its grid (each chunk over
 * one column, same font size range), across a page break when the table goes on at the top of the next page.
 * Rows are cut where the vertical gap between lines is wider than a wrapped line's; cells take the chunks that
 * lie over their column, a chunk over several columns spans them.
 */
import type { RawCell, RawPiece, RawTableBlock } from '../types.js';
import type { PdfLine } from './lines.js';
import { lineChunks, type Chunk } from './chunks.js';
import { buildColumns, overlappedColumns, splitByColumns, type Column } from './columns.js';
import { pageEdges, type PageEdges } from './layout.js';

export interface TableRegion {
  /** Indices (into the document's lines) of the table's lines, in order. */
  lines: number[];
  block: RawTableBlock;
  /** Right end of the table's text. */
  x1: number;
}

/** A seed line has a gap at least this wide (share of font size) between two of its chunks. */
const SEED_GAP = 1.5;
/** A table needs at least this many seed lines. */
const MIN_SEED_LINES = 2;
/** Lines of one table are no further apart (baseline to baseline, share of font size) than this. */
const MAX_LINE_DISTANCE = 4;
/** Font sizes within a table differ by less than this factor from its seeds' size. */
const SIZE_RATIO = 1.25;
/** Two lines of one table row (a wrapped cell) are at most this far apart (share of font size). */
const SAME_ROW = 1.35;
/** A cell that is only a number (digits with . , separators, optional sign or %): a data row. */
const NUMERIC_CELL = /^[-+−]?\d[\d.,]*%?$/u;

interface LineInfo {
  chunks: Chunk[];
  seed: boolean;
}

function lineInfo(line: PdfLine, index: number): LineInfo {
  const chunks = lineChunks(line, index);
  let seed = false;
  for (let k = 1; k < chunks.length; k++) if (chunks[k].gapBefore >= SEED_GAP * line.size) seed = true;
  return { chunks, seed };
}

/** Lines a and b (a before b) follow each other closely enough to be in one table. */
function adjacent(lines: readonly PdfLine[], a: number, b: number, edges: PageEdges): boolean {
  const la = lines[a];
  const lb = lines[b];
  if (la.page === lb.page) return lb.y - la.y <= MAX_LINE_DISTANCE * Math.max(la.size, lb.size);
  return lb.page === la.page + 1 && edges.lastOfPage(a) && edges.firstOfPage(b);
}

function sizeFits(size: number, tableSize: number): boolean {
  return size <= tableSize * SIZE_RATIO && size >= tableSize / SIZE_RATIO;
}

/**
 * A non-seed line belongs to the table when each of its chunks lies over at most one column. Between two seed
 * lines a chunk may first be cut at column boundaries (`cut`); at the table's edges it may not, or a caption
 * whose words happen to fall in two columns would join the table.
 */
function fitsGrid(cols: readonly Column[], chunks: readonly Chunk[], line: PdfLine, cut: boolean): boolean {
  for (const ch of chunks) {
    for (const part of cut ? splitByColumns(cols, ch, line) : [ch]) {
      const hit = overlappedColumns(cols, part.x0, part.x1);
      if (hit !== null && hit[0] !== hit[1]) return false;
    }
  }
  return true;
}

function medianSize(lines: readonly PdfLine[], members: readonly number[]): number {
  const sizes = members.map((i) => lines[i].size).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)];
}

/** Finds the tables among the lines (excluded: lines already used, e.g. page numbers). */
export function detectTables(lines: readonly PdfLine[], excluded: ReadonlySet<number>): TableRegion[] {
  const infos: LineInfo[] = lines.map((l, i) => lineInfo(l, i));
  const edges = pageEdges(lines, excluded);
  const regions: TableRegion[] = [];
  let i = 0;
  while (i < lines.length) {
    if (excluded.has(i) || !infos[i].seed) {
      i++;
      continue;
    }
    const members = [i];
    let seeds = 1;
    // The grid and the size change only when members are added: computed again only then.
    let cached: { n: number; cols: Column[]; size: number } | null = null;
    const current = (): { cols: Column[]; size: number } => {
      if (cached === null || cached.n !== members.length) {
        cached = { n: members.length, cols: buildColumns(members.map((m) => infos[m].chunks)), size: medianSize(lines, members) };
      }
      return cached;
    };
    const grid = (): Column[] => current().cols;
    // Down.
    let last = i;
    let k = i + 1;
    const pending: number[] = [];
    for (; k < lines.length; k++) {
      if (excluded.has(k)) continue;
      if (!adjacent(lines, pending.length > 0 ? pending[pending.length - 1] : last, k, edges)) break;
      if (!sizeFits(lines[k].size, current().size)) break;
      if (infos[k].seed) {
        members.push(...pending, k);
        pending.length = 0;
        seeds++;
        last = k;
        continue;
      }
      if (!fitsGrid(grid(), infos[k].chunks, lines[k], true)) break;
      pending.push(k);
    }
    if (seeds < MIN_SEED_LINES) {
      i++;
      continue;
    }
    // Lines after the last seed join only if they fit without cutting.
    for (const k2 of pending) {
      if (!fitsGrid(grid(), infos[k2].chunks, lines[k2], false)) break;
      members.push(k2);
    }
    // Up: wrapped cell lines standing above the first seed.
    for (let u = i - 1; u >= 0; u--) {
      if (excluded.has(u)) continue;
      if (!adjacent(lines, u, members[0], edges)) break;
      if (!sizeFits(lines[u].size, current().size) || infos[u].seed) break;
      if (regions.length > 0 && regions[regions.length - 1].lines.includes(u)) break;
      if (!fitsGrid(grid(), infos[u].chunks, lines[u], false)) break;
      members.unshift(u);
    }
    members.sort((a, b) => a - b);
    regions.push(buildTable(lines, members, infos));
    i = members[members.length - 1] + 1;
  }
  return regions;
}

/** Groups a table's lines into rows: a new row where the page changes or the gap exceeds a wrapped line's. */
function groupRows(lines: readonly PdfLine[], members: readonly number[]): number[][] {
  const rows: number[][] = [];
  let cur: number[] = [];
  for (const m of members) {
    const prev = cur.length > 0 ? lines[cur[cur.length - 1]] : null;
    const l = lines[m];
    if (prev !== null && (prev.page !== l.page || l.y - prev.y > SAME_ROW * Math.max(prev.size, l.size))) {
      rows.push(cur);
      cur = [];
    }
    cur.push(m);
  }
  if (cur.length > 0) rows.push(cur);
  return rows;
}

interface GridCell {
  start: number;
  end: number;
  chunks: Chunk[];
}

function rowCells(lines: readonly PdfLine[], cols: readonly Column[], rowLines: readonly number[], infos: readonly LineInfo[]): GridCell[] {
  const cells: GridCell[] = [];
  for (const m of rowLines) {
    for (const ch of infos[m].chunks.flatMap((c) => splitByColumns(cols, c, lines[m]))) {
      const hit = overlappedColumns(cols, ch.x0, ch.x1) ?? nearestColumn(cols, ch);
      let merged = false;
      for (const c of cells) {
        if (hit[0] <= c.end && c.start <= hit[1]) {
          c.start = Math.min(c.start, hit[0]);
          c.end = Math.max(c.end, hit[1]);
          c.chunks.push(ch);
          merged = true;
          break;
        }
      }
      if (!merged) cells.push({ start: hit[0], end: hit[1], chunks: [ch] });
    }
  }
  // Spans grown by merging may now overlap other cells: fold them together.
  cells.sort((a, b) => a.start - b.start);
  const out: GridCell[] = [];
  for (const c of cells) {
    const prev = out[out.length - 1];
    if (prev !== undefined && c.start <= prev.end) {
      prev.end = Math.max(prev.end, c.end);
      prev.chunks.push(...c.chunks);
    } else {
      out.push(c);
    }
  }
  return out;
}

function nearestColumn(cols: readonly Column[], ch: Chunk): [number, number] {
  let best = 0;
  let bestDist = Infinity;
  const mid = (ch.x0 + ch.x1) / 2;
  for (let k = 0; k < cols.length; k++) {
    const d = Math.abs((cols[k].x0 + cols[k].x1) / 2 - mid);
    if (d < bestDist) {
      bestDist = d;
      best = k;
    }
  }
  return [best, best];
}

function cellText(lines: readonly PdfLine[], c: GridCell): string {
  return c.chunks.map((ch) => lines[ch.line].text.slice(ch.from, ch.to)).join(' ');
}

/**
 * Header rows (the rows above the first row with a numeric cell): a cell followed by empty cells that the next
 * header row fills is a header over those sub-columns, e.g. "Tổng số" over "Kế hoạch | Thực hiện".
 */
function spanHeaders(rows: GridCell[][], lines: readonly PdfLine[], nCols: number): void {
  let nHeader = 0;
  while (nHeader < rows.length && !rows[nHeader].some((c) => NUMERIC_CELL.test(cellText(lines, c)))) nHeader++;
  if (nHeader === rows.length) return;
  for (let r = 0; r + 1 < nHeader; r++) {
    const below = rows[r + 1];
    const filledBelow = (col: number): boolean => below.some((c) => c.start <= col && col <= c.end);
    const row = rows[r];
    for (let k = 0; k < row.length; k++) {
      const c = row[k];
      const limit = k + 1 < row.length ? row[k + 1].start : nCols;
      if (!filledBelow(c.end)) continue;
      let end = c.end;
      while (end + 1 < limit && filledBelow(end + 1)) end++;
      c.end = end;
    }
  }
}

function toPieces(chunks: readonly Chunk[]): RawPiece[] {
  return [...chunks]
    .sort((a, b) => a.line - b.line || a.x0 - b.x0)
    .map((ch) => ({ line: ch.line, from: ch.from, to: ch.to }));
}

function buildTable(lines: readonly PdfLine[], members: number[], infos: readonly LineInfo[]): TableRegion {
  const cols = buildColumns(members.map((m) => infos[m].chunks));
  const grouped = groupRows(lines, members);
  const rows = grouped.map((r) => rowCells(lines, cols, r, infos));
  // A header row printed again at the top of a new page is the same row: keep the first.
  const key = (cells: GridCell[]): string => cells.map((c) => `${c.start}-${c.end}:${cellText(lines, c)}`).join('\t');
  const headerKey = rows.length > 0 ? key(rows[0]) : '';
  for (let r = rows.length - 1; r > 0; r--) {
    const startsPage = lines[grouped[r][0]].page !== lines[grouped[r - 1][0]].page;
    if (startsPage && key(rows[r]) === headerKey) rows.splice(r, 1);
  }
  spanHeaders(rows, lines, cols.length);
  const out: RawCell[][] = rows.map((cells) => {
    const row: RawCell[] = [];
    let col = 0;
    for (const c of cells) {
      for (; col < c.start; col++) row.push({ pieces: [], colspan: 1, rowspan: 1 });
      row.push({ pieces: toPieces(c.chunks), colspan: c.end - c.start + 1, rowspan: 1 });
      col = c.end + 1;
    }
    for (; col < cols.length; col++) row.push({ pieces: [], colspan: 1, rowspan: 1 });
    return row;
  });
  const x1 = Math.max(...members.map((m) => lines[m].x1));
  return { lines: members, block: { kind: 'table', rows: out }, x1 };
}
