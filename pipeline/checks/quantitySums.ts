import { makeFlag, inScope, num, viNumber, type CheckContext } from './types.js';
import { queryRows } from '../db/database.js';
import { quoteSpans } from './quotes.js';
import { MEASURE_UNITS } from '../../extractors/quantity/quantityUnits.js';
import type { Flag } from '../../schemas/flags.js';

/**
 * sum_mismatch for counts: `tổ chức 08 lớp tập huấn, trong đó: 09 lớp cho cộng đồng, 03 lớp cho cán bộ cơ sở`
 * lists parts (the quantities of the same unit after `trong đó`, up to the end of the sentence) whose sum
 * exceeds the total. A `trong đó` list may be partial (domain.md §6), so only parts above the total are flagged.
 * A count (`08 lớp`, `412 hộ`) is exact; a measure (`235 ha`, `160,52 ha`) is known to half a unit of its last
 * printed digit, and the parts must exceed the total beyond that. One part above the total is an error; parts
 * that only together exceed it are a warning, since listed groups may overlap or lie outside the total
 * (public-vn 5fad1b25d16e594e: `tầng cao 09 tầng trong đó 1 tầng hầm để xe, 1 tầng dịch vụ ..., 08 tầng ở`,
 * where the basement is not one of the nine floors above ground). Durations (`5 năm, trong đó 2 năm`) are left
 * alone. DuckDB keeps the totals followed by a quantity of their unit and by `trong đó` close after, and cuts
 * the text after each; the marker and the sentence are read here.
 */
/** How far after the start of a total its parts are looked for (characters). */
const WINDOW = 400;
/** Units that are lengths of time, not things that add up in a `trong đó` list. */
const DURATIONS = ['năm', 'tháng', 'tuần', 'ngày', 'giờ', 'phút', 'tuổi'];
/**
 * After the total: its noun phrase (no number, no sentence or clause end), then `trong đó` (or, after a full
 * stop, `Trong đó`) and an optional `:`/`có`/`gồm`.
 */
const MARKER = /^(?<noun>[^\d.;\n]{0,60}?)(?:\.\s*)?trong\s+đó\s*(?::\s*|có\s+|gồm\s+)?/iu;
const NOUN_GROUP = 'noun';
/** The end of the sentence that holds the list. */
const SENTENCE_END = /\.(?=\s|$)|\n/u;

interface Quantity {
  start: number;
  end: number;
  raw: string;
  value: number;
  decimals: number;
  unit: string;
  page: number | null;
}

