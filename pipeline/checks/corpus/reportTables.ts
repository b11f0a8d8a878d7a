import { num } from '../types.js';
import type { Db } from '../../db/database.js';
import { foldKey } from '../../../extractors/facts/fold.js';
import { MEASURES } from '../../../schemas/facts.js';
import { measureClass } from '../../../extractors/facts/measureClass.js';
import { reportGroups, type HeaderRow } from '../../../extractors/facts/renditions.js';
import { reportingBody } from '../../../extractors/facts/reportingBody.js';
import { applyMention, EMPTY_SUBJECT, subjectKey, subjectText } from '../../../extractors/facts/subject.js';
import { findMentions } from '../../../extractors/facts/subjectMentions.js';
import { queryRows, sqlStr, tempTable } from './sql.js';

/**
 * The budget facts of every report, prepared once in DuckDB for the corpus checks (set-based: JS only sees
 * headers and the few distinct subjects and section titles, never the documents' texts).
 *
 * - `crx_facts`: every fact of every rendition with its report, its rank in the rendition (renditions of one
 *   report have the same figures in the same order, see renditions.ts), its measure class, its subject key with
 *   the reporting body made explicit (`q`), and its as-of date (`as_of`).
 * - `crx_keys`: per report (read through its preferred rendition) and per figure — subject, measure class, fund
 *   source, capital type, period and, for figures that grow over time, as-of date — the value the report
 *   states, when every statement of that figure in the report agrees (`[lo; hi]`, the intersection of their
 *   printed-precision intervals). A report that gives one figure two values says nothing provable about it.
 *
 * What makes two figures comparable (domain: a report states the plan of a period and the progress up to a date):
 * - an allocation (`kế hoạch vốn`, `giao`, `phân bổ`, `bố trí`, `kinh phí`) is one number for its period, whatever
 *   the date of the report that restates it;
 * - every other figure (disbursed, mobilised, requested) is cumulated up to a date: it is comparable only with
 *   the same figure at the same date. The date is the `đến (hết) ngày D` of the figure's paragraph, else the
 *   report's only such date; a figure without one is never compared.
 */
export interface ReportDoc {
  doc_id: string;
  format: string;
  report_id: number;
  preferred: boolean;
  number: number | null;
  symbol: string | null;
  issued_year: number | null;
  issued_month: number | null;
  issued_day: number | null;
  title: string | null;
  /** `huyện Bình Gia`, `tỉnh Lạng Sơn`, `Sở Thông tin và Truyền thông`. */
  reporter: string | null;
  reporterKind: string | null;
  reporterKey: string;
  /** Issuer code and reporting body (else header lines): two reports of one issuer share it; '' when unknown. */
  issuerKey: string;
}

export interface Reports {
  docs: Map<string, ReportDoc>;
  /** Renditions of each report, preferred first. */
  renditions: Map<number, ReportDoc[]>;
}

export const TABLES = ['crx_docs', 'crx_subjects', 'crx_titles', 'crx_asof', 'crx_facts', 'crx_keys'];

export const ALLOCATED = 'allocated';
/** A subject key that starts with a project (`tieu_du_an_1`, `du_an_6/tieu_du_an_1`): it belongs to the reporting body. */
const PROJECT_KEY = String.raw`^(du_an|tieu_du_an|noi_dung)_\d+(/|$)`;
/** `đến ngày`, `đến hết ngày`, `tính đến`, `tới ngày` right before a date: the date a cumulated figure is at. */
const AS_OF_LEAD = String.raw`(đến|tới)(\s+hết)?(\s+ngày)?\s*$`;
const AS_OF_LOOKBACK = 24;
/** Characters of a section title read for its project. */
const TITLE_CHARS = 200;
/** How far into the text the reporting body is looked for when the header names none (reportingBody.ts). */
const BODY_WINDOW = 6000;

const CLASS_SQL = `CASE measure ${MEASURES.map((m) => `WHEN ${sqlStr(m)} THEN ${sqlStr(measureClass(m))}`).join(' ')} ELSE 'unknown' END`;

/** Project key of a section title (`1.1. Tiểu dự án 1 Giảm nghèo về thông tin` → `tieu_du_an_1`), '' when it names none or names an organisation. */
export function titleProject(title: string): string {
  let s = EMPTY_SUBJECT;
  for (const m of findMentions(title)) s = applyMention(s, m);
  return s.org ? '' : subjectKey(subjectText(s, null));
}

