import { AggressiveTokenizerVi } from 'natural/lib/natural/tokenizers/index.js';
import { makeFlag, inScope, num, viMoney, viNumber, type Check, type CheckContext } from './types.js';
import { queryRows } from '../db/database.js';
import { dongInterval, parseNumber, type ParsedNumber } from '../../extractors/numbers/index.js';
import { namesCurrency, unitMultiplier } from '../../extractors/money/moneyUnits.js';
import { PATH_SEP, sectionPathAt, sectionStacks } from '../../extractors/sections/sectionTree.js';
import type { Block, BlockKind } from '../../schemas/document.js';
import type { Evidence, Flag } from '../../schemas/flags.js';

/**
 * A figure in the text that contradicts the same figure in a table of the same report (domain.md §6:
 * 004 says `Tổ chức 11 buổi nói chuyện chuyên đề, đối thoại chính sách giảm nghèo với 840 người` while
 * `Biểu số 02` gives 9 sessions for 840 people).
 *
 * Only tables with a unit column (`Đơn vị tính`) are read: a text quantity is compared with rows of its unit
 * (`buổi`, `người`; `lượt người` ~ `người`), a text amount with rows in a money unit (`Triệu đồng`). A row is
 * the one the text speaks of when its context (the group row above it, then its label) is contained in the
 * text around the figure (its sentence, cut at the neighbouring figures, the figure replaced by its unit):
 * syllable bigrams without stop words and marks, at least MIN_SHARED of them and MIN_COVER of the row's.
 * Several such rows are told apart by the words only one of them has; otherwise nothing is compared.
 * `(Có biểu 02 chi tiết kèm theo)` restricts the figures of its section to that table.
 *
 * Nothing that agrees is flagged: the text figure agrees when it equals, at printed precision, any figure of a
 * matching row (total, year or other columns), a sum of its year columns, or a total row of its unit.
 * Approximate figures (`khoảng`, `trên`), parts after `trong đó` and rates are not compared.
 * The table's figure shown is that of the year the sentence names, else `Tổng số › Thực hiện`, else
 * `Tổng số › Kế hoạch` (`Kế hoạch` first for a sentence about a plan), else the sum of the year columns.
 */
