import { makeFlag, viDate, num, type Check } from './types.js';
import { queryRows } from '../db/database.js';
import { quoteSpans } from './quotes.js';
import type { Flag } from '../../schemas/flags.js';

/**
 * One document cited differently anywhere in the database:
 * - the same number and date with the same issuer code but another symbol (`252/BTTTT-KHHC` vs `252/BTTTT-KHTC`);
 * - the same symbol (canonical key) in the same year with two different dates.
 * Numbers restart every 1 January, so the same key in different years is a different document. Two citations
 * are of one document only when they name the same issuing body (`của UBND huyện Cao Lộc`) or one names none
 * while every citation that names one names the same: every district's UBND numbers its own `134/BC-UBND`.
 * A report citing its own number and symbol (`Kèm theo Báo cáo số ...` under its appendices) is left to
 * self_reference_mismatch, which compares it with the header.
 *
 * The form most documents use is taken as right: every document citing another form is flagged once per form,
 * against the first citation of the common one (when two forms are cited by as many documents, the one cited
 * first, by document id, stands). Grouped in DuckDB; only the flagged citations are quoted.
 */
/** Longest quote of a citation (its type, number, date, issuer and subject can run long). */
const QUOTE_MAX = 160;

/** SQL folding an issuer code for comparison: case, `Đ`/`Ð` as `D`, blanks dropped. */
const foldCode = (col: string) => `replace(replace(regexp_replace(upper(${col}), '\\s+', '', 'g'), 'Đ', 'D'), 'Ð', 'D')`;
/** SQL folding an issuing body: case, tone marks and blanks; `Ủy ban nhân dân` as `UBND`, `Hội đồng nhân dân` as `HĐND`. */
const foldBody = (col: string) => `replace(replace(regexp_replace(replace(strip_accents(lower(${col})), 'đ', 'd'), '\\s+', ' ', 'g'),
  'uy ban nhan dan', 'ubnd'), 'hoi dong nhan dan', 'hdnd')`;
/** SQL: a symbol as compared with the report's own (blanks and a leading slash dropped, upper case). */
const bareSymbol = (col: string) => `ltrim(upper(regexp_replace(${col}, '\\s+', '', 'g')), '/')`;

/**
 * Citations in groups (`grp`: what must agree inside one document; `val`: the form compared), the flagged ones
 * out: each document's first citation of a form other than its group's most cited one, with the first citation
 * of that one (`a_*`, then `b_*` for the flagged).
 */
function conflictsSql(grp: string[], val: string): string {
  const g = grp.join(', ');
  return `
    grouped AS (
      SELECT *, CASE WHEN count(DISTINCT body) OVER (PARTITION BY ${g}) <= 1 THEN '' ELSE coalesce(body, '~') END AS bkey FROM refs
    ),
    forms AS (
      SELECT ${g}, bkey, ${val} AS val, count(DISTINCT doc_id) AS docs, min(ord) AS first_ord
      FROM grouped GROUP BY ALL
    ),
    ranked AS (
      SELECT *, row_number() OVER (PARTITION BY ${grp.map((c) => `f.${c}`).join(', ')}, f.bkey ORDER BY f.docs DESC, f.first_ord) AS rnk,
             count(*) OVER (PARTITION BY ${grp.map((c) => `f.${c}`).join(', ')}, f.bkey) AS n_forms
      FROM forms f
    ),
    common AS (SELECT r.* FROM ranked r WHERE r.rnk = 1 AND r.n_forms > 1),
    odd AS (
      SELECT g.*, row_number() OVER (PARTITION BY g.doc_id, ${grp.map((c) => `g.${c}`).join(', ')}, g.bkey, g.${val} ORDER BY g.start) AS k
      FROM grouped g JOIN common c USING (${g}, bkey) WHERE g.${val} <> c.val
    )
    SELECT a.doc_id AS a_doc, a.full_start AS a_start, a.full_end AS a_end, a.raw AS a_raw, a.issued_on AS a_on, a.page AS a_page,
           o.doc_id AS b_doc, o.full_start AS b_start, o.full_end AS b_end, o.raw AS b_raw, o.issued_on AS b_on, o.page AS b_page, o.number
    FROM odd o JOIN common c USING (${g}, bkey) JOIN grouped a ON a.ord = c.first_ord
    WHERE o.k = 1
    ORDER BY a.ord, o.ord`;
}

