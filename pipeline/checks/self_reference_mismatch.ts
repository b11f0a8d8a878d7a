import { makeFlag, viDate, inScope, num, type Check } from './types.js';
import { queryRows } from '../db/database.js';
import { quoteSpans, sqlString } from './quotes.js';
import type { Flag } from '../../schemas/flags.js';

/**
 * An appendix says `(Kèm theo Báo cáo số: 2043/BC-UBND ngày 18 tháng 10 năm 2020 ...)` while the report
 * itself is `2049/BC-UBND` of `14 tháng 10 năm 2020`: number, symbol or date disagree with the header.
 * A draft (blank number or day) is compared only on what it states.
 */
const KEM_THEO = /k[èe]m\s+theo(?:\s+(?:báo cáo|quyết định|kế hoạch|tờ trình)(?:\s+số)?)?$/iu;
/** How far before a reference `Kèm theo ...` is looked for. */
const BEFORE = 40;
/** How much of the text holds the report's own `Số:` and place-and-date lines. */
const HEAD = 3000;
/** Documents whose heads are read in one query. */
const HEAD_BATCH = 1000;

/** Whether the text just before a reference (`before`, up to BEFORE characters) makes it the report's own. */
export function isKemTheo(before: string): boolean {
  return KEM_THEO.test(before.replace(/[\s(:]+$/u, ''));
}

/**
 * Finding `Kèm theo` before a reference in DuckDB, one cut per reference (a cut is paid by its offset: DuckDB
 * walks the UTF-8 text to find it). `refWindowSql` (over doc_refs `alias` joined with documents `d`) is the text
 * from BEFORE characters before the full reference to the end of its number and symbol, as `w`. DuckDB's substr
 * counts code points, our offsets are UTF-16 units: the two agree up to the reference (`aligned`) when `w` ends
 * with its raw. Over a subquery with `w`, `raw` and `full_start`: REF_BEFORE_SQL and MAYBE_KEM_THEO_SQL, a
 * superset (a reference not aligned is kept for an exact look).
 */
export function refWindowSql(alias: string): string {
  return `substr(d.text, greatest(${alias}.full_start - ${BEFORE}, 0) + 1, ${alias}."end" - greatest(${alias}.full_start - ${BEFORE}, 0)) AS w`;
}
export const REF_BEFORE_SQL = `ends_with(w, raw) AS aligned, substr(w, 1, full_start - greatest(full_start - ${BEFORE}, 0)) AS before`;
export const MAYBE_KEM_THEO_SQL = `(NOT ends_with(w, raw) OR substr(w, 1, full_start - greatest(full_start - ${BEFORE}, 0)) ILIKE '%theo%')`;

/** The exact `before` of each row of a query made with beforeRefSql (the few not aligned are cut exactly). */
export async function exactBefores(db: Parameters<typeof quoteSpans>[0], rows: Record<string, unknown>[]): Promise<string[]> {
  const out = rows.map((r) => (r.aligned ? String(r.before) : ''));
  const loose = rows.flatMap((r, i) => (r.aligned ? [] : [i]));
  const cut = await quoteSpans(db, loose.map((i) => ({ doc_id: String(rows[i].doc_id), start: Math.max(num(rows[i].full_start) - BEFORE, 0), end: num(rows[i].full_start) })));
  loose.forEach((i, k) => { out[i] = cut[k]; });
  return out;
}

const self_reference_mismatch: Check = {
  id: 'self_reference_mismatch',
  scope: 'document',
  description: 'Phụ lục ghi "Kèm theo Báo cáo số ... ngày ..." khác với số, ký hiệu hoặc ngày của chính báo cáo.',
  async run(ctx) {
    const candidates = await queryRows(ctx.db, `
      SELECT * EXCLUDE (w), ${REF_BEFORE_SQL} FROM (
        SELECT r.doc_id, r.start, r."end", r.full_start, r.full_end, r.raw, r.number, r.symbol, r.issuer_code, r.type_code,
               CAST(r.issued_on AS VARCHAR) AS ref_on, r.page,
               d.number AS own_number, d.symbol AS own_symbol, CAST(d.issued_on AS VARCHAR) AS own_on,
               d.issued_year, d.issued_month, d.issued_day, d.doc_type_code, ${refWindowSql('r')}
        FROM doc_refs r JOIN documents d USING (doc_id)
        WHERE ${inScope(ctx, 'r')})
      WHERE ${MAYBE_KEM_THEO_SQL}
      ORDER BY doc_id, start`);
    const befores = await exactBefores(ctx.db, candidates);
    const found: { r: Record<string, unknown>; problems: string[]; ownNumber: number | null }[] = [];
    candidates.forEach((r, i) => {
      if (!isKemTheo(befores[i])) return;
      const problems: string[] = [];
      const ownNumber = r.own_number === null ? null : num(r.own_number);
      if (ownNumber !== null && r.number !== null && num(r.number) !== ownNumber) problems.push(`số ${num(r.number)} khác số ${ownNumber} của báo cáo`);
      const ownSym = r.own_symbol ? String(r.own_symbol).replace(/\s+/gu, '') : null;
      const refSym = String(r.symbol).replace(/\s+/gu, '').replace(/^\/+/u, '');
      if (ownSym && refSym && !refSym.toUpperCase().endsWith(ownSym.toUpperCase()) && !ownSym.toUpperCase().endsWith(refSym.toUpperCase())) problems.push(`ký hiệu ${refSym} khác ${ownSym}`);
      if (r.ref_on && r.own_on && r.ref_on !== r.own_on) problems.push(`ngày ${viDate(String(r.ref_on))} khác ngày ${viDate(String(r.own_on))} của báo cáo`);
      if (r.ref_on && !r.own_on && r.issued_year !== null) {
        const [y, m] = String(r.ref_on).split('-').map(Number);
        if (y !== num(r.issued_year) || (r.issued_month !== null && m !== num(r.issued_month))) problems.push(`ngày ${viDate(String(r.ref_on))} khác tháng ${num(r.issued_month)}/${num(r.issued_year)} của báo cáo`);
      }
      if (problems.length) found.push({ r, problems, ownNumber });
    });
    const quotes = await quoteSpans(ctx.db, found.map(({ r }) => ({ doc_id: String(r.doc_id), start: num(r.full_start), end: num(r.full_end) })));
    const heads = new Map<string, { start: number; end: number; text: string }[]>();
    await forHeads(ctx, [...new Set(found.map(({ r }) => String(r.doc_id)))], (docId, head) => heads.set(docId, ownHeaderEvidence(head)));
    return found.map(({ r, problems, ownNumber }, i): Flag => makeFlag({
      check_id: 'self_reference_mismatch', severity: 'error', doc_id: String(r.doc_id), related_doc_id: null,
      message: `Phụ lục ghi "Kèm theo Báo cáo số ${String(r.raw)}" nhưng ${problems.join('; ')}.`,
      stated_value: r.number === null ? null : num(r.number), computed_value: ownNumber, unit: null, tolerance: null,
      evidence: [
        { doc_id: String(r.doc_id), start: num(r.full_start), end: num(r.full_end), text: quotes[i], page: r.page === null ? null : num(r.page) },
        ...(heads.get(String(r.doc_id)) ?? []).map((o) => ({ doc_id: String(r.doc_id), ...o, page: null })),
      ],
    }));
  },
};

/**
 * The first HEAD characters of each document (a prefix, so offsets in it are offsets in the text). DuckDB cuts a
 * little more than HEAD code points, which is at least HEAD UTF-16 units; the cut to HEAD is made here.
 */
async function forHeads(ctx: Parameters<Check['run']>[0], docIds: string[], fn: (docId: string, head: string) => void): Promise<void> {
  for (let i = 0; i < docIds.length; i += HEAD_BATCH) {
    const ids = docIds.slice(i, i + HEAD_BATCH).map(sqlString).join(', ');
    for (const r of await queryRows(ctx.db, `SELECT doc_id, substr(text, 1, ${HEAD}) AS head FROM documents WHERE doc_id IN (${ids})`)) fn(String(r.doc_id), String(r.head).slice(0, HEAD));
  }
}

/** The report's own `Số: ...` and place-and-date lines, quoted. */
function ownHeaderEvidence(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const re of [/Số\s*:?\s*\d*\s*\/\s*\S+/u, /[\p{L} ]+,\s*ngày\s*\d{0,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}/u]) {
    const m = re.exec(text.slice(0, HEAD));
    if (m) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

export default self_reference_mismatch;
