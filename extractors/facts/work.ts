import type { Amount } from '../../schemas/entities.js';
import type { Located } from '../../pipeline/extract.js';
import type { Flow } from './flows.js';
import type { Hit, Measure, FundSource, CapitalType } from './labels.js';
import type { PeriodHit } from './period.js';
import type { Bounds } from './sentences.js';
import type { SubjectState } from './subject.js';

/** What a region of text states about a figure (null: not stated there). */
export interface Stated {
  measure: Hit<Measure> | null;
  fund: Hit<FundSource> | null;
  capital: Hit<CapitalType> | null;
  period: PeriodHit | null;
}

/** A figure while its facts are being worked out (one per money amount in running text). */
export interface Work {
  amount: Amount & Located;
  flow: Flow;
  /** Offsets of the amount in the flow. */
  at: number;
  endAt: number;
  sentence: Bounds;
  block: number;
  /** Subject from headings, list item and the sentence up to the amount. */
  subject: SubjectState;
  /** Whether a subject is named between the previous figure and this one (`... và Tiểu dự án 7 ... là 21.000.000 đồng`). */
  ownSubject: boolean;
  /** Whether another figure stands before it in its sentence. */
  afterFigure: boolean;
  /** Stated in the clause right before the amount (since the previous figure or comma). */
  local: Stated;
  /** The clause text (for the label). */
  clause: string;
  clauseAt: number;
  /** The label words of the clause (measures, then fund sources, then capital types; offsets in the clause). */
  clauseHits: { start: number; end: number }[];
  /** Stated earlier in the sentence, or by the headings, for a figure that is not a listed component. */
  fallback: Stated;
  context: { period: string | null; measure: Measure | null; fund: FundSource | null };
  /** Whether anything around it says it is a budget figure. */
  budget: boolean;
  parent: Work | null;
  /** How it was linked to its parent. */
  via: 'listed' | 'implicit' | 'part' | null;
  // resolved
  measure: Measure;
  fund: FundSource;
  capital: CapitalType | null;
  period: string;
  subjectText: string;
  qualified: string;
  label: string;
  /** Resolved like the parallel figure before it (no label words of its own). */
  parallel: boolean;
  id: string;
}