const UNIT_HEADER = /^(?:đơn\s*vị\s*tính|đơn\s*vị|đvt)\.?$/iu;
const STT_HEADER = /^(?:stt|tt|số\s*tt|số\s*thứ\s*tự)$/iu;
const NOTE_HEADER = /^ghi\s*chú$/iu;
const RATIO_HEADER = /%|tỷ\s*lệ|tỉ\s*lệ/iu;
const TOTAL_COL = /^(?:tổng\s*số|tổng\s*cộng|tổng|cộng|lũy\s*kế|luỹ\s*kế)$/iu;
const YEAR_COL = /^năm\s+\d{4}$/iu;
const DONE = /^thực\s*hiện$/iu;
const PLAN = /^kế\s*hoạch$/iu;
/** Words of a plan, and of what was done, in a sentence. */
const PLAN_WORDS = /kế\s*hoạch|dự\s*kiến|chỉ\s*tiêu|được\s*giao|phân\s*bổ|(?<!\p{L})vốn(?!\p{L})/iu;
const DONE_WORDS = /thực\s*hiện|giải\s*ngân|hoàn\s*thành|(?<!\p{L})đã(?!\p{L})/iu;
const YEAR_IN_TEXT = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu;
const TOTAL_ROW = /^(?:tổng\s*cộng|tổng\s*số|tổng|cộng)\b/iu;
const BULLET_STT = /^(?:[-–+*•]|)$/u;
/** `(Có biểu 02 chi tiết kèm theo)`, `(Có Biểu số 01 chi tiết kèm theo)`, `(chi tiết tại Phụ lục 3)`. */
const TABLE_MARKER = /\([^()]{0,40}?\b(biểu|phụ\s*lục|bảng)\s*(?:số\s*)?0*(\d{1,3})\b[^()]{0,60}\)/giu;
const CAPTION_NUMBER = /\b(biểu|phụ\s*lục|bảng)\s*(?:số\s*)?0*(\d{1,3})\b/iu;
const MARKER_KIND = 1;
const MARKER_NUMBER = 2;
/** A sentence ends at `.`, `;`, `!`, `?` before a space, or at a line break. */
const SENTENCE_END = /[.;!?](?=\s|$)|\n/gu;
/** Words that make a figure approximate: such a figure is not compared. */
const APPROXIMATE_BEFORE = /(?:khoảng|trên|hơn|gần|dưới|hàng|ít\s+nhất|tối\s+thiểu|tối\s+đa|xấp\s+xỉ|chưa\s+đến|gần\s+như|ước)\s*$/iu;
const PHRASE_BREAK = /[,;:.()[\]"“”'‘’!?–—=+/]|\s-\s|\n/u;
/** A printed number, made one token (`1.886` → `1886`, `01` → `1`) so that `Dự án 1` in a label matches the text. */
const NUMBER_RUN = /\d+(?:[.,]\d+)*/gu;
/** Words that open a list of parts (`412 hộ, trong đó 268 hộ nghèo`): a part is not the row's figure. */
const PARTS_OPENER = /trong\s+đó|bao\s+gồm|\bgồm\b|cụ\s+thể|chia\s+ra/iu;
/** Function words and the generic words of table labels (`Số lượng`, `Tổng cộng số người`). */
const STOP_SYLLABLES = [
  'và', 'với', 'của', 'các', 'cho', 'được', 'trong', 'đó', 'là', 'có', 'những', 'một', 'tại', 'về', 'theo', 'từ',
  'đến', 'đã', 'đang', 'sẽ', 'này', 'đây', 'khi', 'để', 'do', 'bị', 'thì', 'mà', 'nên', 'như', 'cũng', 'vào',
  'ra', 'trên', 'dưới', 'gồm', 'bao', 'số', 'lượng', 'tổng', 'năm', 'tháng', 'ngày', 'đạt', 'toàn', 'mỗi',
];
const MIN_SHARED = 3;
const MIN_COVER = 0.5;
/** Counts are compared in millionths, so that printed decimals stay exact integers. */
const COUNT_DECIMALS = 6;
const MAX_QUOTE = 200;
const MIN_CLAUSE_WORDS = 2;
/** Amounts compared: not rates, ranges or amounts in words. */
const COMPARED_ROLES = ['single', 'composite'];

const tokenizer = new AggressiveTokenizerVi();

/** `hoà`/`hòa`, `thuỷ`/`thủy`: the tone mark moved onto the second vowel, for matching keys only. */
function foldTones(s: string): string {
  return s.normalize('NFD').replace(/([ou])([\u0300\u0301\u0303\u0309\u0323])([aey])/gu, '$1$3$2').normalize('NFC');
}

const STOP = new Set(STOP_SYLLABLES.map(foldTones));

/**
 * A syllable without its marks (`cộng` → `cong`, `đồng` → `dong`): a table that misspells `công đồng` for
 * `cộng đồng` still matches. Bigrams keep the folding from merging words.
 */
function bare(syllable: string): string {
  return syllable.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd');
}

/** Syllable bigrams of a text, within phrases, without stop words, marks folded. */
export function contextFeatures(text: string): Set<string> {
  const out = new Set<string>();
  const clean = foldTones(text.normalize('NFC').toLowerCase()).replace(NUMBER_RUN, (n) => ` ${n.replace(/[.,]/gu, '').replace(/^0+(?=\d)/u, '')} `);
  for (const phrase of clean.split(PHRASE_BREAK)) {
    const toks = tokenizer.tokenize(phrase).filter((t) => !STOP.has(t)).map(bare);
    for (let i = 1; i < toks.length; i++) out.add(`${toks[i - 1]} ${toks[i]}`);
  }
  return out;
}

/** How well a row's context is contained in the text around a figure. */
export function contextMatch(text: Set<string>, row: Set<string>): { shared: number; cover: number } {
  let shared = 0;
  for (const f of row) if (text.has(f)) shared++;
  return { shared, cover: row.size ? shared / row.size : 0 };
}

function unitKey(u: string): string {
  return foldTones(u.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim()).replace(/\.$/u, '');
}

/** `buổi` ~ `Buổi`, `lượt người` ~ `người`. */
function sameUnit(text: string, table: string): boolean {
  const a = unitKey(text);
  const b = unitKey(table);
  return a === b || a === `lượt ${b}` || b === `lượt ${a}`;
}

// ---------------------------------------------------------------- figures at printed precision

/** A printed figure and the closed interval its precision allows, in base units: millionths for counts, đồng for money. */
interface Interval { value: bigint; lo: bigint; hi: bigint }

function countInterval(p: ParsedNumber): Interval | null {
  if (p.decimals > COUNT_DECIMALS) return null;
  const scale = 10n ** BigInt(COUNT_DECIMALS - p.decimals);
  const v = p.digits * scale;
  // a figure printed with decimals was rounded: half a unit of its last digit either side; counts are exact
  const half = p.decimals > 0 ? scale / 2n : 0n;
  return { value: v, lo: v - half, hi: v + half };
}

function moneyInterval(p: ParsedNumber, multiplier: bigint): Interval | null {
  const d = dongInterval(p, multiplier, multiplier === 1n);
  return d ? { value: d.value, lo: d.min, hi: d.max } : null;
}

function overlaps(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

function sum(xs: Interval[]): Interval {
  return xs.reduce((s, x) => ({ value: s.value + x.value, lo: s.lo + x.lo, hi: s.hi + x.hi }), { value: 0n, lo: 0n, hi: 0n });
}

function parseCell(text: string): ParsedNumber | null {
  const p = parseNumber(text.trim());
  return p.ok ? p : null;
}

// ---------------------------------------------------------------- tables

interface CellRow {
  table_index: number; row: number; col: number; text: string; start: number; end: number;
  header_path: string; row_label: string; is_header: boolean; page: number | null;
}

type ColumnKind = 'total' | 'year' | 'plain' | 'other';
interface Column { col: number; kind: ColumnKind; sub: string; header: string }
interface ValueCell { cell: CellRow; column: Column; parsed: ParsedNumber }

interface TableRowModel {
  tableIndex: number;
  caption: string | null;
  unit: string;
  isTotal: boolean;
  group: CellRow | null;
  label: CellRow | null;
  context: string;
  features: Set<string>;
  values: ValueCell[];
}

interface TableModel { index: number; caption: string | null; start: number; end: number; rows: TableRowModel[] }

function classify(header: string): Column['kind'] | null {
  const parts = header.split(PATH_SEP).map((s) => s.trim());
  if (parts[0] === '') return null;
  if (UNIT_HEADER.test(parts[0]) || STT_HEADER.test(parts[0]) || NOTE_HEADER.test(parts[0]) || parts.some((p) => RATIO_HEADER.test(p))) return null;
  if (TOTAL_COL.test(parts[0])) return 'total';
  if (YEAR_COL.test(parts[0])) return 'year';
  if (parts.length === 1 && (DONE.test(parts[0]) || PLAN.test(parts[0]))) return 'plain';
  return 'other';
}

/** Rows of a table with a unit column, with their unit, context and figures; null when the table has none. */
function tableModel(index: number, caption: string | null, start: number, end: number, cells: CellRow[]): TableModel | null {
  const headerOf = new Map<number, string>();
  for (const c of cells) if (!c.is_header || !headerOf.has(c.col)) headerOf.set(c.col, c.header_path);
  const unitCol = [...headerOf].find(([, h]) => UNIT_HEADER.test(h.split(PATH_SEP)[0].trim()))?.[0];
  if (unitCol === undefined) return null;
  const sttCol = [...headerOf].find(([, h]) => STT_HEADER.test(h.split(PATH_SEP)[0].trim()))?.[0];
  const columns = new Map<number, Column>();
  for (const [col, h] of headerOf) {
    const kind = classify(h);
    const parts = h.split(PATH_SEP);
    if (kind) columns.set(col, { col, kind, sub: parts.length > 1 ? parts[parts.length - 1].trim() : '', header: h });
  }
  const byRow = new Map<number, CellRow[]>();
  for (const c of cells) if (!c.is_header) (byRow.get(c.row) ?? byRow.set(c.row, []).get(c.row)!).push(c);
  const units = new Set<string>();
  for (const cs of byRow.values()) {
    const u = cs.find((c) => c.col === unitCol)?.text.trim();
    if (u) units.add(unitKey(u));
  }
  const rows: TableRowModel[] = [];
  let group: CellRow | null = null;
  for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
    const cs = byRow.get(r)!.sort((a, b) => a.col - b.col);
    const labelText = cs[0]?.row_label ?? '';
    const label = cs.find((c) => c.col !== sttCol && c.col !== unitCol && c.text === labelText && labelText !== '') ?? null;
    const values: ValueCell[] = [];
    for (const c of cs) {
      const column = columns.get(c.col);
      if (!column || c === label) continue;
      const parsed = parseCell(c.text);
      if (parsed) values.push({ cell: c, column, parsed });
    }
    const isTotal = TOTAL_ROW.test(labelText);
    if (!values.length) {
      if (label && !isTotal) group = label;
      continue;
    }
    const stt = sttCol === undefined ? '' : (cs.find((c) => c.col === sttCol)?.text.trim() ?? '');
    if (isTotal || !BULLET_STT.test(stt)) group = null;
    let unit = cs.find((c) => c.col === unitCol)?.text.trim() ?? '';
    // a total row often leaves the unit blank: `Tổng cộng số người = (1+2)` is in `người`
    if (!unit && isTotal) unit = [...units].find((u) => ` ${unitKey(labelText)} `.includes(` ${u} `)) ?? '';
    if (!unit) continue;
    const context = [group?.text, labelText].filter(Boolean).join(' › ');
    const features = new Set([...contextFeatures(group?.text ?? ''), ...contextFeatures(labelText)]);
    rows.push({ tableIndex: index, caption, unit, isTotal, group, label, context, features, values });
  }
  return { index, caption, start, end, rows };
}

/** Figures of a row as intervals: every cell, and the sums of its year columns per sub-header. */
function rowFigures(row: TableRowModel, toInterval: (p: ParsedNumber) => Interval | null): Interval[] {
  const out: Interval[] = [];
  for (const v of row.values) {
    const x = toInterval(v.parsed);
    if (x) out.push(x);
  }
  for (const parts of yearGroups(row).values()) {
    const xs = parts.map((v) => toInterval(v.parsed));
    if (xs.length > 1 && xs.every((x): x is Interval => x !== null)) out.push(sum(xs));
  }
  return out;
}

function yearGroups(row: TableRowModel): Map<string, ValueCell[]> {
  const out = new Map<string, ValueCell[]>();
  for (const v of row.values) {
    if (v.column.kind !== 'year') continue;
    const k = v.column.sub.toLowerCase();
    (out.get(k) ?? out.set(k, []).get(k)!).push(v);
  }
  return out;
}

function yearOf(c: Column): number {
  return Number(/\d{4}/u.exec(c.header.split(PATH_SEP)[0])?.[0] ?? NaN);
}

interface RowFigure { value: Interval; cells: ValueCell[]; how: string }

/**
 * The table's figure for a row and the cells it comes from. A sentence about one year of the table (`năm 2023`)
 * reads that year's columns; one about a plan (`kế hoạch`, and no `thực hiện`) prefers `Kế hoạch` to `Thực hiện`.
 */
function rowFigure(row: TableRowModel, toInterval: (p: ParsedNumber) => Interval | null, sentence: string): RowFigure | null {
  const subs = PLAN_WORDS.test(sentence) && !DONE_WORDS.test(sentence) ? [PLAN, DONE] : [DONE, PLAN];
  const one = (v: ValueCell | undefined, how: (v: ValueCell) => string): RowFigure | null => {
    const x = v ? toInterval(v.parsed) : null;
    return v && x ? { value: x, cells: [v], how: how(v) } : null;
  };
  const fits = (v: ValueCell, kind: ColumnKind, sub: RegExp | null) => v.column.kind === kind && (sub ? sub.test(v.column.sub) : v.column.sub === '');
  const tableYears = new Set(row.values.filter((v) => v.column.kind === 'year').map((v) => yearOf(v.column)));
  const named = new Set([...sentence.matchAll(YEAR_IN_TEXT)].map((m) => Number(m[0])).filter((y) => tableYears.has(y)));
  if (named.size === 1) {
    const [year] = named;
    for (const sub of [...subs, null]) {
      const f = one(row.values.find((v) => fits(v, 'year', sub) && yearOf(v.column) === year), (v) => `cột "${v.column.header}"`);
      if (f) return f;
    }
  }
  const groups = yearGroups(row);
  for (const [kind, sub] of [...subs.map((x) => ['total', x] as const), ['total', null] as const, ...subs.map((x) => ['plain', x] as const)]) {
    const f = one(row.values.find((v) => fits(v, kind, sub)), (v) => {
      const years = kind === 'total' ? groups.get(v.column.sub.toLowerCase()) : undefined;
      return `cột "${v.column.header}"${years && years.length > 1 ? ` = ${years.map((y) => y.cell.text.trim()).join(' + ')} theo các năm` : ''}`;
    });
    if (f) return f;
  }
  for (const sub of [...subs, null]) {
    const parts = [...groups].find(([k]) => (sub ? sub.test(k) : k === ''))?.[1];
    const xs = parts?.map((v) => toInterval(v.parsed));
    if (parts?.length && xs!.every((x): x is Interval => x !== null)) {
      return { value: sum(xs as Interval[]), cells: parts, how: `tổng các cột năm ${parts.map((v) => `"${v.column.header}"`).join(', ')}` };
    }
  }
  return null;
}

// ---------------------------------------------------------------- text figures

interface TextFigure {
  kind: 'count' | 'money';
  start: number; end: number; raw: string; page: number | null; section_path: string;
  unit: string;
  value: Interval;
  /** The figure as printed, for messages. */
  shown: string;
  /** The sentence `[start, end)` the figure stands in. */
  sentence: [number, number];
}

interface Marker { start: number; path: string; kind: string; number: number }

function markerKind(s: string): string {
  return s.toLowerCase().replace(/\s+/gu, ' ');
}

/** The table a figure's section points to with `(Có biểu 02 chi tiết kèm theo)`; undefined when none does. */
function markedTable(fig: TextFigure, markers: Marker[], tables: TableModel[]): TableModel | null | undefined {
  const applies = markers.filter((m) => m.path === '' || fig.section_path === m.path || fig.section_path.startsWith(m.path + PATH_SEP));
  if (!applies.length) return undefined;
  const deepest = Math.max(...applies.map((m) => m.path.length));
  const same = applies.filter((m) => m.path.length === deepest);
  const m = same.find((x) => x.start >= fig.end) ?? same[same.length - 1];
  return tables.find((t) => {
    const c = t.caption ? CAPTION_NUMBER.exec(t.caption) : null;
    return c !== null && markerKind(c[MARKER_KIND]) === m.kind && Number(c[MARKER_NUMBER]) === m.number;
  }) ?? null;
}

/** The sentence ends of a text (offsets of `.`, `;`, `!`, `?` before a space, and of line breaks), in order. */
function sentenceEnds(text: string): number[] {
  return [...text.matchAll(SENTENCE_END)].map((m) => m.index!);
}

/** The sentence `[start, end)` around `[at, end)`, from the sorted sentence ends. */
function sentenceAround(ends: number[], textLength: number, at: number, end: number): [number, number] {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (ends[m] < at) lo = m + 1; else hi = m;
  }
  const s = lo > 0 ? ends[lo - 1] + 1 : 0;
  while (lo < ends.length && ends[lo] < end) lo++;
  return [s, lo < ends.length ? ends[lo] : textLength];
}

