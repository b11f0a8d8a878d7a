import type { Amount } from '../../schemas/entities.js';
import type { Located } from '../../pipeline/extract.js';
import { LEAD_FILLER, type BlockContext } from './blockContext.js';
import { foldKey } from './fold.js';
import { flowLabels, flowMentions, type DocSearch } from './docSearch.js';
import { blockAt, toFlow, type Flow } from './flows.js';
import type { FlowLabels } from './flowLabels.js';
import { hasBudgetHits, lastHit, measureOf, type CapitalType, type FundSource, type Hit, type Measure } from './labels.js';
import type { PeriodHit } from './period.js';
import { sentenceAt, sentenceBounds, type Bounds } from './sentences.js';
import { applyMention } from './subject.js';
import type { Mention, OrgRef } from './subjectMentions.js';
import type { Stated, Work } from './work.js';

/** Roles of money that are not a budget figure of their own: rates, range ends, amounts in words. */
const FIGURE_ROLES = new Set(['single', 'composite']);
/** Qualifiers that make a figure a bound (`trên 500 triệu đồng`, `tối đa 50 triệu đồng`), not a value; `khoảng`, `dự kiến` stay. */
const BOUNDS = new Set(['tren', 'hon', 'duoi', 'gan', 'toi_da', 'toi_thieu']);
/** A threshold: `từ 02 tỷ đồng`, `đến 150.000.000 đồng`, `... trở lên`. */
const BOUND_BEFORE = /(?:^|[^\p{L}])(?:từ|đến|tới)\s+$/iu;
const BOUND_AFTER = /^\s*trở\s+lên/iu;
/** A clause starts after a comma or semicolon. */
const CLAUSE_BREAK = /[,;]/gu;
/** `của`/`cho`/`thuộc` right before an organisation or project: it owns the figure (`kinh phí của Sở ...`, `... cho Dự án 5`). */
const OWNER_WORD = /(?:của|cho|thuộc)\s*$/iu;
/** The clause after an amount ends at a comma, semicolon or sentence mark. */
const TAIL_END = /[,;.!?]/u;

export interface FlowScan {
  works: Work[];
  sentences: Bounds[];
}

/** The label words of the flow range [a, b), offsets relative to `a`. */
interface RangeHits {
  measures: Hit<Measure>[];
  funds: Hit<FundSource>[];
  capitals: Hit<CapitalType>[];
}

function rangeHits(labels: FlowLabels, a: number, b: number): RangeHits {
  return { measures: labels.measures(a, b), funds: labels.funds(a, b), capitals: labels.capitals(a, b) };
}

function stated(h: RangeHits, periods: PeriodHit[], offset: number): Stated {
  const shift = <T extends { start: number; end: number }>(x: T | null): T | null => (x ? { ...x, start: x.start + offset, end: x.end + offset } : null);
  return {
    measure: shift(measureOf(h.measures)),
    fund: shift(lastHit(h.funds)),
    capital: shift(lastHit(h.capitals)),
    period: shift(periods[0] ?? null),
  };
}

/** Whether a mention names the reporting body (keys folded once per flow). */
function reporterTest(reporter: OrgRef | null): (m: Mention) => boolean {
  if (reporter === null) return () => false;
  const key = foldKey(reporter.readable);
  const keys = new Map<string, string>();
  return (m) => {
    if (m.kind !== 'org') return false;
    let k = keys.get(m.org.readable);
    if (k === undefined) keys.set(m.org.readable, (k = foldKey(m.org.readable)));
    return k === key;
  };
}