export async function quantitySumFlags(ctx: CheckContext): Promise<Flag[]> {
  const rows = await queryRows(ctx.db, `
    WITH q AS (
      SELECT doc_id, start, "end", raw, value, decimals, lower(unit) AS unit, page FROM quantities
      WHERE of_total IS NULL AND lower(unit) NOT IN (${DURATIONS.map((u) => `'${u}'`).join(', ')}) AND ${inScope(ctx, 'quantities')}
    ),
    pairs AS (
      SELECT t.doc_id, t.start AS t_start, p.start, p."end", p.raw, p.value, p.decimals, p.page
      FROM q t JOIN q p ON p.doc_id = t.doc_id AND p.unit = t.unit AND p.start >= t."end" AND p.start < t.start + ${WINDOW}
    ),
    totals AS (
      SELECT t.*, substr(d.text, t.start + 1, ${WINDOW}) AS w
      FROM (SELECT * FROM q SEMI JOIN (SELECT DISTINCT doc_id, t_start AS start FROM pairs) k USING (doc_id, start)) t
      JOIN documents d USING (doc_id)
    )
    SELECT t.doc_id, t.start AS t_start, t."end" AS t_end, t.raw AS t_raw, t.value AS t_value, t.decimals AS t_decimals, t.unit, t.page AS t_page,
           starts_with(t.w, t.raw) AS aligned, CASE WHEN starts_with(t.w, t.raw) THEN t.w END AS w,
           p.start, p."end", p.raw, p.value, p.decimals, p.page
    FROM totals t JOIN pairs p ON p.doc_id = t.doc_id AND p.t_start = t.start
    WHERE NOT starts_with(t.w, t.raw) OR t.w ILIKE '%trong%'
    ORDER BY t.doc_id, t.start, p.start`);
  const totals = new Map<string, { doc_id: string; total: Quantity; w: string | null; parts: Quantity[] }>();
  for (const r of rows) {
    const key = `${r.doc_id}|${num(r.t_start)}`;
    let t = totals.get(key);
    if (!t) {
      t = {
        doc_id: String(r.doc_id), w: r.aligned ? String(r.w) : null, parts: [],
        total: { start: num(r.t_start), end: num(r.t_end), raw: String(r.t_raw), value: num(r.t_value), decimals: num(r.t_decimals), unit: String(r.unit), page: page(r.t_page) },
      };
      totals.set(key, t);
    }
    t.parts.push({ start: num(r.start), end: num(r.end), raw: String(r.raw), value: num(r.value), decimals: num(r.decimals), unit: String(r.unit), page: page(r.page) });
  }
  // a text with characters outside the BMP: the window is cut exactly here
  const loose = [...totals.values()].filter((t) => t.w === null);
  const cut = await quoteSpans(ctx.db, loose.map((t) => ({ doc_id: t.doc_id, start: t.total.start, end: t.total.start + WINDOW })));
  loose.forEach((t, i) => { t.w = cut[i]; });
  const flags: Flag[] = [];
  for (const { doc_id, total, w, parts } of totals.values()) {
    const after = (w ?? '').slice(total.end - total.start);
    const m = MARKER.exec(after);
    if (!m) continue;
    const listStart = total.end + m[0].length;
    const rest = after.slice(m[0].length);
    const stop = SENTENCE_END.exec(rest);
    const listEnd = stop ? listStart + stop.index : total.start + WINDOW;
    const listed = parts.filter((p) => p.start >= listStart && p.end <= listEnd);
    if (!listed.length || !exceeds(total, listed)) continue;
    flags.push(flagOf(doc_id, total, `${total.raw}${m.groups![NOUN_GROUP]}`.replace(/[\s,(:.]+$/u, ''), listed));
  }
  return flags;
}

function page(p: unknown): number | null {
  return p === null || p === undefined ? null : num(p);
}

/** Half the printed precision of a measure (`160,52 ha` → 0.005); a count is exact. */
function halfUnit(q: Quantity): number {
  return q.decimals > 0 || MEASURE_UNITS.has(q.unit) ? 0.5 * 10 ** -q.decimals : 0;
}

/** Whether the parts, each at its lowest, still exceed the total at its highest (in hundred-thousandths, exact for printed decimals). */
function exceeds(total: Quantity, parts: Quantity[]): boolean {
  const scaled = (x: number) => Math.round(x * 1e5);
  const low = parts.reduce((s, p) => s + scaled(p.value) - scaled(halfUnit(p)), 0);
  return low > scaled(total.value) + scaled(halfUnit(total));
}

function flagOf(docId: string, total: Quantity, label: string, parts: Quantity[]): Flag {
  const decimals = Math.max(total.decimals, ...parts.map((p) => p.decimals));
  const scale = 10 ** decimals;
  const sumScaled = parts.reduce((s, p) => s + Math.round(p.value * scale), 0);
  const sum = sumScaled / scale;
  const diff = (sumScaled - Math.round(total.value * scale)) / scale;
  const unitOf = (q: Quantity) => q.raw.replace(/^[\d.,\s]+/u, '');
  const show = (v: number) => `${viNumber(v, decimals)} ${unitOf(total)}`;
  const oneAbove = parts.some((p) => exceeds(total, [p]));
  return makeFlag({
    check_id: 'sum_mismatch', severity: oneAbove ? 'error' : 'warning', doc_id: docId, related_doc_id: null,
    message: `"${label}" nhỏ hơn các phần được liệt kê sau "trong đó": ${parts.map((p) => p.raw).join(' + ')} = ${show(sum)} (lệch ${show(diff)})`
      + (oneAbove ? '.' : '; các phần có thể trùng nhau hoặc nằm ngoài tổng, cần xem lại.'),
    stated_value: total.value, computed_value: sum, unit: 'count',
    tolerance: halfUnit(total) + parts.reduce((s, p) => s + halfUnit(p), 0),
    evidence: [total, ...parts].map((q) => ({ doc_id: docId, start: q.start, end: q.end, text: q.raw, page: q.page })),
  });
}
