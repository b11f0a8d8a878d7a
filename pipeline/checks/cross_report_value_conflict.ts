import { makeFlag, num, type Check } from './types.js';
import type { Db } from '../db/database.js';
import { foldKey } from '../../extractors/facts/fold.js';
import { viAmount, viFund, viMeasure, viPeriod } from '../../extractors/facts/viFormat.js';
import type { Flag } from '../../schemas/flags.js';
import { asOfPhrase, counterpart, factRef, later, quoteFacts, reportName, type QuotedFact } from './corpus/evidence.js';
import { prepareReports, type ReportDoc, type Reports } from './corpus/reportTables.js';
import { dropTables, queryRows } from './corpus/sql.js';

/**
 * Two reports of the same issuer (issuer code and reporting body: `STTTT` / `Sở Thông tin và Truyền thông`)
 * that state the same figure — same subject, measure class, fund source, capital type and period, and for a
 * cumulated figure (disbursed, mobilised) the same as-of date — with no value in common (see
 * corpus/reportTables.ts for what is comparable; a disbursement `đến ngày 31/3` and one `đến ngày 30/6` are
 * progress, not a conflict):
 * - the same figure under different labels (domain.md §6): report 002 calls 6.616 triệu đồng `Ngân sách trung
 *   ương` for the department's 2023 funds, while 000 and 001 give 6.616 as the total of which the central budget
 *   is 6.423. Both cannot hold: severity `error`, raised on the report that uses the other label.
 * - otherwise a value conflict, severity `warning`, on the later report: a later report (a supplementary report
 *   `bổ sung` among them) may carry a revised figure, so a person has to say which figure stands.
 * Renditions of one report (txt, docx, pdf of the same header) are one report: they are never compared with each
 * other; the comparison reads the preferred rendition, and the flag is raised on every rendition of the report,
 * each quoting its own text against the other report's rendition of the same format.
 */
const SUPPLEMENT = /(?:^|_)bo_sung(?:_|$)/u;

interface Conflict {
  ra: number;
  rb: number;
  rankA: number;
  rankB: number;
  /** 'a' or 'b': the report that calls the other report's figure by another fund source, with the rank of that figure in the other report. */
  mislabeled: string | null;
  rankX: number | null;
}

const cross_report_value_conflict: Check = {
  id: 'cross_report_value_conflict',
  scope: 'corpus',
  description: 'Hai báo cáo của cùng một cơ quan ghi khác nhau cùng một số liệu (khác giá trị hoặc khác tên gọi).',
  async run(ctx) {
    const reports = await prepareReports(ctx.db);
    try {
      const conflicts = await findConflicts(ctx.db);
      return await flagsOf(ctx.db, reports, conflicts);
    } finally {
      await dropTables(ctx.db, ['crx_conflicts']);
    }
  },
};

/** Value conflicts between agreed figures, each with the label conflict that explains it, if any. */
async function findConflicts(db: Db): Promise<Conflict[]> {
  // capital types fit when equal or when one is not stated; only a label conflict may rest on a fit that is not equality
  await db.conn.run(`
    CREATE OR REPLACE TEMP TABLE crx_conflicts AS
    SELECT a.report_id AS ra, b.report_id AS rb, a.q, a.cls, a.fund_source, a.capital AS capital_a, b.capital AS capital_b, a.period, a.as_of,
           a.capital = b.capital AS exact, a.rank AS rank_a, b.rank AS rank_b, a.lo AS lo_a, a.hi AS hi_a, b.lo AS lo_b, b.hi AS hi_b,
           a.value_dong AS value_a, b.value_dong AS value_b
    FROM crx_keys a JOIN crx_keys b
      ON a.issuer_key = b.issuer_key AND a.q = b.q AND a.cls = b.cls AND a.fund_source = b.fund_source
     AND (a.capital = b.capital OR a.capital = '' OR b.capital = '') AND a.period = b.period AND a.as_of = b.as_of AND a.report_id < b.report_id
    WHERE a.issuer_key <> '' AND (a.hi < b.lo OR b.hi < a.lo)`);
  // `b` mislabels when report A gives b's value under another fund source (and A's figure for b's fund source differs: the conflict itself);
  // the same value: each lies within the other's printed precision (47 and 48 triệu đồng only touch at 47,5)
  const label = (mis: 'a' | 'b', other: 'a' | 'b') => `
    SELECT c.ra, c.rb, c.rank_a, c.rank_b, '${mis}' AS mislabeled, min(x.rank) AS rank_x, arg_min(x.fund_source, x.rank) AS fund_x
    FROM crx_conflicts c JOIN crx_facts x
      ON x.report_id = c.r${other} AND x.preferred AND x.q = c.q AND x.cls = c.cls AND x.period = c.period AND x.as_of = c.as_of
     AND x.fund_source <> c.fund_source AND (x.capital = '' OR c.capital_${mis} = '' OR x.capital = c.capital_${mis})
     AND x.min_dong <= c.value_${mis} AND c.value_${mis} <= x.max_dong AND c.lo_${mis} <= x.value_dong AND x.value_dong <= c.hi_${mis}
    GROUP BY ALL`;
  const rows = await queryRows(db, `
    WITH l AS (
      SELECT c.*, m.mislabeled, m.rank_x, m.fund_x FROM crx_conflicts c
      JOIN (${label('b', 'a')} UNION ALL ${label('a', 'b')}) m USING (ra, rb, rank_a, rank_b)
    ),
    explained AS (SELECT c.ra, c.rb, c.rank_a, c.rank_b FROM crx_conflicts c JOIN l
      ON c.ra = l.ra AND c.rb = l.rb AND c.q = l.q AND c.cls = l.cls AND c.period = l.period AND c.as_of = l.as_of
     AND (c.fund_source = l.fund_source OR c.fund_source = l.fund_x))
    SELECT ra, rb, rank_a, rank_b, NULL AS mislabeled, NULL AS rank_x FROM crx_conflicts c
    WHERE c.exact AND NOT EXISTS (SELECT 1 FROM explained e WHERE e.ra = c.ra AND e.rb = c.rb AND e.rank_a = c.rank_a AND e.rank_b = c.rank_b)
    UNION ALL
    SELECT DISTINCT ra, rb, rank_a, rank_b, mislabeled, rank_x FROM l
    ORDER BY ra, rb, rank_a, rank_b, mislabeled`);
  return rows.map((r) => ({
    ra: num(r.ra), rb: num(r.rb), rankA: num(r.rank_a), rankB: num(r.rank_b),
    mislabeled: r.mislabeled === null ? null : String(r.mislabeled), rankX: r.rank_x === null ? null : num(r.rank_x),
  }));
}

