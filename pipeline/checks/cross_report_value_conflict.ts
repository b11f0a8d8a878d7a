import { makeFlag, num, viDate, type Check } from './types.js';
import { queryRows, type Db } from '../db/database.js';
import { foldKey } from '../../extractors/facts/fold.js';
import { overlaps } from '../../extractors/facts/intervals.js';
import { measureClass } from '../../extractors/facts/measureClass.js';
import { reportGroups, type HeaderRow } from '../../extractors/facts/renditions.js';
import { reportingBody } from '../../extractors/facts/reportingBody.js';
import { qualifiedKey } from '../../extractors/facts/subject.js';
import { viAmount, viFund, viMeasure, viPeriod } from '../../extractors/facts/viFormat.js';
import type { Evidence, Flag } from '../../schemas/flags.js';

/**
 * Two reports of the same issuer (issuer code and reporting body: `STTTT` / `Sở Thông tin và Truyền thông`)
 * that disagree on a budget figure:
 * - the same figure under different labels (domain.md §6): report 002 calls 6.616 triệu đồng `Ngân sách trung
 *   ương` for the department's 2023 funds, while 000 and 001 give 6.616 as the total of which the central budget
 *   is 6.423. Both cannot hold: severity `error`.
 * - the same subject, measure (by class: `bố trí`, `phân bổ`, `kế hoạch vốn` name one allocation), fund source,
 *   capital type and period with no value in common. Severity `warning`: a later report may carry a revised plan,
 *   so a person has to say which figure stands; a conflict already explained by a label conflict is not repeated.
 * Renditions of one report (txt, docx, pdf of the same header) are one report: they are never compared with
 * each other, and each report is read through one rendition (see extractors/facts/renditions.ts).
 */
export interface DocRow extends HeaderRow {
  issuer_name: string | null;
  text: string;
}

export interface FactRow {
  doc_id: string;
  fact_id: string;
  subject: string;
  measure: string;
  fund_source: string;
  capital_type: string | null;
  period: string;
  value_dong: bigint;
  min_dong: bigint;
  max_dong: bigint;
  amount_start: number;
  amount_end: number;
  label: string;
  page: number | null;
  /** Subject with the reporting body made explicit (see qualifiedKey). */
  q: string;
}

export interface Report {
  rep: DocRow;
  renditions: DocRow[];
  reporter: string | null;
  reporterKind: string | null;
  facts: FactRow[];
}

/** Every report in the database, read through its preferred rendition, with its facts. */
export async function loadReports(db: Db): Promise<Report[]> {
  const docs = (await queryRows(db, `
    SELECT d.doc_id, d.format, d.issuer_code, d.issuer_name, d.number, d.symbol, d.issued_year, d.issued_month, d.issued_day, d.title, d.text,
           coalesce((SELECT string_agg(CAST(f.value_dong AS VARCHAR), ',' ORDER BY f.amount_start) FROM facts f WHERE f.doc_id = d.doc_id), '') AS signature
    FROM documents d ORDER BY d.doc_id`)).map((r): DocRow => ({
    doc_id: String(r.doc_id), format: String(r.format), issuer_code: r.issuer_code === null ? null : String(r.issuer_code),
    issuer_name: r.issuer_name === null ? null : String(r.issuer_name), number: r.number === null ? null : num(r.number),
    symbol: r.symbol === null ? null : String(r.symbol), issued_year: r.issued_year === null ? null : num(r.issued_year),
    issued_month: r.issued_month === null ? null : num(r.issued_month), issued_day: r.issued_day === null ? null : num(r.issued_day),
    title: r.title === null ? null : String(r.title), text: String(r.text), signature: String(r.signature),
  }));
  const facts = await queryRows(db, `
    SELECT f.*, a.page FROM facts f
    LEFT JOIN amounts a ON a.doc_id = f.doc_id AND a.start = f.amount_start AND a."end" = f.amount_end
    ORDER BY f.doc_id, f.amount_start`);
  const byDoc = new Map<string, Record<string, unknown>[]>();
  for (const f of facts) (byDoc.get(String(f.doc_id)) ?? byDoc.set(String(f.doc_id), []).get(String(f.doc_id))!).push(f);
  return reportGroups(docs).map((renditions) => {
    const rep = renditions[0];
    const body = reportingBody(rep.issuer_name, rep.text);
    const reporter = body ? body.readable : null;
    return {
      rep, renditions, reporter, reporterKind: body ? body.kind : null,
      facts: (byDoc.get(rep.doc_id) ?? []).map((r) => ({
        doc_id: String(r.doc_id), fact_id: String(r.fact_id), subject: String(r.subject), measure: String(r.measure),
        fund_source: String(r.fund_source), capital_type: r.capital_type === null ? null : String(r.capital_type), period: String(r.period),
        value_dong: BigInt(r.value_dong as bigint), min_dong: BigInt(r.min_dong as bigint), max_dong: BigInt(r.max_dong as bigint),
        amount_start: num(r.amount_start), amount_end: num(r.amount_end), label: String(r.label),
        page: r.page === null || r.page === undefined ? null : num(r.page), q: qualifiedKey(String(r.subject), reporter),
      })),
    };
  });
}

