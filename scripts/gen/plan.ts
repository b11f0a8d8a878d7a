/**
 * The corpus before any error: one report per district and period, one province report per period,
 * every figure read from the districts' truth, every number taken from one registry.
 */
import { addDays, compareYmd, DONG_PER_TRIEU, MONEY_STEP, type Ymd } from './format.js';
import type { BudgetFacts, DistrictBody, DocRef, ProvinceBody, ReportSpec } from './model.js';
import { NumberRegistry } from './numbers.js';
import { committeeSignerLines, personName } from './people.js';
import { makePeriods, reportYears, type Period } from './periods.js';
import { districtPhrase, makeProvince, type District, type Province } from './places.js';
import { rngFor, type Rng } from './prng.js';
import { PROGRAM_NAME } from './prose.js';
import { cloneRef, makeOwnLetter, makeOwnPlan, makeSharedRefs, NATIONAL_REFS, reserveNational, type SharedRefs } from './refs.js';
import { SPENDING_KINDS, SUBJECTS } from './subjects.js';
import { makeDistrictTruth, quarterEnd, type DistrictTruth } from './truth.js';

export interface PlanOptions {
  districts: number;
  periods: number;
  seed: number;
}

export interface CorpusPlan {
  seed: number;
  province: Province;
  periods: Period[];
  truths: Map<string, DistrictTruth>;
  shared: SharedRefs;
  registry: NumberRegistry;
  specs: ReportSpec[];
}

export const REPORT_SYMBOL = 'BC-UBND';
const DEPARTMENT = 'Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn';
const MINISTRY = 'Bộ Lao động - Thương binh và Xã hội';
/** District reports are dated from a few days before to ten days after the period's end. */
const DISTRICT_DATE_OFFSET: [number, number] = [-4, 10];
/** The province reports after the districts. */
const PROVINCE_DATE_OFFSET: [number, number] = [13, 24];

/** Splits `amount` into `count` positive parts on `step`. */
export function splitAmount(amount: number, count: number, step: number, rng: Rng): number[] {
  const units = amount / step;
  const cuts = new Set<number>();
  while (cuts.size < count - 1) cuts.add(rng.int(1, units - 1));
  const sorted = [0, ...[...cuts].sort((a, b) => a - b), units];
  return sorted.slice(1).map((c, i) => (c - sorted[i]) * step);
}

function budgetFacts(truth: DistrictTruth, period: Period, rng: Rng): BudgetFacts[] {
  const year = truth.years.get(period.year)!;
  const qe = quarterEnd(period.toMonth);
  const style = rng.chance(0.25) ? 'dong' : 'trieu';
  return SUBJECTS.map((subject) => {
    const allocation = year.allocation[subject.id];
    const disbursed = year.disbursed[subject.id][qe];
    const step = disbursed % DONG_PER_TRIEU === 0 ? DONG_PER_TRIEU : MONEY_STEP;
    const count = Math.min(rng.int(2, 3), disbursed / step);
    const labels = rng.shuffle(SPENDING_KINDS).slice(0, count);
    const spending = count >= 2 ? splitAmount(disbursed, count, step, rng).map((amount, i) => ({ label: labels[i], amount })) : [];
    return { subject, allocation, disbursed, style, spending };
  });
}

function districtSpec(
  plan: Omit<CorpusPlan, 'specs'>, d: District, period: Period, ownPlans: Map<string, DocRef>,
): ReportSpec {
  const rng = rngFor(plan.seed, 'report', period.slug, d.slug);
  const date = addDays(period.end, rng.int(...DISTRICT_DATE_OFFSET));
  const truth = plan.truths.get(d.slug)!;
  const year = truth.years.get(period.year)!;
  const qe = quarterEnd(period.toMonth);
  const issuerPhrase = `của UBND ${districtPhrase(d)}`;
  const planKey = `${d.slug}-${period.year}`;
  if (!ownPlans.has(planKey)) ownPlans.set(planKey, makeOwnPlan(d.issuerName, issuerPhrase, period.year, plan.registry, rng));
  const yearly = plan.shared.yearly.get(period.year)!;
  const national = NATIONAL_REFS.filter((r) => compareYmd(r.date, period.end) < 0);
  const basis = [...rng.shuffle(national).slice(0, rng.int(1, 3)), yearly.provincePlan];
  if (rng.chance(0.5)) basis.push(yearly.ministryLetter);
  const body: DistrictBody = {
    kind: 'district',
    district: d,
    budgets: budgetFacts(truth, period, rng),
    quantities: {
      lop_cong_dong: year.achieved.lop_cong_dong[qe], lop_can_bo: year.achieved.lop_can_bo[qe],
      nguoi: year.achieved.nguoi[qe], ho: year.achieved.ho[qe], textOverrides: {},
    },
    years: reportYears(period).map((y) => ({ year: y, truth: truth.years.get(y)! })),
    tables: [{ overrides: [] }, { overrides: [] }],
  };
  return {
    doc: `${period.slug}/${d.slug}`,
    period,
    issuer: { name: d.issuerName, headerLine: d.headerLine, place: d.name, area: districtPhrase(d) },
    number: plan.registry.next(d.issuerName, date.y, rng),
    symbol: REPORT_SYMBOL,
    date,
    title: `Kết quả thực hiện ${PROGRAM_NAME} ${period.label} trên địa bàn ${districtPhrase(d)}`,
    recipient: DEPARTMENT,
    citations: {
      request: cloneRef(plan.shared.perPeriod.get(period.slug)!.departmentRequest),
      basis: basis.map(cloneRef),
      own: [cloneRef(ownPlans.get(planKey)!), makeOwnLetter(d.issuerName, issuerPhrase, rng.pick(['VX', 'LĐTBXH', 'VP']), period, plan.registry, rng)],
    },
    signer: { lines: committeeSignerLines(rng), name: personName(rng) },
    noiNhan: ['Như trên;', 'UBND tỉnh (b/c);', 'Sở Thông tin và Truyền thông;', `Lãnh đạo UBND ${d.level};`, 'Lưu: VT, LĐTBXH.'],
    body,
  };
}