/** The rendition pairs a conflict is raised on: every rendition of `carrier`, each against `other`'s rendition of the same format. */
function pairs(reports: Reports, carrier: number, other: number): [ReportDoc, ReportDoc][] {
  return reports.renditions.get(carrier)!.map((d) => [d, counterpart(reports, d, other)]);
}

async function flagsOf(db: Db, reports: Reports, conflicts: Conflict[]): Promise<Flag[]> {
  interface Plan { c: Conflict; carrier: number; other: number; rankC: number; rankO: number; rankX: number | null }
  const plans: Plan[] = conflicts.map((c) => {
    const [A, B] = [reports.renditions.get(c.ra)![0], reports.renditions.get(c.rb)![0]];
    // a label conflict is raised on the report that uses the other label; a value conflict on the later report
    const onB = c.mislabeled ? c.mislabeled === 'b' : later(B, A);
    return onB
      ? { c, carrier: c.rb, other: c.ra, rankC: c.rankB, rankO: c.rankA, rankX: c.rankX }
      : { c, carrier: c.ra, other: c.rb, rankC: c.rankA, rankO: c.rankB, rankX: c.rankX };
  });
  const refs: string[] = [];
  for (const p of plans) {
    for (const [n, o] of pairs(reports, p.carrier, p.other)) {
      refs.push(factRef(n.doc_id, p.rankC), factRef(o.doc_id, p.rankO));
      if (p.rankX !== null) refs.push(factRef(o.doc_id, p.rankX));
    }
  }
  const facts = await quoteFacts(db, refs);
  const flags: Flag[] = [];
  for (const p of plans) {
    for (const [n, o] of pairs(reports, p.carrier, p.other)) {
      const b = facts.get(factRef(n.doc_id, p.rankC));
      const other = facts.get(factRef(o.doc_id, p.rankO));
      if (!b || !other) continue;
      if (p.rankX !== null) {
        const a = facts.get(factRef(o.doc_id, p.rankX));
        if (a) flags.push(labelFlag(n, o, b, a, other));
      } else {
        flags.push(valueFlag(n, o, b, other));
      }
    }
  }
  return flags;
}

/** `b` in report B names a figure with one fund source; report A gives the same figure as `a` under another and b's fund source as `other`. */
function labelFlag(B: ReportDoc, A: ReportDoc, b: QuotedFact, a: QuotedFact, other: QuotedFact): Flag {
  return makeFlag({
    check_id: 'cross_report_value_conflict', severity: 'error', doc_id: B.doc_id, related_doc_id: A.doc_id,
    message: `${b.subject}, ${viPeriod(b.period)}${asOfPhrase(b.as_of)}: ${reportName(B)} gọi ${viAmount(b.value_dong)} là "${b.label || viFund(b.fund_source)}" (${viFund(b.fund_source)}), `
      + `còn ${reportName(A)} ghi ${viAmount(a.value_dong)} là "${a.label || viFund(a.fund_source)}" (${viFund(a.fund_source)}) `
      + `và ${viFund(b.fund_source)} là ${viAmount(other.value_dong)}: cùng một số nhưng hai cách gọi.`,
    stated_value: Number(b.value_dong), computed_value: Number(other.value_dong), unit: 'dong', tolerance: null,
    evidence: [b.evidence, a.evidence, other.evidence],
  });
}

function valueFlag(newer: ReportDoc, older: ReportDoc, f: QuotedFact, o: QuotedFact): Flag {
  const supplement = SUPPLEMENT.test(foldKey(newer.title ?? '')) ? ` (${reportName(newer)} là báo cáo bổ sung)` : '';
  return makeFlag({
    check_id: 'cross_report_value_conflict', severity: 'warning', doc_id: newer.doc_id, related_doc_id: older.doc_id,
    message: `${f.subject}, ${viMeasure(f.measure)}, ${viFund(f.fund_source)}, ${viPeriod(f.period)}${asOfPhrase(f.as_of)}: ${reportName(newer)} ghi ${viAmount(f.value_dong)}, `
      + `nhưng ${reportName(older)} ghi ${viAmount(o.value_dong)}${supplement}.`,
    stated_value: Number(f.value_dong), computed_value: Number(o.value_dong), unit: 'dong', tolerance: null,
    evidence: [f.evidence, o.evidence],
  });
}

export default cross_report_value_conflict;
