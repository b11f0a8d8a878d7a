import type { Amount, DateEntity, DocRef, Percent, Quantity, UnknownEntity } from '../schemas/entities.js';
import type { ExtractContext } from './types.js';
import { amountsBesideQuantities, findAmounts } from './money/index.js';
import { findQuantities, quantitiesBesideMoney } from './quantity/index.js';
import { extractPercents } from './percent/index.js';
import { extractDates } from './date/index.js';
import { extractDocRefs } from './docref/index.js';

export interface Entities {
  amounts: Amount[];
  quantities: Quantity[];
  percents: Percent[];
  dates: DateEntity[];
  doc_refs: DocRef[];
  unknowns: UnknownEntity[];
}

type Spanned = { start: number; end: number };
const overlaps = (a: Spanned, b: Spanned) => a.start < b.end && b.start < a.end;

const sortedByStart = (l: readonly Spanned[]) => l.every((e, i) => i === 0 || l[i - 1].start <= e.start);

/**
 * The winners in one list sorted by start, equal starts in list order (what a stable sort of the
 * concatenation gives): lists already sorted, as they come, are merged instead of sorted.
 */
function byStart(winners: Spanned[][]): Spanned[] {
  if (!winners.every(sortedByStart)) return winners.flat().sort((a, b) => a.start - b.start);
  let all: Spanned[] = winners[0] ?? [];
  for (let w = 1; w < winners.length; w++) {
    const next = winners[w];
    const merged: Spanned[] = [];
    let i = 0;
    let j = 0;
    while (i < all.length && j < next.length) merged.push(next[j].start < all[i].start ? next[j++] : all[i++]);
    while (i < all.length) merged.push(all[i++]);
    while (j < next.length) merged.push(next[j++]);
    all = merged;
  }
  return all;
}

/** Keep the entities of `list` that overlap none of `winners` (both sorted by start). */
function without<E extends Spanned>(list: E[], ...winners: Spanned[][]): E[] {
  const all = byStart(winners);
  return list.filter((e) => {
    let lo = 0;
    let hi = all.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid].end <= e.start) lo = mid + 1;
      else hi = mid - 1;
    }
    for (let i = Math.max(0, lo - 1); i < all.length && all[i].start < e.end; i++) if (overlaps(all[i], e)) return false;
    return true;
  });
}

/**
 * Every kind, then the cross-kind refiner: a document number/symbol beats a date or a number inside it;
 * money beats a quantity; a percentage beats a quantity; a date beats a quantity.
 */
export function extractEntities(ctx: ExtractContext): Entities {
  const refs = extractDocRefs(ctx);
  const moneyFound = findAmounts(ctx);
  const qtyFound = findQuantities(ctx);
  // extractAmounts and extractQuantities, with each kind found once instead of once more per refiner
  const money = { entities: amountsBesideQuantities(moneyFound.entities, qtyFound.entities), unknowns: moneyFound.unknowns };
  const qty = { entities: quantitiesBesideMoney(qtyFound.entities, moneyFound.entities), unknowns: qtyFound.unknowns };
  const dates = extractDates(ctx);
  const pct = extractPercents(ctx);
  const doc_refs = refs.entities;
  const amounts = without(money.entities, doc_refs);
  const datesKept = without(dates.entities, doc_refs, amounts);
  const percents = without(pct.entities, doc_refs);
  const quantities = without(qty.entities, doc_refs, amounts, datesKept, percents);
  return {
    amounts,
    quantities,
    percents,
    dates: datesKept,
    doc_refs,
    unknowns: [...refs.unknowns, ...money.unknowns, ...dates.unknowns, ...pct.unknowns, ...qty.unknowns],
  };
}