/** `báo cáo 1488/BC-STTTT ngày 30/6/2023`, `báo cáo BC-STTTT (chưa có số, tháng 9/2023)`. */
export function reportName(r: Report): string {
  const d = r.rep;
  const sym = d.symbol ?? '';
  const date = d.issued_year === null ? '' : d.issued_day !== null && d.issued_month !== null
    ? ` ngày ${viDate(`${d.issued_year}-${String(d.issued_month).padStart(2, '0')}-${String(d.issued_day).padStart(2, '0')}`)}`
    : d.issued_month !== null ? ` tháng ${d.issued_month}/${d.issued_year}` : ` năm ${d.issued_year}`;
  return d.number !== null ? `báo cáo ${d.number}/${sym}${date}` : `báo cáo ${sym || d.doc_id} (chưa có số${date ? ',' + date : ''})`;
}

/** The figure with the words before it that name it (`Ngân sách TW 6.423 triệu đồng`), quoted from its rendition. */
export function quoteFact(f: FactRow, text: string): Evidence {
  const from = f.label ? text.lastIndexOf(f.label, f.amount_start) : -1;
  const start = from >= 0 && f.amount_start - from <= f.label.length + 40 ? from : f.amount_start;
  return { doc_id: f.doc_id, start, end: f.amount_end, text: text.slice(start, f.amount_end), page: f.page };
}

function issuerOf(r: Report): string | null {
  if (!r.rep.issuer_code && !r.reporter) return null;
  return `${foldKey(r.rep.issuer_code ?? '')}|${r.reporter ? foldKey(r.reporter) : ''}`;
}

const capitalFits = (a: FactRow, b: FactRow) => a.capital_type === null || b.capital_type === null || a.capital_type === b.capital_type;
const cls = (f: FactRow) => measureClass(f.measure);
const interval = (f: FactRow) => ({ min: f.min_dong, max: f.max_dong });
const comparable = (f: FactRow) => f.period !== '' && cls(f) !== 'unknown';

