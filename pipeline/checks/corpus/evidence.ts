import type { Db } from '../../db/database.js';
import type { Evidence } from '../../../schemas/flags.js';
import { viDate } from '../types.js';
import { issuedKey, type ReportDoc, type Reports } from './reportTables.js';
import { queryRows, sqlStr, tempTable } from './sql.js';

/** A fact of crx_facts named by its rendition and rank, with its quote. */
export interface QuotedFact {
  doc_id: string;
  rank: number;
  subject: string;
  measure: string;
  fund_source: string;
  period: string;
  as_of: string;
  value_dong: bigint;
  min_dong: bigint;
  max_dong: bigint;
  label: string;
  evidence: Evidence;
}

/** How far before the amount the words that name it (its label) are looked for. */
const LABEL_SLACK = 40;

export const factRef = (doc_id: string, rank: number) => `${doc_id}#${rank}`;

/**
 * The facts `refs` (`doc_id#rank`), each quoted with the words before it that name it (`Ngân sách TW 6.423 triệu
 * đồng`): only these few windows of text are read. A window whose offsets do not land on the amount (a text with
 * characters outside the BMP counts them differently in SQL) is read again from the whole text.
 */
export async function quoteFacts(db: Db, refs: Iterable<string>): Promise<Map<string, QuotedFact>> {
  const wanted = [...new Set(refs)].map((r) => { const i = r.lastIndexOf('#'); return [r.slice(0, i), r.slice(i + 1)] as const; });
  const out = new Map<string, QuotedFact>();
  if (!wanted.length) return out;
  await tempTable(db, 'crx_quote', [['doc_id', 'VARCHAR'], ['rank', 'BIGINT']], wanted.map(([d, r]) => [d, Number(r)]));
  const rows = await queryRows(db, `
    SELECT f.doc_id, f.rank, f.subject, f.measure, f.fund_source, f.period, f.as_of, f.value_dong, f.min_dong, f.max_dong, f.amount_start, f.amount_end, f.label, a.page, a.raw,
           greatest(0, f.amount_start - (length(f.label) + ${LABEL_SLACK})) AS wfrom,
           substring(d.text, greatest(0, f.amount_start - (length(f.label) + ${LABEL_SLACK})) + 1,
                     f.amount_end - greatest(0, f.amount_start - (length(f.label) + ${LABEL_SLACK}))) AS win
    FROM crx_quote n JOIN crx_facts f USING (doc_id, rank) JOIN documents d USING (doc_id)
    LEFT JOIN amounts a ON a.doc_id = f.doc_id AND a.start = f.amount_start AND a."end" = f.amount_end`);
  await db.conn.run('DROP TABLE IF EXISTS crx_quote');
  for (const r of rows) {
    const start = Number(r.amount_start);
    const end = Number(r.amount_end);
    const wfrom = Number(r.wfrom);
    let win = String(r.win);
    const raw = r.raw === null || r.raw === undefined ? null : String(r.raw);
    if (win.length !== end - wfrom || (raw !== null && !win.endsWith(raw))) {
      const full = await queryRows(db, `SELECT text FROM documents WHERE doc_id = ${sqlStr(String(r.doc_id))}`);
      win = String(full[0].text).slice(wfrom, end);
    }
    const label = String(r.label);
    const at = label ? win.lastIndexOf(label, start - wfrom) : -1;
    const from = at >= 0 && start - (wfrom + at) <= label.length + LABEL_SLACK ? wfrom + at : start;
    const q: QuotedFact = {
      doc_id: String(r.doc_id), rank: Number(r.rank), subject: String(r.subject), measure: String(r.measure), fund_source: String(r.fund_source),
      period: String(r.period), as_of: r.as_of === null ? '' : String(r.as_of), value_dong: BigInt(r.value_dong as bigint), min_dong: BigInt(r.min_dong as bigint), max_dong: BigInt(r.max_dong as bigint), label,
      evidence: { doc_id: String(r.doc_id), start: from, end, text: win.slice(from - wfrom), page: r.page === null || r.page === undefined ? null : Number(r.page) },
    };
    out.set(factRef(q.doc_id, q.rank), q);
  }
  return out;
}

/** The rendition of report `other` to set against rendition `d`: the same format, else the preferred one. */
export function counterpart(reports: Reports, d: ReportDoc, other: number): ReportDoc {
  const list = reports.renditions.get(other)!;
  return list.find((x) => x.format === d.format) ?? list[0];
}

/** Issued later (then larger id): the report a flag is raised on. */
export function later(a: ReportDoc, b: ReportDoc): boolean {
  const [x, y] = [issuedKey(a), issuedKey(b)];
  return x !== y ? x > y : a.doc_id > b.doc_id;
}

/** `báo cáo 1488/BC-STTTT ngày 30/6/2023`, `báo cáo BC-STTTT (chưa có số, tháng 9/2023)`. */
export function reportName(d: ReportDoc): string {
  const sym = d.symbol ?? '';
  const date = d.issued_year === null ? '' : d.issued_day !== null && d.issued_month !== null
    ? ` ngày ${viDate(`${d.issued_year}-${String(d.issued_month).padStart(2, '0')}-${String(d.issued_day).padStart(2, '0')}`)}`
    : d.issued_month !== null ? ` tháng ${d.issued_month}/${d.issued_year}` : ` năm ${d.issued_year}`;
  return d.number !== null ? `báo cáo ${d.number}/${sym}${date}` : `báo cáo ${sym || d.doc_id} (chưa có số${date ? ',' + date : ''})`;
}

/** ` đến ngày 31/3/2023` for a cumulated figure, '' for an allocation. */
export function asOfPhrase(asOf: string): string {
  return asOf ? ` đến ngày ${viDate(asOf)}` : '';
}
