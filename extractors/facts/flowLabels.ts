import { capitalHits, fundHits, hitsOf, LABEL_PATTERNS, measureHits, type CapitalType, type FundSource, type Hit, type Measure } from './labels.js';
import { matchesIn, PatternSet, type Sites } from './patternSites.js';
import { PERIOD_PATTERNS, periodHits, periodHitsOf, type PeriodHit } from './period.js';

/**
 * The label words and periods of many substrings of one flow (a figure's clause, its sentence up to it, the
 * words after it): each answer equals the plain search of `text.slice(a, b)` (`measureHits`, `fundHits`,
 * `capitalHits`, `periodHits`), offsets relative to `a`, at a cost that follows the label words in the range
 * rather than its length (see patternSites.ts).
 */
const LISTS = [LABEL_PATTERNS.measure, LABEL_PATTERNS.fund, LABEL_PATTERNS.capital] as const;
const SET = new PatternSet([...LISTS.flatMap((l) => l.map(([, re]) => re)), ...PERIOD_PATTERNS]);
/** Index of the first pattern of each list in SET, then of the period patterns. */
const MEASURE_AT = 0;
const FUND_AT = MEASURE_AT + LISTS[0].length;
const CAPITAL_AT = FUND_AT + LISTS[1].length;
const PERIOD_AT = CAPITAL_AT + LISTS[2].length;
const HALF_AT = PERIOD_AT;
const YEAR_AT = PERIOD_AT + 2;

export class FlowLabels {
  private readonly sites: Sites | null;

  /** `sites` of `text` when already found; `offset`: offsets given to the searches are relative to it. */
  constructor(private readonly text: string, sites?: Sites | null, private readonly offset = 0) {
    this.sites = sites === undefined ? SET.sites(text) : sites;
  }

  /** Searches of the parts of `text` inside `ranges` (in order, disjoint), through `within`. */
  static inRanges(text: string, ranges: readonly (readonly [number, number])[]): FlowLabels {
    return new FlowLabels(text, SET.sites(text, ranges));
  }

  /** The same searches over the part of the text that starts at `offset` (a flow inside the document), sites shared. */
  within(offset: number): FlowLabels {
    return new FlowLabels(this.text, this.sites, this.offset + offset);
  }

  measures(a: number, b: number): Hit<Measure>[] {
    return this.sites ? this.list(LABEL_PATTERNS.measure, MEASURE_AT, a, b) : measureHits(this.slice(a, b));
  }

  funds(a: number, b: number): Hit<FundSource>[] {
    return this.sites ? this.list(LABEL_PATTERNS.fund, FUND_AT, a, b) : fundHits(this.slice(a, b));
  }

  capitals(a: number, b: number): Hit<CapitalType>[] {
    return this.sites ? this.list(LABEL_PATTERNS.capital, CAPITAL_AT, a, b) : capitalHits(this.slice(a, b));
  }

  /** `periodHits(text.slice(a, b), ranges)`. */
  periods(a: number, b: number, ranges = true): PeriodHit[] {
    const sites = this.sites;
    if (!sites) return periodHits(this.slice(a, b), ranges);
    const [halves, rangeMatches, years] = matchesIn(SET, sites, this.text, a + this.offset, b + this.offset, HALF_AT, YEAR_AT + 1);
    return periodHitsOf(halves, ranges ? rangeMatches : [], years);
  }

  private slice(a: number, b: number): string {
    return this.text.slice(a + this.offset, b + this.offset);
  }

  private list<T>(patterns: ReadonlyArray<readonly [T, RegExp]>, first: number, a: number, b: number): Hit<T>[] {
    return hitsOf(patterns.map(([v]) => v), matchesIn(SET, this.sites!, this.text, a + this.offset, b + this.offset, first, first + patterns.length));
  }
}
