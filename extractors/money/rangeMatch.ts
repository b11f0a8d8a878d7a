import { FOOTNOTE, HSPACE, NUMBER, SCALE, WORD_END } from '../numbers/patterns.js';
import { PER, STATED_UNIT } from './moneyUnits.js';
import type { RangeParts } from './rangePair.js';

/**
 * `<low>[ unit][/per]`, the separator, then `<high> unit[/per][footnote]`: shared by both range extractors.
 * The high end's unit is a stated unit, or a bare scale (`từ 20 triệu đến 22 triệu`) that rangePair accepts
 * only in a money context.
 */
export function rangeSource(separator: string): string {
  return (
    String.raw`(?<low>${NUMBER})(?:${HSPACE}*(?<lowUnit>(?:${STATED_UNIT})|(?:${SCALE}))${WORD_END})?(?<lowPer>${PER})?` +
    separator +
    String.raw`(?<high>${NUMBER})${HSPACE}*(?<highUnit>(?:${STATED_UNIT})|(?:${SCALE}))${WORD_END}(?<per>${PER})?(?<fn>${FOOTNOTE})?`
  );
}

/** The named groups of a rangeSource match (compiled with the `d` flag), as RangeParts. */
export function rangeParts(match: RegExpExecArray): RangeParts {
  const g = match.groups!;
  const at = match.indices!.groups!;
  return {
    low: g.low,
    lowSpan: at.low!,
    lowUnit: g.lowUnit,
    lowUnitSpan: at.lowUnit,
    lowPer: g.lowPer,
    lowPerSpan: at.lowPer,
    high: g.high,
    highSpan: at.high!,
    highUnit: g.highUnit,
    highUnitSpan: at.highUnit!,
    per: g.per,
    perSpan: at.per,
    footnote: g.fn,
  };
}
