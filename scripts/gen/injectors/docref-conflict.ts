/**
 * `docref_conflict`: a document that other reports cite as `252/BTTTT-KHTC` is cited here as
 * `252/BTTTT-KHHC` — same number, issuer and date, another symbol (seeds 000 and 001). Only a Công văn
 * cited by at least one other report whose citation stays right.
 */
import { bodyDate } from '../format.js';
import { allRefs, type DocRef } from '../model.js';
import type { Injector, InjectionContext } from './types.js';
import type { ReportSpec } from '../model.js';

/** Unit codes and a plausible misspelling of each. */
const WRONG_UNIT: Record<string, string> = { KHTC: 'KHHC', BTXHTE: 'BTXH', VPQGGN: 'VPQG' };

function candidates(spec: ReportSpec, ctx: InjectionContext): DocRef[] {
  return allRefs(spec.citations).filter((r) => {
    const unit = r.symbol.split('-')[1];
    const cited = ctx.citations.get(r.id);
    return r.typeName === 'Công văn' && unit in WRONG_UNIT && cited !== undefined && cited.docs.length - cited.changed >= 2;
  });
}

export const docrefConflict: Injector = {
  id: 'docref_conflict',
  applies: (spec, ctx) => spec.body.kind !== 'supplement' && candidates(spec, ctx).length > 0,
  inject(spec, ctx) {
    const ref = ctx.rng.pick(candidates(spec, ctx));
    const [issuer, unit] = ref.symbol.split('-');
    const right = ref.symbol;
    ref.symbol = `${issuer}-${WRONG_UNIT[unit]}`;
    const cited = ctx.citations.get(ref.id)!;
    cited.changed++;
    return {
      doc: spec.doc, check_id: 'docref_conflict',
      detail: {
        number: ref.number, date: bodyDate(ref.date), issuer: ref.issuerPhrase.replace(/^của /, ''),
        stated_symbol: `${ref.number}/${ref.symbol}`, symbol_elsewhere: `${ref.number}/${right}`,
        cited_elsewhere_in: cited.docs.filter((d) => d !== spec.doc),
      },
    };
  },
};
