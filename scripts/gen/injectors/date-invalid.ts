/**
 * `date_invalid`: a cited document dated `31/02/2023` or `31/4/2023` — a day its month does not have.
 * Made on the report's own letter, which no other report cites.
 */
import { daysInMonth } from '../format.js';
import { citeRef } from '../refs.js';
import { ownLetter } from './own-letter.js';
import type { Injector } from './types.js';

const SHORT_MONTHS = [2, 4, 6, 9, 11];

export const dateInvalid: Injector = {
  id: 'date_invalid',
  applies: (spec) => spec.body.kind !== 'supplement' && ownLetter(spec)?.dateText === undefined,
  inject(spec, ctx) {
    const ref = ownLetter(spec)!;
    const y = ref.date.y;
    // a month before the report's own, so the date is only impossible, never also "after the report"
    const shortMonths = SHORT_MONTHS.filter((m) => y < spec.date.y || m < spec.date.m);
    const m = ctx.rng.pick(shortMonths.length ? shortMonths : [2]);
    const d = ctx.rng.int(daysInMonth(y, m) + 1, 31);
    ref.dateText = `${d}/${m <= 2 ? `0${m}` : m}/${y}`;
    return {
      doc: spec.doc, check_id: 'date_invalid',
      detail: { raw: ref.dateText, day: d, month: m, year: y, citation: citeRef(ref) },
    };
  },
};