/**
 * The text around a figure: its sentence, cut at the figures before and after it, the figure itself replaced by
 * its unit (`Tổ chức 11 buổi nói chuyện` → `Tổ chức buổi nói chuyện`, as a table label says it).
 */
function windowOf(text: string, fig: TextFigure, all: { start: number; end: number }[]): string {
  let [from, to] = fig.sentence;
  for (const o of all) {
    if (o.end <= fig.start && o.end > from) from = o.end;
    if (o.start >= fig.end && o.start < to) to = o.start;
  }
  return `${text.slice(from, fig.start)} ${fig.kind === 'count' ? fig.unit : ''} ${text.slice(fig.end, to)}`;
}

/**
 * The clause of a figure for messages: its sentence, from the last colon before it when words stand between the
 * two (`...giảm nghèo: Tổ chức 11 buổi`, not `năm 2023: 14.200 triệu đồng`), at most MAX_QUOTE characters.
 */
function clauseOf(text: string, fig: TextFigure): string {
  const [s, e] = fig.sentence;
  const colon = text.lastIndexOf(':', fig.start);
  const from = colon >= s && (text.slice(colon + 1, fig.start).match(/\p{L}+/gu)?.length ?? 0) >= MIN_CLAUSE_WORDS ? colon + 1 : s;
  let quote = text.slice(from, e).replace(/\s+/gu, ' ').trim();
  if (quote.length > MAX_QUOTE) {
    const at = text.slice(from, fig.start).replace(/\s+/gu, ' ').trimStart().length;
    const a = Math.max(0, at - MAX_QUOTE / 2);
    quote = `${a > 0 ? '…' : ''}${quote.slice(a, a + MAX_QUOTE)}…`;
  }
  return quote;
}

