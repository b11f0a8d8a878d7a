import { makeFlag, type Check } from './types.js';
import { loadReports, quoteFact, reportName, type FactRow, type Report } from './cross_report_value_conflict.js';
import { foldKey } from '../../extractors/facts/fold.js';
import { halfWidth, overlaps, sumIntervals } from '../../extractors/facts/intervals.js';
import { measureClass } from '../../extractors/facts/measureClass.js';
import { subjectKey } from '../../extractors/facts/subject.js';
import { findMentions } from '../../extractors/facts/subjectMentions.js';
import { viAmount, viFund, viMeasure, viPeriod } from '../../extractors/facts/viFormat.js';
import type { Flag } from '../../schemas/flags.js';

/**
 * District reports (issuer UBND, reporting body `UBND HUYỆN X` / `huyện X`) against the province's report
 * (UBND, `UBND TỈNH Y`), for the same measure class, fund source, capital type and period:
 * - the province's figure for a district (`2.1. Huyện Bình Gia: ... đã giải ngân 15.030 triệu đồng`) against
 *   that district's own report;
 * - a province total over districts (`Tổng kế hoạch vốn năm 2023 giao cho 03 huyện: ...`) against the sum of
 *   the districts' reports, at printed precision (domain.md §4). The total is compared only when its sentence
 *   speaks of districts (`huyện`), when every district the province report itemizes (or, failing that, names)
 *   has a report with one value for that figure, and when a stated count (`03 huyện`) matches.
 * A district whose reports disagree among themselves is left to cross_report_value_conflict.
 */
const UBND = 'ubnd';
const DISTRICT_KINDS = new Set(['huyen', 'thanh_pho']);
const DISTRICT_KEY = /^(?:huyen|thanh_pho)_/u;
const ABOUT_DISTRICTS = /huyện/iu;
const DISTRICT_COUNT = /(\d{1,2})\s+huyện/iu;
/** How far back the sentence of a province total is read. */
const SENTENCE_WINDOW = 300;

const cls = (f: FactRow) => measureClass(f.measure);
const figureKey = (f: FactRow) => [cls(f), f.fund_source, f.capital_type ?? '', f.period].join('|');
const interval = (f: FactRow) => ({ min: f.min_dong, max: f.max_dong });
const comparable = (f: FactRow) => f.period !== '' && cls(f) !== 'unknown';

interface DistrictFigure {
  fact: FactRow;
  report: Report;
}

/** Per district key, per `subject|figure` key: the district's own figures (all its reports). */
function districtFigures(districts: Report[]): Map<string, Map<string, DistrictFigure[]>> {
  const out = new Map<string, Map<string, DistrictFigure[]>>();
  for (const r of districts) {
    const d = subjectKey(r.reporter!);
    const m = out.get(d) ?? out.set(d, new Map()).get(d)!;
    for (const f of r.facts.filter(comparable)) {
      const k = `${f.q}|${figureKey(f)}`;
      (m.get(k) ?? m.set(k, []).get(k)!).push({ fact: f, report: r });
    }
  }
  return out;
}

/** One value the district's reports agree on (every pair overlaps), or null. */
function agreed(xs: DistrictFigure[] | undefined): DistrictFigure | null {
  if (!xs?.length) return null;
  return xs.every((a) => xs.every((b) => overlaps(interval(a.fact), interval(b.fact)))) ? xs[0] : null;
}

function sentenceBefore(text: string, at: number): string {
  const s = text.slice(Math.max(0, at - SENTENCE_WINDOW), at);
  const cut = Math.max(s.lastIndexOf('\n'), ...[...s.matchAll(/[.!?]\s/gu)].map((m) => m.index + 1));
  return s.slice(cut + 1);
}

const aggregate_mismatch: Check = {
  id: 'aggregate_mismatch',
  scope: 'corpus',
  description: 'Số liệu của tỉnh không khớp với báo cáo của các huyện (từng huyện hoặc tổng các huyện).',
  async run(ctx) {
    const reports = (await loadReports(ctx.db)).filter((r) => r.reporter && foldKey(r.rep.issuer_code ?? '') === UBND && r.facts.length);
    const districts = reports.filter((r) => DISTRICT_KINDS.has(r.reporterKind ?? ''));
    const provinces = reports.filter((r) => r.reporterKind === 'tinh');
    const figures = districtFigures(districts);
    const flags: Flag[] = [];
    for (const p of provinces) {
      flags.push(...perDistrict(p, figures), ...totals(p, figures));
    }
    return flags;
  },
};