const docref_conflict: Check = {
  id: 'docref_conflict',
  scope: 'corpus',
  description: 'Cùng một văn bản được trích dẫn với số ký hiệu hoặc ngày khác nhau.',
  async run(ctx) {
    // only the citations of a group that has two forms before folding leave the first step (cheap GROUP BYs on
    // the raw columns: folding can only merge issuers, and a group needs two forms anyway); the rest works on those
    const refs = (coarse: string[], form: string) => `
      WITH cited AS (
        SELECT r.doc_id, r.start, r.full_start, r.full_end, r.raw, r.number, r.canonical_key, r.page, r.issuer_code, r.issuing_body,
               CAST(r.issued_on AS VARCHAR) AS issued_on, year(r.issued_on) AS yr
        FROM doc_refs r JOIN documents d USING (doc_id)
        WHERE r.number IS NOT NULL AND r.issued_on IS NOT NULL
          AND NOT CASE WHEN r.number = d.number THEN ${bareSymbol('r.symbol')} = ${bareSymbol('d.symbol')}
                   AND year(r.issued_on) = coalesce(d.issued_year, year(r.issued_on)) ELSE FALSE END
      ),
      cand AS (
        SELECT * FROM cited c SEMI JOIN (SELECT ${coarse.join(', ')} FROM cited GROUP BY ALL HAVING count(DISTINCT ${form}) > 1) k USING (${coarse.join(', ')})
      ),
      issuers AS (SELECT issuer_code, ${foldCode('issuer_code')} AS issuer FROM (SELECT DISTINCT issuer_code FROM cand)),
      bodies AS (SELECT issuing_body, ${foldBody('issuing_body')} AS body FROM (SELECT DISTINCT issuing_body FROM cand)),
      refs AS (
        SELECT c.* EXCLUDE (issuer_code, issuing_body), i.issuer, b.body, row_number() OVER (ORDER BY c.doc_id, c.start) AS ord
        FROM cand c
        LEFT JOIN issuers i ON i.issuer_code IS NOT DISTINCT FROM c.issuer_code
        LEFT JOIN bodies b ON b.issuing_body IS NOT DISTINCT FROM c.issuing_body
      ),`;
    // by number + date + issuer: different symbols
    const symbols = await queryRows(ctx.db, `${refs(['number', 'issued_on'], 'canonical_key')} ${conflictsSql(['number', 'issued_on', 'issuer'], 'canonical_key')}`);
    // by canonical key + year: different dates
    const dates = await queryRows(ctx.db, `${refs(['canonical_key', 'yr'], 'issued_on')} ${conflictsSql(['canonical_key', 'yr'], 'issued_on')}`);
    const found = [
      ...symbols.map((r) => ({ r, message: `Cùng văn bản số ${num(r.number)} ngày ${viDate(String(r.a_on))} được trích với hai ký hiệu khác nhau: "${r.a_raw}" và "${r.b_raw}".` })),
      ...dates.map((r) => ({ r, message: `Văn bản "${r.a_raw}" được trích với hai ngày khác nhau: ${viDate(String(r.a_on))} và ${viDate(String(r.b_on))}.` })),
    ];
    const span = (r: Record<string, unknown>, side: 'a' | 'b') => {
      const start = num(r[`${side}_start`]);
      return { doc_id: String(r[`${side}_doc`]), start, end: Math.min(num(r[`${side}_end`]), start + QUOTE_MAX) };
    };
    const spans = found.flatMap(({ r }) => [span(r, 'a'), span(r, 'b')]);
    const quotes = await quoteSpans(ctx.db, spans);
    const page = (p: unknown) => (p === null || p === undefined ? null : num(p));
    return found.map(({ r, message }, i): Flag => makeFlag({
      check_id: 'docref_conflict', severity: 'error', doc_id: String(r.b_doc), related_doc_id: r.a_doc === r.b_doc ? null : String(r.a_doc),
      message, stated_value: null, computed_value: null, unit: null, tolerance: null,
      evidence: [{ ...spans[2 * i], text: quotes[2 * i], page: page(r.a_page) }, { ...spans[2 * i + 1], text: quotes[2 * i + 1], page: page(r.b_page) }],
    }));
  },
};

export default docref_conflict;
