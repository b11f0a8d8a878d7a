/**
 * Drops a date that is part of a document number/symbol: glued to a slash that continues with a
 * letter or digit (`15/3/2020/QĐ-UBND`, `…/2021 - 2025`), or to a code dash (`QĐ-2021-2025`).
 * The cross-kind refiner (extractors/index.ts) also removes dates overlapping a DocRef; this one
 * keeps the date extractor right on its own.
 */
import type { DateEntity } from '../../schemas/entities.js';
import type { Refiner } from '../types.js';

/** `/TT`, ` /QĐ`, `/ QĐ`, `-QĐ` right after the date (a slash spaced on both sides is prose: `… / Sở`). */
const SYMBOL_AFTER = /^(?:[^\S\n]?\/[\p{Lu}\p{N}]|\/[^\S\n]\p{Lu}{2}|[-–]\p{Lu})/u;
/** `12/`, `UBND/ `, `UBND /`, `QĐ-` right before the date. */
const SYMBOL_BEFORE = /(?:[\p{Lu}\p{N}]\/[^\S\n]?|[\p{Lu}\p{N}][^\S\n]\/|\p{Lu}[-–])$/u;
/** How far to look on each side. */
const WINDOW = 4;

export const NotInsideDocSymbolRefiner: Refiner<DateEntity> = (dates, ctx) =>
  dates.filter((d) => {
    const after = ctx.text.slice(d.end, d.end + WINDOW);
    const before = ctx.text.slice(Math.max(0, d.start - WINDOW), d.start);
    return !SYMBOL_AFTER.test(after) && !SYMBOL_BEFORE.test(before);
  });