function perDistrict(p: Report, figures: Map<string, Map<string, DistrictFigure[]>>): Flag[] {
  const flags: Flag[] = [];
  for (const f of p.facts.filter(comparable)) {
    const d = f.q.split('/')[0];
    const own = agreed(figures.get(d)?.get(`${f.q}|${figureKey(f)}`));
    if (!own || overlaps(interval(f), interval(own.fact))) continue;
    flags.push(makeFlag({
      check_id: 'aggregate_mismatch', severity: 'error', doc_id: p.rep.doc_id, related_doc_id: own.report.rep.doc_id,
      message: `${f.subject}, ${viMeasure(f.measure)}, ${viFund(f.fund_source)}, ${viPeriod(f.period)}: ${reportName(p)} của ${p.reporter} ghi ${viAmount(f.value_dong)} `
        + `nhưng ${reportName(own.report)} của ${own.report.reporter} ghi ${viAmount(own.fact.value_dong)}.`,
      stated_value: Number(f.value_dong), computed_value: Number(own.fact.value_dong), unit: 'dong',
      tolerance: Number(halfWidth(interval(f)) + halfWidth(interval(own.fact))),
      evidence: [quoteFact(f, p.rep.text), quoteFact(own.fact, own.report.rep.text)],
    }));
  }
  return flags;
}

/** Districts the province report itemizes (figures under `Huyện X`), else those it names. */
function coveredDistricts(p: Report): string[] {
  const itemized = new Set(p.facts.map((f) => f.q.split('/')[0]).filter((k) => DISTRICT_KEY.test(k)));
  if (itemized.size) return [...itemized];
  const named = findMentions(p.rep.text).flatMap((m) => (m.kind === 'org' && DISTRICT_KINDS.has(m.org.kind) ? [subjectKey(m.org.readable)] : []));
  return [...new Set(named)];
}

function totals(p: Report, figures: Map<string, Map<string, DistrictFigure[]>>): Flag[] {
  const flags: Flag[] = [];
  const province = subjectKey(p.reporter!);
  const covered = coveredDistricts(p);
  if (covered.length < 2) return flags;
  for (const f of p.facts.filter((x) => comparable(x) && x.q === province)) {
    const sentence = sentenceBefore(p.rep.text, f.amount_start);
    if (!ABOUT_DISTRICTS.test(sentence)) continue;
    const count = DISTRICT_COUNT.exec(sentence);
    if (count && Number(count[1]) !== covered.length) continue;
    const parts = covered.map((d) => agreed(figures.get(d)?.get(`${d}|${figureKey(f)}`)));
    if (parts.some((x) => x === null)) continue;
    const own = parts as DistrictFigure[];
    const sum = sumIntervals(own.map((x) => interval(x.fact)));
    if (overlaps(sum, interval(f))) continue;
    const sumValue = own.reduce((s, x) => s + x.fact.value_dong, 0n);
    const diff = sumValue > f.value_dong ? sumValue - f.value_dong : f.value_dong - sumValue;
    flags.push(makeFlag({
      check_id: 'aggregate_mismatch', severity: 'error', doc_id: p.rep.doc_id, related_doc_id: own[0].report.rep.doc_id,
      message: `${p.reporter}, ${viMeasure(f.measure)}, ${viFund(f.fund_source)}, ${viPeriod(f.period)}: ${reportName(p)} ghi "${f.label || 'tổng'}" ${viAmount(f.value_dong)} `
        + `nhưng báo cáo của các huyện cộng lại: ${own.map((x) => `${x.report.reporter} ${viAmount(x.fact.value_dong)}`).join(' + ')} = ${viAmount(sumValue)} `
        + `(lệch ${viAmount(diff)}).`,
      stated_value: Number(f.value_dong), computed_value: Number(sumValue), unit: 'dong',
      tolerance: Number(halfWidth(interval(f)) + halfWidth(sum)),
      evidence: [quoteFact(f, p.rep.text), ...own.map((x) => quoteFact(x.fact, x.report.rep.text))],
    }));
  }
  return flags;
}

export default aggregate_mismatch;