async function loadHeaders(db: Db): Promise<Reports> {
  const rows = await queryRows(db, `
    SELECT d.doc_id, d.format, d.issuer_code, d.issuer_name, d.number, d.symbol, d.issued_year, d.issued_month, d.issued_day, d.title,
           coalesce(s.signature, '') AS signature
    FROM documents d
    LEFT JOIN (SELECT doc_id, string_agg(CAST(value_dong AS VARCHAR), ',' ORDER BY amount_start) AS signature FROM facts GROUP BY doc_id) s USING (doc_id)
    ORDER BY d.doc_id`);
  const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const int = (v: unknown) => (v === null || v === undefined ? null : num(v));
  const headers = rows.map((r) => ({
    doc_id: String(r.doc_id), format: String(r.format), issuer_code: str(r.issuer_code), issuer_name: str(r.issuer_name),
    number: int(r.number), symbol: str(r.symbol), issued_year: int(r.issued_year), issued_month: int(r.issued_month),
    issued_day: int(r.issued_day), title: str(r.title), signature: String(r.signature),
  }));
  // the reporting body: from the header lines (memoised per distinct header), else from the opening of the text
  const byName = new Map<string, ReturnType<typeof reportingBody>>();
  const body = new Map<string, ReturnType<typeof reportingBody>>();
  const needText: string[] = [];
  for (const h of headers) {
    if (!h.signature) continue;
    if (h.issuer_name !== null) {
      if (!byName.has(h.issuer_name)) byName.set(h.issuer_name, reportingBody(h.issuer_name, ''));
      const b = byName.get(h.issuer_name)!;
      if (b) { body.set(h.doc_id, b); continue; }
    }
    needText.push(h.doc_id);
  }
  if (needText.length) {
    await tempTable(db, 'crx_need', [['doc_id', 'VARCHAR']], needText.map((id) => [id]));
    for (const r of await queryRows(db, `SELECT doc_id, d.issuer_name, left(d.text, ${BODY_WINDOW}) AS head FROM documents d JOIN crx_need USING (doc_id)`)) {
      body.set(String(r.doc_id), reportingBody(str(r.issuer_name), String(r.head)));
    }
    await db.conn.run('DROP TABLE IF EXISTS crx_need');
  }
  const docs = new Map<string, ReportDoc>();
  const renditions = new Map<number, ReportDoc[]>();
  reportGroups<HeaderRow & { issuer_name: string | null }>(headers).forEach((group, report_id) => {
    const b = body.get(group[0].doc_id) ?? null;
    const reporter = b ? b.readable : null;
    const reporterKey = reporter ? subjectKey(reporter) : '';
    // the same issuer: the same issuer code and reporting body, or, when the body is not recognised, the same header lines;
    // a report with neither is compared with no other
    const who = reporter ? foldKey(reporter) : group[0].issuer_name ? `header:${foldKey(group[0].issuer_name)}` : '';
    const issuerKey = who ? `${foldKey(group[0].issuer_code ?? '')}|${who}` : '';
    const list = group.map((h, i): ReportDoc => ({
      doc_id: h.doc_id, format: h.format, report_id, preferred: i === 0, number: h.number, symbol: h.symbol,
      issued_year: h.issued_year, issued_month: h.issued_month, issued_day: h.issued_day, title: h.title,
      reporter, reporterKind: b ? b.kind : null, reporterKey, issuerKey,
    }));
    renditions.set(report_id, list);
    for (const d of list) docs.set(d.doc_id, d);
  });
  return { docs, renditions };
}

/** Issue date as a sortable number (unknown parts 0). */
export function issuedKey(d: ReportDoc): number {
  return (d.issued_year ?? 0) * 10000 + (d.issued_month ?? 0) * 100 + (d.issued_day ?? 0);
}

/**
 * The database's content as far as the crx_ tables depend on it: documents, facts, dates and blocks (counts and
 * hashes of their ids and values). Checks run in turn on one connection share the tables while it is unchanged.
 */
async function fingerprint(db: Db): Promise<string> {
  const rows = await queryRows(db, `
    SELECT (SELECT count(*) || ':' || coalesce(sum(hash(doc_id, format, issuer_name, title)), 0) FROM documents)
        || '|' || (SELECT count(*) || ':' || coalesce(sum(hash(fact_id, subject, measure, fund_source, capital_type, period, value_dong, amount_start, parent_fact_id, section_path)), 0) FROM facts)
        || '|' || (SELECT count(*) || ':' || coalesce(sum(hash(doc_id, start, iso)), 0) FROM dates)
        || '|' || (SELECT count(*) || ':' || coalesce(sum(hash(doc_id, start)), 0) FROM blocks) AS f`);
  return String(rows[0].f);
}