/** Index of the first mention starting at or after `x` (mentions are in start order). */
function firstFrom(mentions: Mention[], x: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The figures of one flow with what their sentence, clause and headings say about them (not yet linked); `search` holds the document's searches. */
export function scanFlow(flow: Flow, amounts: (Amount & Located)[], contexts: BlockContext[], reporter: OrgRef | null, search: DocSearch): FlowScan {
  const text = flow.text;
  const placed = amounts
    .filter((a) => FIGURE_ROLES.has(a.role) && !(a.qualifier && BOUNDS.has(a.qualifier)))
    .map((a) => ({ a, at: toFlow(flow, a.start), endAt: toFlow(flow, a.end) }))
    .filter((x): x is { a: Amount & Located; at: number; endAt: number } => x.at !== null && x.endAt !== null)
    .sort((x, y) => x.at - y.at);
  // a flow without figures has nothing to scan (its sentences serve only its figures)
  if (!placed.length) return { works: [], sentences: [] };
  const sentences = sentenceBounds(text);
  const mentions = flowMentions(search, flow);
  const labels = flowLabels(search, flow);
  const isReporter = reporterTest(reporter);
  const works: Work[] = [];
  placed.forEach(({ a, at, endAt }, k) => {
    if (BOUND_BEFORE.test(text.slice(Math.max(0, at - 8), at)) || BOUND_AFTER.test(text.slice(endAt, endAt + 12))) return;
    const sentence = sentenceAt(sentences, at);
    const previous = k > 0 && placed[k - 1].endAt > sentence.start && placed[k - 1].endAt <= at ? placed[k - 1].endAt : sentence.start;
    const region = text.slice(previous, at);
    let clauseAt = previous;
    for (const m of region.matchAll(CLAUSE_BREAK)) clauseAt = previous + m.index + 1;
    const clause = text.slice(clauseAt, at);
    const clauseHits = rangeHits(labels, clauseAt, at);
    const prefixHits = rangeHits(labels, sentence.start, at);
    const local = stated(clauseHits, labels.periods(clauseAt, at), clauseAt);
    const wide = stated(prefixHits, labels.periods(sentence.start, at), sentence.start);
    const block = blockAt(flow, at);
    const ctx = contexts[block];
    // subject: headings and list item, then the sentence up to the amount, then `cho Dự án 5` right after it
    let subject = ctx.subject;
    let ownSubject = false;
    // mentions are in start order: those from the sentence start, until one starts past the amount
    for (let i = firstFrom(mentions, sentence.start); i < mentions.length && mentions[i].start <= at; i++) {
      const m = mentions[i];
      if (m.end > at) continue;
      if (m.kind === 'org') {
        if (isReporter(m)) continue;
        const lead = LEAD_FILLER.test(text.slice(sentence.start, m.start)) || OWNER_WORD.test(text.slice(Math.max(sentence.start, m.start - 12), m.start));
        if (!lead) continue;
      }
      subject = applyMention(subject, m);
      if (m.start >= previous) ownSubject = true;
    }
    const nextAt = k + 1 < placed.length ? placed[k + 1].at : text.length;
    const tailStop = text.slice(endAt, nextAt).search(TAIL_END);
    const tailEnd = tailStop >= 0 ? endAt + tailStop : nextAt;
    for (let i = firstFrom(mentions, endAt); i < mentions.length && mentions[i].start <= tailEnd; i++) {
      const m = mentions[i];
      if (m.end > tailEnd || isReporter(m)) continue;
      if (!OWNER_WORD.test(text.slice(endAt, m.start))) continue;
      subject = applyMention(subject, m);
      ownSubject = true;
    }
    // a fund source or capital type written right after the amount (`khoảng 1.200 triệu đồng vốn sự nghiệp cho Dự án 5`)
    const tail = text.slice(endAt, tailEnd);
    const after = <T>(hs: Hit<T>[]) => hs.find((h) => /^\s*$/u.test(tail.slice(0, h.start))) ?? null;
    const shift = <T>(h: Hit<T> | null) => (h ? { ...h, start: h.start + endAt, end: h.end + endAt } : null);
    local.fund ??= shift(after(labels.funds(endAt, tailEnd)));
    local.capital ??= shift(after(labels.capitals(endAt, tailEnd)));
    const clauseHasMeasure = local.measure !== null;
    const afterFigure = previous > sentence.start;
    // a new subject after another figure starts a statement of its own: the words before it are not its labels
    const newStatement = ownSubject && afterFigure;
    const fallback: Stated = {
      measure: wide.measure,
      fund: clauseHasMeasure || newStatement ? null : wide.fund,
      // a capital type holds for the sentence (`Đối với nguồn vốn sự nghiệp ...: khoảng 4.000 triệu đồng và khoảng 500 triệu đồng`)
      capital: newStatement ? null : wide.capital,
      period: wide.period,
    };
    const budget = !!(local.fund || local.capital) || hasBudgetHits(prefixHits.measures, prefixHits.funds, prefixHits.capitals) || ctx.budget;
    works.push({
      amount: a, flow, at, endAt, sentence, block, subject, ownSubject, afterFigure, local, clause, clauseAt, clauseHits: [...clauseHits.measures, ...clauseHits.funds, ...clauseHits.capitals], fallback,
      context: { period: ctx.period, measure: ctx.measure, fund: ctx.fund }, budget, parent: null, via: null,
      measure: 'unknown', fund: 'tong', capital: null, period: '', subjectText: '', qualified: '', label: '', parallel: false, id: '',
    });
  });
  return { works, sentences };
}