/** Whether a figure is one of the parts listed after another figure of its kind (`412 hộ, trong đó 268 hộ`). */
function isListedPart(text: string, fig: TextFigure, others: TextFigure[]): boolean {
  return others.some((o) => o !== fig && o.kind === fig.kind && (o.kind === 'money' || sameUnit(o.unit, fig.unit))
    && o.start >= fig.sentence[0] && o.end <= fig.start && PARTS_OPENER.test(text.slice(o.end, fig.start)));
}

// ---------------------------------------------------------------- the check

/**
 * The one row the text speaks of. Rows that pass the thresholds together (`Nâng cao năng lực cho cộng đồng` and
 * `... cho cán bộ cơ sở`) are told apart by what only some of them say: the row whose own words the text uses,
 * when no other's are used. A text that uses the words of two rows (`cán bộ cơ sở và cộng đồng`) may give their
 * sum: null.
 */
function distinctRow(text: Set<string>, candidates: TableRowModel[]): TableRowModel | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  const common = new Set([...candidates[0].features].filter((f) => candidates.every((c) => c.features.has(f))));
  const named = candidates.filter((c) => [...c.features].some((f) => !common.has(f) && text.has(f)));
  return named.length === 1 ? named[0] : null;
}

function compare(doc: string, text: string, fig: TextFigure, window: string, tables: TableModel[]): Flag | null {
  const toInterval = (row: TableRowModel) => (p: ParsedNumber): Interval | null => {
    if (fig.kind === 'count') return countInterval(p);
    const mult = unitMultiplier(row.unit);
    return mult === null ? null : moneyInterval(p, mult);
  };
  const unitFits = (row: TableRowModel) => (fig.kind === 'count' ? sameUnit(fig.unit, row.unit) : namesCurrency(row.unit) && unitMultiplier(row.unit) !== null);
  const features = contextFeatures(window);
  const candidates: TableRowModel[] = [];
  for (const t of tables) {
    for (const row of t.rows) {
      if (!unitFits(row)) continue;
      const m = contextMatch(features, row.features);
      if (m.shared >= MIN_SHARED && m.cover >= MIN_COVER) candidates.push(row);
    }
  }
  if (!candidates.length) return null;
  // agreement with any figure of any matching row, or with a total row of the unit, ends the comparison
  const totals = tables.flatMap((t) => t.rows.filter((r) => r.isTotal && unitFits(r)));
  for (const row of [...candidates, ...totals]) {
    if (rowFigures(row, toInterval(row)).some((x) => overlaps(x, fig.value))) return null;
  }
  const row = distinctRow(features, candidates);
  if (!row) return null;
  const figure = rowFigure(row, toInterval(row), text.slice(fig.sentence[0], fig.sentence[1]));
  if (!figure) return null;
  const base = fig.kind === 'count' ? 10 ** COUNT_DECIMALS : 1;
  const stated = Number(fig.value.value) / base;
  const computed = Number(figure.value.value) / base;
  const tolerance = Number((fig.value.hi - fig.value.lo) / 2n + (figure.value.hi - figure.value.lo) / 2n) / base;
  const decimals = Math.max(0, ...figure.cells.map((v) => v.parsed.decimals));
  const tableShown = fig.kind === 'count' ? `${viNumber(computed, decimals)} ${unitKey(row.unit)}` : viMoney(figure.value.value);
  const parts = figure.cells.length > 1 ? ` (${figure.cells.map((v) => v.cell.text.trim()).join(' + ')})` : '';
  const name = row.caption ?? `bảng thứ ${row.tableIndex + 1}`;
  const quote = clauseOf(text, fig);
  const cellEv = (c: CellRow): Evidence => ({ doc_id: doc, start: c.start, end: c.end, text: c.text, page: c.page });
  const labels = [row.group, row.label].filter((c): c is CellRow => c !== null);
  return makeFlag({
    check_id: 'text_table_mismatch', severity: 'error', doc_id: doc, related_doc_id: null,
    message: `Văn bản ghi ${fig.shown} ("${quote}") nhưng ${name}, dòng "${row.context}" ghi ${tableShown}${parts} (${figure.how}).`,
    stated_value: stated, computed_value: computed, unit: fig.kind === 'count' ? 'count' : 'dong', tolerance,
    evidence: [
      { doc_id: doc, start: fig.start, end: fig.end, text: text.slice(fig.start, fig.end), page: fig.page },
      ...labels.map(cellEv),
      ...figure.cells.map((v) => cellEv(v.cell)),
    ],
  });
}

