/**
 * `cross_report_value_conflict`: the district sends a supplementary report (`<district>-bo-sung`) that
 * restates one sub-project's money for the year with another split between central and local budget.
 * The total stays, so the province's sums and the supplement's own sum still hold; the central and local
 * figures now differ from every other report of the same district for that year.
 */
import { addDays, DONG_PER_TRIEU, isoDate, MONEY_STEP } from '../format.js';
import { selfRefOf, type ReportSpec } from '../model.js';
import { committeeSignerLines, personName } from '../people.js';
import type { Injector } from './types.js';

const SUPPLEMENT_SUFFIX = '-bo-sung';

export const crossReportValueConflict: Injector = {
  id: 'cross_report_value_conflict',
  applies: (spec, ctx) => spec.body.kind === 'district' && !ctx.supplemented.has(spec.doc),
  inject(spec, ctx) {
    if (spec.body.kind !== 'district') throw new Error('cross_report_value_conflict needs a district report');
    const body = spec.body;
    const b = ctx.rng.pick(body.budgets);
    const a = b.allocation;
    const step = a.total % DONG_PER_TRIEU === 0 ? DONG_PER_TRIEU : MONEY_STEP;
    const room = Math.min(a.central, a.local) / step;
    // move at least 2 steps (beyond any rounding) and at most what keeps both parts positive
    const k = Math.max(2, Math.min(Math.floor(room) - 1, ctx.rng.int(2, 40)));
    const moveToLocal = a.central / step - k >= 1 && (a.local / step - k < 1 || ctx.rng.chance(0.5));
    const central = moveToLocal ? a.central - k * step : a.central + k * step;
    const allocation = { total: a.total, central, local: a.total - central };
    const date = addDays(spec.date, ctx.rng.int(3, 12));
    const main = selfRefOf(spec);
    const supplement: ReportSpec = {
      doc: `${spec.doc}${SUPPLEMENT_SUFFIX}`,
      period: spec.period,
      issuer: spec.issuer,
      number: ctx.plan.registry.next(spec.issuer.name, date.y, ctx.rng),
      symbol: spec.symbol,
      date,
      title: `Bổ sung số liệu kinh phí ${b.subject.long} năm ${spec.period.year}`,
      recipient: spec.recipient,
      citations: {
        request: { id: `report-${spec.doc}`, typeName: 'Báo cáo', number: main.number, symbol: main.symbol, date: main.date, issuerPhrase: `của ${main.issuerName}`, about: '', shared: false },
        basis: [],
        own: [],
      },
      signer: { lines: committeeSignerLines(ctx.rng), name: personName(ctx.rng) },
      noiNhan: spec.noiNhan,
      body: { kind: 'supplement', district: body.district, main, budget: { ...b, allocation, spending: [], percentOverride: undefined } },
    };
    ctx.added.push(supplement);
    ctx.supplemented.add(spec.doc);
    const sameYear = ctx.plan.specs
      .filter((s) => s.body.kind === 'district' && s.issuer.name === spec.issuer.name && s.period.year === spec.period.year)
      .map((s) => s.doc);
    return {
      doc: supplement.doc, check_id: 'cross_report_value_conflict',
      detail: {
        issuer: spec.issuer.name, subject: b.subject.long, measure: 'tổng kinh phí', period: `năm ${spec.period.year}`, unit: 'đồng',
        values: {
          'ngân sách trung ương': { stated: allocation.central, elsewhere: a.central },
          'ngân sách địa phương': { stated: allocation.local, elsewhere: a.local },
        },
        supplement_date: isoDate(date), conflicts_with: sameYear,
      },
    };
  },
};