/** Issued later (then larger id): the report a flag is raised on. */
function later(a: Report, b: Report): boolean {
  const k = (r: Report) => [r.rep.issued_year ?? 0, r.rep.issued_month ?? 0, r.rep.issued_day ?? 0];
  const [x, y] = [k(a), k(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i];
  return a.rep.doc_id > b.rep.doc_id;
}

const cross_report_value_conflict: Check = {
  id: 'cross_report_value_conflict',
  scope: 'corpus',
  description: 'Hai báo cáo của cùng một cơ quan ghi khác nhau cùng một số liệu (khác giá trị hoặc khác tên gọi).',
  async run(ctx) {
    const reports = (await loadReports(ctx.db)).filter((r) => r.facts.length > 0 && issuerOf(r) !== null);
    const flags: Flag[] = [];
    for (let i = 0; i < reports.length; i++) {
      for (let j = i + 1; j < reports.length; j++) {
        if (issuerOf(reports[i]) !== issuerOf(reports[j])) continue;
        const explained = new Set<string>();
        flags.push(...labelConflicts(reports[i], reports[j], explained), ...labelConflicts(reports[j], reports[i], explained));
        flags.push(...valueConflicts(reports[i], reports[j], explained));
      }
    }
    return flags;
  },
};

const keyOf = (f: FactRow, fund = f.fund_source) => [f.q, cls(f), fund, f.period].join('|');

/**
 * `b` in report B names a figure with one fund source; report A has the same figure (same subject, class,
 * period) under another fund source and gives b's fund source a different value.
 */
function labelConflicts(A: Report, B: Report, explained: Set<string>): Flag[] {
  const flags: Flag[] = [];
  for (const b of B.facts.filter(comparable)) {
    const same = A.facts.filter((a) => comparable(a) && a.q === b.q && a.period === b.period && cls(a) === cls(b) && capitalFits(a, b));
    const a = same.find((x) => x.fund_source !== b.fund_source && overlaps(interval(x), interval(b)));
    const other = same.find((x) => x.fund_source === b.fund_source && !overlaps(interval(x), interval(b)));
    if (!a || !other || explained.has(keyOf(b))) continue;
    explained.add(keyOf(b));
    explained.add(keyOf(b, a.fund_source));
    flags.push(makeFlag({
      check_id: 'cross_report_value_conflict', severity: 'error', doc_id: B.rep.doc_id, related_doc_id: A.rep.doc_id,
      message: `${b.subject}, ${viPeriod(b.period)}: ${reportName(B)} gọi ${viAmount(b.value_dong)} là "${b.label || viFund(b.fund_source)}" (${viFund(b.fund_source)}), `
        + `còn ${reportName(A)} ghi ${viAmount(a.value_dong)} là "${a.label || viFund(a.fund_source)}" (${viFund(a.fund_source)}) `
        + `và ${viFund(b.fund_source)} là ${viAmount(other.value_dong)}: cùng một số nhưng hai cách gọi.`,
      stated_value: Number(b.value_dong), computed_value: Number(other.value_dong), unit: 'dong', tolerance: null,
      evidence: [quoteFact(b, B.rep.text), quoteFact(a, A.rep.text), quoteFact(other, A.rep.text)],
    }));
  }
  return flags;
}

/** The same key with no value in common. */
function valueConflicts(A: Report, B: Report, explained: Set<string>): Flag[] {
  const index = (r: Report) => {
    const m = new Map<string, FactRow[]>();
    for (const f of r.facts.filter(comparable)) {
      const k = `${keyOf(f)}|${f.capital_type ?? ''}`;
      (m.get(k) ?? m.set(k, []).get(k)!).push(f);
    }
    return m;
  };
  const [ia, ib] = [index(A), index(B)];
  const flags: Flag[] = [];
  for (const [k, fa] of ia) {
    const fb = ib.get(k);
    if (!fb || explained.has(keyOf(fa[0]))) continue;
    if (fa.some((a) => fb.some((b) => overlaps(interval(a), interval(b))))) continue;
    const [newer, older, fn, fo] = later(B, A) ? [B, A, fb, fa] : [A, B, fa, fb];
    const f = fn[0];
    const values = (xs: FactRow[]) => xs.map((x) => viAmount(x.value_dong)).join('; ');
    flags.push(makeFlag({
      check_id: 'cross_report_value_conflict', severity: 'warning', doc_id: newer.rep.doc_id, related_doc_id: older.rep.doc_id,
      message: `${f.subject}, ${viMeasure(f.measure)}, ${viFund(f.fund_source)}, ${viPeriod(f.period)}: ${reportName(newer)} ghi ${values(fn)}, `
        + `nhưng ${reportName(older)} ghi ${values(fo)}.`,
      stated_value: Number(f.value_dong), computed_value: Number(fo[0].value_dong), unit: 'dong', tolerance: null,
      evidence: [quoteFact(f, newer.rep.text), quoteFact(fo[0], older.rep.text)],
    }));
  }
  return flags;
}

export default cross_report_value_conflict;
