/** One document in one format: gold against what the pipeline extracted. Pure. */
import type { Document } from '../../schemas/document.js';
import type { Amount, DateEntity, DocRef, Percent, Quantity } from '../../schemas/entities.js';
import type { GoldFile } from './gold.js';
import { diffHeader, type HeaderDiff } from './header-diff.js';
import {
  dateItem, matchItems, moneyItem, percentItem, quantityItem, refItem,
  type AnyKind, type EvalItem, type MatchResult,
} from './match.js';

/** The part of `extractFile`'s result the eval reads. */
export interface Prediction {
  document: Document;
  amounts: Amount[];
  quantities: Quantity[];
  percents: Percent[];
  dates: DateEntity[];
  doc_refs: DocRef[];
}

export interface DocEval {
  doc: string;
  format: string;
  /** Set when the file could not be read: every gold entry counts as missed. */
  error: string | null;
  results: Record<AnyKind, MatchResult>;
  header: HeaderDiff[];
}

const CONTEXT_CHARS = 30;

/** Up to 30 characters before `start`, on the same line. */
export function contextBefore(text: string, start: number): string {
  const s = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  return s.slice(s.lastIndexOf('\n') + 1);
}

function goldItems(gold: GoldFile): Record<AnyKind, EvalItem[]> {
  return {
    amounts: gold.amounts.map((e) => moneyItem(e, e.context)),
    dates: gold.dates.map((e) => dateItem(e, e.context)),
    doc_refs: gold.doc_refs.map((e) => refItem(e, e.context)),
    quantities: gold.quantities.map((e) => quantityItem(e, e.context)),
    percents: gold.percents.map((e) => percentItem(e, e.context)),
  };
}

function predItems(p: Prediction): Record<AnyKind, EvalItem[]> {
  const ctx = (start: number) => contextBefore(p.document.text, start);
  return {
    amounts: p.amounts.map((e) => moneyItem(e, ctx(e.start))),
    dates: p.dates.map((e) => dateItem(e, ctx(e.start))),
    doc_refs: p.doc_refs.map((e) => refItem(e, ctx(e.start))),
    quantities: p.quantities.map((e) => quantityItem(e, ctx(e.start))),
    percents: p.percents.map((e) => percentItem(e, ctx(e.start))),
  };
}

export function evaluateDoc(gold: GoldFile, format: string, pred: Prediction | { error: string }): DocEval {
  const g = goldItems(gold);
  if ('error' in pred) {
    const missedAll = (items: EvalItem[]): MatchResult => ({ tp: 0, fp: [], fn: items });
    return {
      doc: gold.doc, format, error: pred.error, header: [],
      results: {
        amounts: missedAll(g.amounts), dates: missedAll(g.dates), doc_refs: missedAll(g.doc_refs),
        quantities: missedAll(g.quantities), percents: missedAll(g.percents),
      },
    };
  }
  const p = predItems(pred);
  return {
    doc: gold.doc,
    format,
    error: null,
    header: diffHeader(gold.header, pred.document.header),
    results: {
      amounts: matchItems(g.amounts, p.amounts),
      dates: matchItems(g.dates, p.dates),
      doc_refs: matchItems(g.doc_refs, p.doc_refs),
      quantities: matchItems(g.quantities, p.quantities),
      percents: matchItems(g.percents, p.percents),
    },
  };
}
