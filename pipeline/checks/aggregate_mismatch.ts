import { makeFlag, num, type Check } from './types.js';
import type { Db } from '../db/database.js';
import { halfWidth, overlaps, sumIntervals } from '../../extractors/facts/intervals.js';
import { subjectKey } from '../../extractors/facts/subject.js';
import { findMentions } from '../../extractors/facts/subjectMentions.js';
import { viAmount, viFund, viMeasure, viPeriod } from '../../extractors/facts/viFormat.js';
import type { Flag } from '../../schemas/flags.js';
import { asOfPhrase, counterpart, factRef, quoteFacts, reportName, type QuotedFact } from './corpus/evidence.js';
import { prepareReports, type ReportDoc, type Reports } from './corpus/reportTables.js';
import { dropTables, queryRows, sqlStr } from './corpus/sql.js';

/**
 * District reports (issuer UBND, reporting body `UBND HUYỆN X` / `huyện X`) against the province's report
 * (UBND, `UBND TỈNH Y`), for the same subject, measure class, fund source, capital type and period — and for a
 * cumulated figure (disbursed) the same as-of date (corpus/reportTables.ts):
 * - the province's figure for a district (`2.1. Huyện Bình Gia: ... đã giải ngân 15.030 triệu đồng`; under
 *   `1.1. Tiểu dự án 1`, `- Huyện Bình Gia: kinh phí 601 triệu đồng` is Bình Gia's figure for Tiểu dự án 1)
 *   against that district's own reports;
 * - a province total over districts (`Tổng kế hoạch vốn năm 2023 giao cho 03 huyện: ...`) against the sum of
 *   the districts' reports, at printed precision (domain.md §4). The total is compared only when its sentence
 *   states how many districts it covers (`03 huyện`) and that is the number of districts the province report
 *   itemizes (or, failing that, names), and when every one of them has reports that agree on one value for that
 *   figure (a district the extractors do not recognise would otherwise be left out of the sum).
 * A district whose reports disagree among themselves is left to cross_report_value_conflict. The flag is raised
 * on every rendition of the province report, against the district reports' renditions of the same format.
 */
const UBND_ISSUER = 'ubnd|%';
const DISTRICT_KINDS = ['huyen', 'thanh_pho'];
const DISTRICT_KEY = /^(?:huyen|thanh_pho)_/u;
const ABOUT_DISTRICTS = /huyện/iu;
const DISTRICT_COUNT = /(\d{1,2})\s+huyện/iu;
/** How far back the sentence of a province total is read. */
const SENTENCE_WINDOW = 300;
const KEY_COLS = ['cls', 'fund_source', 'capital', 'period', 'as_of'];
const sameKey = (a: string, b: string) => KEY_COLS.map((c) => `${a}.${c} = ${b}.${c}`).join(' AND ');

const aggregate_mismatch: Check = {
  id: 'aggregate_mismatch',
  scope: 'corpus',
  description: 'Số liệu của tỉnh không khớp với báo cáo của các huyện (từng huyện hoặc tổng các huyện).',
  async run(ctx) {
    const reports = await prepareReports(ctx.db);
    try {
      await districtFigures(ctx.db);
      return [...await perDistrict(ctx.db, reports), ...await totals(ctx.db, reports)];
    } finally {
      await dropTables(ctx.db, ['crx_district']);
    }
  },
};

/** Per district and figure: the value all of the district's reports agree on, and the latest report that states it. */
async function districtFigures(db: Db): Promise<void> {
  await db.conn.run(`
    CREATE OR REPLACE TEMP TABLE crx_district AS
    SELECT k.reporter_key AS district, k.q, ${KEY_COLS.map((c) => `k.${c}`).join(', ')},
           max(k.lo) AS lo, min(k.hi) AS hi, arg_max([k.report_id, k.rank], [k.issued, k.report_id]) AS rep
    FROM crx_keys k
    WHERE k.issuer_key LIKE '${UBND_ISSUER}' AND k.reporter_kind IN (${DISTRICT_KINDS.map(sqlStr).join(', ')})
      AND split_part(k.q, '/', 1) = k.reporter_key
    GROUP BY ALL
    HAVING max(k.lo) <= min(k.hi)`);
}

interface Part { report: number; rank: number }

/** Every rendition of the province report with, per part, the district report's rendition of the same format. */
function renditionSets(reports: Reports, province: number, parts: Part[]): { p: ReportDoc; ds: ReportDoc[] }[] {
  return reports.renditions.get(province)!.map((p) => ({ p, ds: parts.map((x) => counterpart(reports, p, x.report)) }));
}

