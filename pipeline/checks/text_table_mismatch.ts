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
 * A table row is comparable when the table has a unit column (`Đơn vị tính`): a text quantity is compared with
 * rows of the same unit (`buổi`, `người`, `lượt người` ~ `người`), a text amount with rows in a money unit
 * (`triệu đồng`). The row's context (the group row above it and its label) must be contained in the text
 * around the figure (the sentence, cut at the neighbouring figures): shared syllable bigrams, stop words and
 * numbers left out, at least MIN_SHARED of them and MIN_COVER of the row's. `(Có biểu 02 chi tiết kèm theo)`
 * restricts the figures of its section to that table.
 *
 * Nothing that agrees is flagged: the text figure agrees when it equals (at printed precision) any figure of
 * any matching row (total, year or other columns), a sum of its year columns, or a total row of the same
 * unit. A flag needs exactly one matching row. The table's figure is `Tổng số › Thực
 * hiện`, else `Tổng số › Kế hoạch`, else the total column, else the sum of the year columns.
 */
const UNIT_HEADER = /^(?:đơn\s*vị\s*tính|đơn\s*vị|đvt)\.?$/iu;
const STT_HEADER = /^(?:stt|tt|số\s*tt|số\s*thứ\s*tự)$/iu;
const NOTE_HEADER = /^ghi\s*chú$/iu;
const RATIO_HEADER = /%|tỷ\s*lệ|tỉ\s*lệ/iu;
const TOTAL_COL = /^(?:tổng\s*số|tổng\s*cộng|tổng|cộng|lũy\s*kế|luỹ\s*kế)$/iu;
const YEAR_COL = /^năm\s+\d{4}$/iu;
const DONE = /^thực\s*hiện$/iu;
const PLAN = /^kế\s*hoạch$/iu;
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
  'ra', 'trên', 'dưới', 'gồm', 'bao', 'số', 'lượng', 'tổng', 'cộng', 'năm', 'tháng', 'ngày', 'đạt', 'toàn', 'mỗi',
];
const MIN_SHARED = 3;
const MIN_COVER = 0.5;
/** Counts are compared in millionths, so that printed decimals stay exact integers. */
const COUNT_DECIMALS = 6;
const MAX_QUOTE = 200;

const tokenizer = new AggressiveTokenizerVi();

/** `hoà`/`hòa`, `thuỷ`/`thủy`: the tone mark moved onto the second vowel, for matching keys only. */
function foldTones(s: string): string {
  return s.normalize('NFD').replace(/([ou])([\u0300\u0301\u0303\u0309\u0323])([aey])/gu, '$1$3$2').normalize('NFC');
}

const STOP = new Set(STOP_SYLLABLES.map(foldTones));

/** Syllable bigrams of a text, within phrases, without stop words. */
export function contextFeatures(text: string): Set<string> {
  const out = new Set<string>();
  const clean = foldTones(text.normalize('NFC').toLowerCase()).replace(NUMBER_RUN, (n) => ` ${n.replace(/[.,]/gu, '').replace(/^0+(?=\d)/u, '')} `);
  for (const phrase of clean.split(PHRASE_BREAK)) {
    const toks = tokenizer.tokenize(phrase).filter((t) => !STOP.has(t));
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

/** A closed interval in base units: millionths for counts, đồng for money. */
interface Interval { lo: bigint; hi: bigint }

function countInterval(p: ParsedNumber): Interval {
  const scale = 10n ** BigInt(COUNT_DECIMALS - p.decimals);
  const v = p.digits * scale;
  // a figure printed with decimals was rounded: half a unit of its last digit either side; counts are exact
  const half = p.decimals > 0 ? scale / 2n : 0n;
  return { lo: v - half, hi: v + half };
}

function moneyInterval(p: ParsedNumber, multiplier: bigint): Interval | null {
  const d = dongInterval(p, multiplier, multiplier === 1n);
  return d ? { lo: d.min, hi: d.max } : null;
}

function overlaps(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

function sum(xs: Interval[]): Interval {
  return xs.reduce((s, x) => ({ lo: s.lo + x.lo, hi: s.hi + x.hi }), { lo: 0n, hi: 0n });
}

function mid(x: Interval): bigint {
  return (x.lo + x.hi) / 2n;
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
  if (UNIT_HEADER.test(parts[0]) || STT_HEADER.test(parts[0]) || NOTE_HEADER.test(parts[0]) || parts.some((p) => RATIO_HEADER.test(p))) return null;
  if (TOTAL_COL.test(parts[0])) return 'total';
  if (YEAR_COL.test(parts[0])) return 'year';
  if (parts.length === 1 && (DONE.test(parts[0]) || PLAN.test(parts[0]))) return 'plain';
  return 'other';
}

/** Rows of a table with a unit column, with their unit, context and figures; null when the table has none. */
export function tableModel(index: number, caption: string | null, start: number, end: number, cells: CellRow[]): TableModel | null {
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
    if (!unit && isTotal) unit = [...units].find((u) => new RegExp(`(?:^|\\s)${u}(?:\\s|$)`, 'u').test(unitKey(labelText))) ?? '';
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

/** The table's figure for a row and the cells it comes from. */
function rowFigure(row: TableRowModel, toInterval: (p: ParsedNumber) => Interval | null): { value: Interval; cells: ValueCell[]; how: string } | null {
  const pick = (kind: ColumnKind, sub: RegExp | null) => row.values.find((v) => v.column.kind === kind && (sub ? sub.test(v.column.sub) : v.column.sub === ''));
  for (const [kind, sub] of [['total', DONE], ['total', PLAN], ['total', null], ['plain', DONE], ['plain', PLAN]] as const) {
    const v = pick(kind, sub);
    const x = v ? toInterval(v.parsed) : null;
    if (!v || !x) continue;
    const years = kind === 'total' ? [...yearGroups(row)].find(([k]) => k === v.column.sub.toLowerCase())?.[1] : undefined;
    const split = years && years.length > 1 ? ` = ${years.map((y) => y.cell.text.trim()).join(' + ')} theo các năm` : '';
    return { value: x, cells: [v], how: `cột "${v.column.header}"${split}` };
  }
  const groups = yearGroups(row);
  for (const sub of [DONE, PLAN, null]) {
    const parts = [...groups].find(([k]) => (sub ? sub.test(k) : k === ''))?.[1];
    if (!parts?.length) continue;
    const xs = parts.map((v) => toInterval(v.parsed));
    if (xs.every((x): x is Interval => x !== null)) {
      return { value: sum(xs), cells: parts, how: `tổng các cột năm ${parts.map((v) => `"${v.column.header}"`).join(', ')}` };
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

function sentenceBounds(text: string, at: number, end: number): [number, number] {
  let s = 0;
  let e = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    if (m.index < at) s = m.index + 1;
    else if (m.index >= end) { e = m.index; break; }
  }
  return [s, e];
}

/**
 * The text around a figure: its sentence, cut at the figures before and after it, the figure itself replaced by
 * its unit (`Tổ chức 11 buổi nói chuyện` → `Tổ chức buổi nói chuyện`, as a table label says it).
 */
export function windowOf(text: string, fig: { start: number; end: number; unit: string }, all: { start: number; end: number }[]): string {
  const [s, e] = sentenceBounds(text, fig.start, fig.end);
  let from = s;
  let to = e;
  for (const o of all) {
    if (o.end <= fig.start && o.end > from) from = o.end;
    if (o.start >= fig.end && o.start < to) to = o.start;
  }
  return `${text.slice(from, fig.start)} ${fig.unit} ${text.slice(fig.end, to)}`;
}

/** The clause of a figure for messages: its sentence from the last colon before it, at most MAX_QUOTE characters. */
function clauseOf(text: string, fig: { start: number; end: number }): string {
  const [s, e] = sentenceBounds(text, fig.start, fig.end);
  const colon = text.lastIndexOf(':', fig.start);
  const from = colon >= s ? colon + 1 : s;
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
  const [s] = sentenceBounds(text, fig.start, fig.end);
  return others.some((o) => o !== fig && o.kind === fig.kind && (o.kind === 'money' || sameUnit(o.unit, fig.unit))
    && o.start >= s && o.end <= fig.start && PARTS_OPENER.test(text.slice(o.end, fig.start)));
}

// ---------------------------------------------------------------- the check

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
  // a sentence that fits two rows (`cán bộ cơ sở và cộng đồng`) may speak of their sum: not compared
  if (candidates.length > 1) return null;
  const row = candidates[0];
  const figure = rowFigure(row, toInterval(row));
  if (!figure) return null;
  const stated = fig.kind === 'count' ? Number(mid(fig.value)) / 10 ** COUNT_DECIMALS : Number(mid(fig.value));
  const computed = fig.kind === 'count' ? Number(mid(figure.value)) / 10 ** COUNT_DECIMALS : Number(mid(figure.value));
  const tolerance = Number((fig.value.hi - fig.value.lo) / 2n + (figure.value.hi - figure.value.lo) / 2n) / (fig.kind === 'count' ? 10 ** COUNT_DECIMALS : 1);
  const decimals = Math.max(0, ...figure.cells.map((v) => v.parsed.decimals));
  const tableShown = fig.kind === 'count' ? `${viNumber(computed, decimals)} ${unitKey(fig.unit)}` : viMoney(mid(figure.value));
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

async function checkDocument(ctx: CheckContext, doc: string, tables: TableModel[]): Promise<Flag[]> {
  const quoted = `'${doc.replace(/'/gu, "''")}'`;
  const [d] = await queryRows(ctx.db, `SELECT text FROM documents WHERE doc_id = ${quoted}`);
  if (!d) return [];
  const text = String(d.text);
  const inTable = (start: number) => tables.some((t) => start >= t.start && start < t.end);
  const quantities = await queryRows(ctx.db, `SELECT start, "end", raw, value, decimals, unit, of_total, page, section_path FROM quantities WHERE doc_id = ${quoted} ORDER BY start`);
  const amounts = await queryRows(ctx.db, `SELECT start, "end", raw, min_dong, max_dong, value_dong, qualifier, role, page, section_path FROM amounts WHERE doc_id = ${quoted} ORDER BY start`);
  const percents = await queryRows(ctx.db, `SELECT start, "end" FROM percents WHERE doc_id = ${quoted}`);
  const spans = [...quantities, ...amounts, ...percents].map((r) => ({ start: num(r.start), end: num(r.end) }));
  const figures: TextFigure[] = [];
  for (const q of quantities) {
    const start = num(q.start);
    if (inTable(start) || q.of_total !== null || APPROXIMATE_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
    const decimals = num(q.decimals);
    const digits = BigInt(Math.round(num(q.value) * 10 ** decimals));
    figures.push({
      kind: 'count', start, end: num(q.end), raw: String(q.raw), page: q.page === null ? null : num(q.page), section_path: String(q.section_path),
      unit: String(q.unit), value: countInterval({ ok: true, digits, decimals, style: 'vn' }), shown: String(q.raw),
    });
  }
  for (const a of amounts) {
    const start = num(a.start);
    if (inTable(start) || a.qualifier !== null || !['single', 'composite'].includes(String(a.role))) continue;
    figures.push({
      kind: 'money', start, end: num(a.end), raw: String(a.raw), page: a.page === null ? null : num(a.page), section_path: String(a.section_path),
      unit: 'dong', value: { lo: BigInt(a.min_dong as bigint), hi: BigInt(a.max_dong as bigint) }, shown: String(a.raw),
    });
  }
  if (!figures.length) return [];
  const markers = await markersOf(ctx, doc, text);
  const flags: Flag[] = [];
  for (const fig of figures) {
    const marked = markedTable(fig, markers, tables);
    if (marked === null) continue; // the section points to a table this document does not have
    if (isListedPart(text, fig, figures)) continue;
    const window = windowOf(text, { start: fig.start, end: fig.end, unit: fig.kind === 'count' ? fig.unit : '' }, spans);
    const f = compare(doc, text, fig, window, marked ? [marked] : tables);
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