function provinceSpec(plan: Omit<CorpusPlan, 'specs'>, period: Period, latest: Ymd): ReportSpec {
  const rng = rngFor(plan.seed, 'report', period.slug, 'province');
  const offset = addDays(period.end, rng.int(...PROVINCE_DATE_OFFSET));
  const date = compareYmd(offset, latest) > 0 ? offset : addDays(latest, 3);
  const qe = quarterEnd(period.toMonth);
  const { province } = plan;
  const yearly = plan.shared.yearly.get(period.year)!;
  const body: ProvinceBody = {
    kind: 'province',
    rows: province.districts.map((d) => {
      const y = plan.truths.get(d.slug)!.years.get(period.year)!;
      const values = {} as ProvinceBody['rows'][number]['values'];
      for (const s of SUBJECTS) values[s.id] = { total: y.allocation[s.id].total, disbursed: y.disbursed[s.id][qe] };
      return { district: d, values };
    }),
    percentOverrides: {},
    tables: [{ overrides: [] }],
  };
  const national = NATIONAL_REFS.filter((r) => compareYmd(r.date, period.end) < 0);
  const basis = [...national.slice(0, rng.int(2, 4)), yearly.ministryLetter];
  return {
    doc: `${period.slug}/province`,
    period,
    issuer: { name: province.issuerName, headerLine: province.headerLine, place: province.name, area: `tỉnh ${province.name}` },
    number: plan.registry.next('UBND tỉnh', date.y, rng),
    symbol: REPORT_SYMBOL,
    date,
    title: `Kết quả thực hiện ${PROGRAM_NAME} ${period.label} trên địa bàn tỉnh ${province.name}`,
    recipient: MINISTRY,
    citations: {
      request: cloneRef(plan.shared.perPeriod.get(period.slug)!.ministryRequest),
      basis: basis.map(cloneRef),
      own: [cloneRef(yearly.provincePlan), makeOwnLetter('UBND tỉnh', 'của UBND tỉnh', 'KGVX', period, plan.registry, rng)],
    },
    signer: { lines: committeeSignerLines(rng), name: personName(rng) },
    noiNhan: ['Như trên;', 'Ban Chỉ đạo các Chương trình MTQG tỉnh;', 'Các sở, ngành: LĐTBXH, TTTT, TC, KHĐT;', 'UBND các huyện, thành phố;', 'Lưu: VT, KGVX.'],
    body,
  };
}

export function planCorpus(opts: PlanOptions): CorpusPlan {
  const province = makeProvince(opts.districts, rngFor(opts.seed, 'places'));
  const periods = makePeriods(opts.periods, rngFor(opts.seed, 'periods'));
  const years = [...new Set(periods.flatMap(reportYears))];
  const registry = new NumberRegistry();
  reserveNational(registry);
  const shared = makeSharedRefs([...new Set(periods.map((p) => p.year))], periods, registry, rngFor(opts.seed, 'shared'));
  const truths = new Map(province.districts.map((d) => [d.slug, makeDistrictTruth(opts.seed, d.slug, years)]));
  const base = { seed: opts.seed, province, periods, truths, shared, registry };
  const specs: ReportSpec[] = [];
  const ownPlans = new Map<string, DocRef>();
  for (const period of periods) {
    const districtSpecs = province.districts.map((d) => districtSpec(base, d, period, ownPlans));
    const latest = districtSpecs.map((s) => s.date).reduce((a, b) => (compareYmd(a, b) >= 0 ? a : b));
    specs.push(...districtSpecs, provinceSpec(base, period, latest));
  }
  return { ...base, specs };
}