async function perDistrict(db: Db, reports: Reports): Promise<Flag[]> {
  const rows = await queryRows(db, `
    SELECT p.report_id AS rp, p.rank AS rank_p, d.rep[1] AS rd, d.rep[2] AS rank_d, contains(p.q, '/') AS project
    FROM crx_keys p JOIN crx_district d ON d.q = p.q AND ${sameKey('d', 'p')}
    WHERE p.issuer_key LIKE '${UBND_ISSUER}' AND p.reporter_kind = 'tinh' AND split_part(p.q, '/', 1) = d.district
      AND (p.hi < d.lo OR d.hi < p.lo)
    ORDER BY p.report_id, p.rank`);
  const plans = rows.map((r) => ({ rp: num(r.rp), rankP: num(r.rank_p), part: { report: num(r.rd), rank: num(r.rank_d) }, project: Boolean(r.project) }));
  const refs = plans.flatMap((x) => renditionSets(reports, x.rp, [x.part]).flatMap(({ p, ds }) => [factRef(p.doc_id, x.rankP), factRef(ds[0].doc_id, x.part.rank)]));
  const facts = await quoteFacts(db, refs);
  const flags: Flag[] = [];
  for (const x of plans) {
    for (const { p, ds: [d] } of renditionSets(reports, x.rp, [x.part])) {
      const f = facts.get(factRef(p.doc_id, x.rankP));
      const own = facts.get(factRef(d.doc_id, x.part.rank));
      if (!f || !own) continue;
      const subject = x.project ? `${f.subject} › ${own.subject}` : f.subject;
      flags.push(makeFlag({
        check_id: 'aggregate_mismatch', severity: 'error', doc_id: p.doc_id, related_doc_id: d.doc_id,
        message: `${subject}, ${viMeasure(f.measure)}, ${viFund(f.fund_source)}, ${viPeriod(f.period)}${asOfPhrase(f.as_of)}: ${reportName(p)} của ${p.reporter} ghi ${viAmount(f.value_dong)} `
          + `nhưng ${reportName(d)} của ${d.reporter} ghi ${viAmount(own.value_dong)}.`,
        stated_value: Number(f.value_dong), computed_value: Number(own.value_dong), unit: 'dong',
        tolerance: Number(halfWidth(interval(f)) + halfWidth(interval(own))),
        evidence: [f.evidence, own.evidence],
      }));
    }
  }
  return flags;
}

const interval = (f: QuotedFact) => ({ min: f.min_dong, max: f.max_dong });

function sentenceBefore(text: string): string {
  const cut = Math.max(text.lastIndexOf('\n'), ...[...text.matchAll(/[.!?]\s/gu)].map((m) => m.index + 1));
  return text.slice(cut + 1);
}

/** Districts each province report itemizes (its figures under `Huyện X`, in order), else those it names. */
async function coveredDistricts(db: Db, reportIds: number[]): Promise<Map<number, string[]>> {
  const itemized = await queryRows(db, `
    SELECT report_id, split_part(q, '/', 1) AS d, min(rank) AS r FROM crx_facts
    WHERE preferred AND issuer_key LIKE '${UBND_ISSUER}' AND reporter_kind = 'tinh' AND regexp_matches(split_part(q, '/', 1), '${DISTRICT_KEY.source}')
    GROUP BY ALL ORDER BY report_id, r`);
  const out = new Map<number, string[]>();
  for (const r of itemized) {
    const id = num(r.report_id);
    (out.get(id) ?? out.set(id, []).get(id)!).push(String(r.d));
  }
  for (const id of reportIds) {
    if (out.has(id)) continue;
    const rows = await queryRows(db, `SELECT d.text FROM documents d JOIN crx_docs c USING (doc_id) WHERE c.report_id = ${id} AND c.preferred`);
    const named = findMentions(String(rows[0].text)).flatMap((m) => (m.kind === 'org' && DISTRICT_KINDS.includes(m.org.kind) ? [subjectKey(m.org.readable)] : []));
    out.set(id, [...new Set(named)]);
  }
  return out;
}