/** The figures of the text (outside the tables) that can be compared: exact counts and amounts, no parts of a list. */
function textFigures(text: string, quantities: Record<string, unknown>[], amounts: Record<string, unknown>[], tables: TableModel[]): TextFigure[] {
  const ends = sentenceEnds(text);
  const inTable = (start: number) => tables.some((t) => start >= t.start && start < t.end);
  const page = (v: unknown) => (v === null ? null : num(v));
  const figures: TextFigure[] = [];
  for (const q of quantities) {
    const start = num(q.start);
    const end = num(q.end);
    if (inTable(start) || q.of_total !== null || APPROXIMATE_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
    const decimals = num(q.decimals);
    const value = countInterval({ ok: true, digits: BigInt(Math.round(num(q.value) * 10 ** decimals)), decimals, style: 'vn' });
    if (!value) continue;
    figures.push({
      kind: 'count', start, end, raw: String(q.raw), page: page(q.page), section_path: String(q.section_path), unit: String(q.unit),
      value, shown: String(q.raw), sentence: sentenceAround(ends, text.length, start, end),
    });
  }
  for (const m of amounts) {
    const start = num(m.start);
    const end = num(m.end);
    if (inTable(start) || m.qualifier !== null || !COMPARED_ROLES.includes(String(m.role))) continue;
    figures.push({
      kind: 'money', start, end, raw: String(m.raw), page: page(m.page), section_path: String(m.section_path), unit: 'dong',
      value: { value: BigInt(m.value_dong as bigint), lo: BigInt(m.min_dong as bigint), hi: BigInt(m.max_dong as bigint) },
      shown: String(m.raw), sentence: sentenceAround(ends, text.length, start, end),
    });
  }
  return figures.filter((f) => !isListedPart(text, f, figures));
}

async function checkDocument(ctx: CheckContext, doc: string, tables: TableModel[]): Promise<Flag[]> {
  const [d] = await queryRows(ctx.db, 'SELECT text FROM documents WHERE doc_id = $1', [doc]);
  if (!d) return [];
  const text = String(d.text);
  const quantities = await queryRows(ctx.db, 'SELECT start, "end", raw, value, decimals, unit, of_total, page, section_path FROM quantities WHERE doc_id = $1', [doc]);
  const amounts = await queryRows(ctx.db, 'SELECT start, "end", raw, min_dong, max_dong, value_dong, qualifier, role, page, section_path FROM amounts WHERE doc_id = $1', [doc]);
  const percents = await queryRows(ctx.db, 'SELECT start, "end" FROM percents WHERE doc_id = $1', [doc]);
  const figures = textFigures(text, quantities, amounts, tables);
  if (!figures.length) return [];
  const spans = [...quantities, ...amounts, ...percents].map((r) => ({ start: num(r.start), end: num(r.end) }));
  const markers = await markersOf(ctx, doc, text);
  const flags: Flag[] = [];
  for (const fig of figures.sort((x, y) => x.start - y.start)) {
    const marked = markedTable(fig, markers, tables);
    if (marked === null) continue; // the section points to a table this document does not have
    const f = compare(doc, text, fig, windowOf(text, fig, spans), marked ? [marked] : tables);
    if (f) flags.push(f);
  }
  return flags;
}

/** `(Có biểu 02 chi tiết kèm theo)` markers with the section path they stand in. */
async function markersOf(ctx: CheckContext, doc: string, text: string): Promise<Marker[]> {
  const found = [...text.matchAll(TABLE_MARKER)];
  if (!found.length) return [];
  const rows = await queryRows(ctx.db, `SELECT block_index, kind, start, "end", level, bold, page, table_index FROM blocks WHERE doc_id = $1 ORDER BY start`, [doc]);
  const blocks: Block[] = rows.map((b) => ({
    index: num(b.block_index), kind: String(b.kind) as BlockKind, start: num(b.start), end: num(b.end),
    level: b.level === null ? null : num(b.level), bold: Boolean(b.bold), page: b.page === null ? null : num(b.page),
    table_index: b.table_index === null ? null : num(b.table_index),
  }));
  const stacks = sectionStacks(text, blocks);
  return found
    .filter((m) => !blocks.some((b) => b.kind === 'table' && m.index! >= b.start && m.index! < b.end))
    .map((m) => ({ start: m.index!, path: sectionPathAt(blocks, stacks, m.index!), kind: markerKind(m[MARKER_KIND]), number: Number(m[MARKER_NUMBER]) }));
}

const text_table_mismatch: Check = {
  id: 'text_table_mismatch',
  scope: 'document',
  description: 'Số liệu trong văn bản khác với số liệu cùng nội dung trong bảng (biểu) của chính báo cáo.',
  async run(ctx) {
    const cells = await queryRows(ctx.db, `
      SELECT c.doc_id, c.table_index, c.row, c.col, c.text, c.start, c."end", c.header_path, c.row_label, c.is_header, c.page,
             t.caption, t.start AS t_start, t."end" AS t_end
      FROM table_cells c JOIN tables t USING (doc_id, table_index)
      WHERE ${inScope(ctx, 'c')} ORDER BY c.doc_id, c.table_index, c.row, c.col`);
    const docs = new Map<string, Map<number, { caption: string | null; start: number; end: number; cells: CellRow[] }>>();
    for (const c of cells) {
      const doc = String(c.doc_id);
      const ts = docs.get(doc) ?? docs.set(doc, new Map()).get(doc)!;
      const ti = num(c.table_index);
      const t = ts.get(ti) ?? ts.set(ti, { caption: c.caption === null ? null : String(c.caption), start: num(c.t_start), end: num(c.t_end), cells: [] }).get(ti)!;
      t.cells.push({
        table_index: ti, row: num(c.row), col: num(c.col), text: String(c.text), start: num(c.start), end: num(c.end),
        header_path: String(c.header_path), row_label: String(c.row_label), is_header: Boolean(c.is_header), page: c.page === null ? null : num(c.page),
      });
    }
    const flags: Flag[] = [];
    for (const [doc, ts] of docs) {
      const models = [...ts].map(([i, t]) => tableModel(i, t.caption, t.start, t.end, t.cells)).filter((m): m is TableModel => m !== null && m.rows.length > 0);
      if (!models.length) continue;
      // every table bounds the text: figures inside any table are not text figures
      const bounds = [...ts].map(([i, t]) => models.find((m) => m.index === i) ?? { index: i, caption: t.caption, start: t.start, end: t.end, rows: [] });
      flags.push(...(await checkDocument(ctx, doc, bounds)));
    }
    return flags;
  },
};

export default text_table_mismatch;