async function tablesExist(db: Db): Promise<boolean> {
  const rows = await queryRows(db, `SELECT count(*) AS n FROM duckdb_tables() WHERE temporary AND table_name IN (${TABLES.map(sqlStr).join(', ')})`);
  return Number(rows[0].n) === TABLES.length;
}

const prepared = new WeakMap<Db, { fingerprint: string; reports: Reports }>();

/**
 * Build every crx_ table (or reuse them when this connection built them over the same content); returns the
 * reports (headers) for messages and renditions. The tables are temporary: they go with the connection, or with
 * releaseReports.
 */
export async function prepareReports(db: Db): Promise<Reports> {
  const fp = await fingerprint(db);
  const hit = prepared.get(db);
  if (hit && hit.fingerprint === fp && await tablesExist(db)) return hit.reports;
  const reports = await buildReports(db);
  prepared.set(db, { fingerprint: fp, reports });
  return reports;
}

export async function releaseReports(db: Db): Promise<void> {
  prepared.delete(db);
  for (const t of TABLES) await db.conn.run(`DROP TABLE IF EXISTS ${t}`);
}

async function buildReports(db: Db): Promise<Reports> {
  const reports = await loadHeaders(db);
  await tempTable(db, 'crx_docs',
    [['doc_id', 'VARCHAR'], ['report_id', 'INTEGER'], ['preferred', 'BOOLEAN'], ['reporter_key', 'VARCHAR'], ['reporter_kind', 'VARCHAR'], ['issuer_key', 'VARCHAR'], ['issued', 'INTEGER']],
    [...reports.docs.values()].map((d) => [d.doc_id, d.report_id, d.preferred, d.reporterKey, d.reporterKind ?? '', d.issuerKey, issuedKey(d)]));
  const subjects = await queryRows(db, 'SELECT DISTINCT subject FROM facts');
  await tempTable(db, 'crx_subjects', [['subject', 'VARCHAR'], ['skey', 'VARCHAR']], subjects.map((r) => [String(r.subject), subjectKey(String(r.subject))]));

  // dates a cumulated figure is "at": `(tính) đến (hết) ngày 31/3/2023`
  await db.conn.run(`
    CREATE OR REPLACE TEMP TABLE crx_asof AS
    SELECT dt.doc_id, dt.start, CAST(dt.iso AS VARCHAR) AS iso
    FROM dates dt JOIN documents d USING (doc_id)
    WHERE dt.doc_id IN (SELECT doc_id FROM crx_docs) AND dt.precision = 'day' AND dt.valid
      AND regexp_matches(lower(substring(d.text, greatest(1, dt.start + 1 - ${AS_OF_LOOKBACK}), least(dt.start, ${AS_OF_LOOKBACK}))), '${AS_OF_LEAD}')`);

  await db.conn.run(`
    CREATE OR REPLACE TEMP TABLE crx_facts AS
    WITH f AS (
      SELECT f.fact_id, f.doc_id, f.subject, f.measure, ${CLASS_SQL} AS cls, f.fund_source, coalesce(f.capital_type, '') AS capital, f.period,
             f.value_dong, f.min_dong, f.max_dong, f.amount_start, f.amount_end, f.parent_fact_id, f.section_path, f.label,
             d.report_id, d.preferred, d.reporter_key, d.reporter_kind, d.issuer_key, d.issued,
             row_number() OVER (PARTITION BY f.doc_id ORDER BY f.amount_start, f.amount_end) AS rank,
             CASE WHEN s.skey = '' THEN d.reporter_key
                  WHEN d.reporter_key <> '' AND regexp_matches(s.skey, '${PROJECT_KEY}') THEN d.reporter_key || '/' || s.skey
                  ELSE s.skey END AS q0
      FROM facts f JOIN crx_docs d USING (doc_id) JOIN crx_subjects s USING (subject)
    ),
    -- only a figure that grows over time needs its date
    blk AS (
      SELECT f.fact_id, b.start AS bstart FROM (SELECT fact_id, doc_id, amount_start FROM f WHERE cls <> '${ALLOCATED}') f
      ASOF JOIN (SELECT doc_id, start FROM blocks WHERE doc_id IN (SELECT doc_id FROM crx_asof)) b ON b.doc_id = f.doc_id AND f.amount_start >= b.start
    ),
    block_asof AS (
      SELECT a.doc_id, b.start AS bstart, count(DISTINCT a.iso) AS n, min(a.iso) AS iso
      FROM crx_asof a ASOF JOIN (SELECT doc_id, start FROM blocks WHERE doc_id IN (SELECT doc_id FROM crx_asof)) b ON b.doc_id = a.doc_id AND a.start >= b.start
      GROUP BY ALL
    ),
    doc_asof AS (SELECT doc_id, count(DISTINCT iso) AS n, min(iso) AS iso FROM crx_asof GROUP BY doc_id)
    SELECT f.*,
           CASE WHEN f.cls = '${ALLOCATED}' THEN ''
                WHEN ba.n = 1 THEN ba.iso
                WHEN ba.n IS NULL AND da.n = 1 THEN da.iso
                ELSE NULL END AS as_of
    FROM f LEFT JOIN blk USING (fact_id) LEFT JOIN block_asof ba ON ba.doc_id = f.doc_id AND ba.bstart = blk.bstart LEFT JOIN doc_asof da ON da.doc_id = f.doc_id`);

  // an organisation's figure listed under a project's section (`1.1. Tiểu dự án 1 ...` › `- Huyện Bình Gia: kinh phí 601 triệu đồng`)
  // is that organisation's figure for the project
  await db.conn.run(`
    CREATE OR REPLACE TEMP TABLE crx_titles AS
    WITH c AS (
      SELECT fact_id, doc_id, amount_start, regexp_extract(section_path, '([^ ›]+)$', 1) AS label
      FROM crx_facts
      WHERE q0 <> reporter_key AND q0 <> '' AND NOT contains(q0, '/') AND NOT regexp_matches(q0, '${PROJECT_KEY}') AND section_path <> ''
    )
    , labels AS (SELECT DISTINCT doc_id, label FROM c WHERE label <> ''),
    h AS (
      SELECT l.doc_id, l.label, b.start, left(b.text, ${TITLE_CHARS}) AS title
      FROM labels l JOIN blocks b ON b.doc_id = l.doc_id
      WHERE starts_with(b.text, l.label) AND regexp_matches(substring(b.text, length(l.label) + 1, 2), '^[.):]?\\s')
    )
    SELECT c.fact_id, h.title FROM c ASOF JOIN h ON h.doc_id = c.doc_id AND h.label = c.label AND c.amount_start >= h.start`);
  const titles = await queryRows(db, 'SELECT DISTINCT title FROM crx_titles');
  await tempTable(db, 'crx_title_keys', [['title', 'VARCHAR'], ['project', 'VARCHAR']], titles.map((r) => [String(r.title), titleProject(String(r.title))]));
  await db.conn.run(`
    ALTER TABLE crx_facts ADD COLUMN q VARCHAR;
    UPDATE crx_facts SET q = q0;
    UPDATE crx_facts f SET q = f.q0 || '/' || k.project
    FROM crx_titles t JOIN crx_title_keys k USING (title)
    WHERE t.fact_id = f.fact_id AND k.project <> '';
    DROP TABLE crx_title_keys;`);

  // a listed part with its total's own subject, measure, fund and period (`Kinh phí đã giải ngân 349 triệu, trong đó: chi tập huấn 136 triệu`)
  // is a part of the figure, not the figure
  await db.conn.run(`
    CREATE OR REPLACE TEMP TABLE crx_keys AS
    SELECT f.report_id, f.issuer_key, f.reporter_key, f.reporter_kind, f.issued, f.q, f.cls, f.fund_source, f.capital, f.period, f.as_of,
           max(f.min_dong) AS lo, min(f.max_dong) AS hi, min(f.rank) AS rank, arg_min(f.value_dong, f.rank) AS value_dong
    FROM crx_facts f LEFT JOIN crx_facts p ON p.fact_id = f.parent_fact_id
    WHERE f.preferred AND f.cls <> 'unknown' AND f.period <> '' AND f.as_of IS NOT NULL
      AND NOT (p.fact_id IS NOT NULL AND p.q = f.q AND p.cls = f.cls AND p.fund_source = f.fund_source AND p.capital = f.capital AND p.period = f.period)
    GROUP BY ALL
    HAVING max(f.min_dong) <= min(f.max_dong)`);
  return reports;
}