async function totals(db: Db, reports: Reports): Promise<Flag[]> {
  const totalsRows = await queryRows(db, `
    SELECT k.report_id, k.rank, k.lo, k.hi, ${KEY_COLS.map((c) => `k.${c}`).join(', ')}, f.doc_id,
           substring(d.text, greatest(1, f.amount_start + 1 - ${SENTENCE_WINDOW}), least(f.amount_start, ${SENTENCE_WINDOW})) AS before
    FROM crx_keys k JOIN crx_facts f ON f.report_id = k.report_id AND f.preferred AND f.rank = k.rank JOIN documents d ON d.doc_id = f.doc_id
    WHERE k.issuer_key LIKE '${UBND_ISSUER}' AND k.reporter_kind = 'tinh' AND k.q = k.reporter_key
    ORDER BY k.report_id, k.rank`);
  if (!totalsRows.length) return [];
  const covered = await coveredDistricts(db, [...new Set(totalsRows.map((t) => num(t.report_id)))]);
  const figures = await queryRows(db, `
    SELECT d.district, ${KEY_COLS.map((c) => `d.${c}`).join(', ')}, d.lo, d.hi, d.rep[1] AS rd, d.rep[2] AS rank_d
    FROM crx_district d WHERE d.q = d.district
      AND EXISTS (SELECT 1 FROM crx_keys k WHERE k.issuer_key LIKE '${UBND_ISSUER}' AND k.reporter_kind = 'tinh' AND k.q = k.reporter_key AND ${sameKey('k', 'd')})`);
  const keyOf = (r: Record<string, unknown>) => KEY_COLS.map((c) => String(r[c])).join('|');
  const byKey = new Map(figures.map((r) => [`${r.district}|${keyOf(r)}`, r]));
  interface Plan { rp: number; rankP: number; parts: Part[] }
  const plans: Plan[] = [];
  for (const t of totalsRows) {
    const ds = covered.get(num(t.report_id)) ?? [];
    if (ds.length < 2) continue;
    const sentence = sentenceBefore(String(t.before));
    if (!ABOUT_DISTRICTS.test(sentence)) continue;
    // the districts itemized or named may not be all the districts the total covers: only a stated count proves it
    const count = DISTRICT_COUNT.exec(sentence);
    if (!count || Number(count[1]) !== ds.length) continue;
    const parts = ds.map((d) => byKey.get(`${d}|${keyOf(t)}`));
    if (parts.some((x) => x === undefined)) continue;
    const sum = sumIntervals(parts.map((x) => ({ min: BigInt(x!.lo as bigint), max: BigInt(x!.hi as bigint) })));
    if (overlaps(sum, { min: BigInt(t.lo as bigint), max: BigInt(t.hi as bigint) })) continue;
    plans.push({ rp: num(t.report_id), rankP: num(t.rank), parts: parts.map((x) => ({ report: num(x!.rd), rank: num(x!.rank_d) })) });
  }
  const refs = plans.flatMap((x) => renditionSets(reports, x.rp, x.parts).flatMap(({ p, ds }) => [factRef(p.doc_id, x.rankP), ...ds.map((d, i) => factRef(d.doc_id, x.parts[i].rank))]));
  const facts = await quoteFacts(db, refs);
  const flags: Flag[] = [];
  for (const x of plans) {
    for (const { p, ds } of renditionSets(reports, x.rp, x.parts)) {
      const f = facts.get(factRef(p.doc_id, x.rankP));
      const own = ds.map((d, i) => facts.get(factRef(d.doc_id, x.parts[i].rank)));
      if (!f || own.some((o) => !o)) continue;
      const parts = own as QuotedFact[];
      const sum = sumIntervals(parts.map(interval));
      const sumValue = parts.reduce((s, o) => s + o.value_dong, 0n);
      const diff = sumValue > f.value_dong ? sumValue - f.value_dong : f.value_dong - sumValue;
      flags.push(makeFlag({
        check_id: 'aggregate_mismatch', severity: 'error', doc_id: p.doc_id, related_doc_id: ds[0].doc_id,
        message: `${p.reporter}, ${viMeasure(f.measure)}, ${viFund(f.fund_source)}, ${viPeriod(f.period)}${asOfPhrase(f.as_of)}: ${reportName(p)} ghi "${f.label || 'tổng'}" ${viAmount(f.value_dong)} `
          + `nhưng báo cáo của các huyện cộng lại: ${parts.map((o, i) => `${ds[i].reporter} ${viAmount(o.value_dong)}`).join(' + ')} = ${viAmount(sumValue)} `
          + `(lệch ${viAmount(diff)}).`,
        stated_value: Number(f.value_dong), computed_value: Number(sumValue), unit: 'dong',
        tolerance: Number(halfWidth(interval(f)) + halfWidth(sum)),
        evidence: [f.evidence, ...parts.map((o) => o.evidence)],
      }));
    }
  }
  return flags;
}

export default aggregate_mismatch;
