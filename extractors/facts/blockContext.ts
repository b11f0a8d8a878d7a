import type { Block } from '../../schemas/document.js';
import { sectionStacks, type SectionLevel } from '../sections/sectionTree.js';
import { docSearch, LEAD_WINDOW, mentionsAt, type DocSearch } from './docSearch.js';
import { FlowLabels } from './flowLabels.js';
import { hasBudgetHits, lastHit, isSpecific, type FundSource, type Hit, type Measure } from './labels.js';
import { titlePeriodOf } from './period.js';
import { applyMention, EMPTY_SUBJECT, type SubjectState } from './subject.js';
import { findMentions, type Mention } from './subjectMentions.js';

/**
 * What the headings and list items above a block say about the figures in it: the subject
 * (`1. Dự án 6 ...` › `1.1. Sở ...`; `- Dự án 7:` › `+ Tiểu dự án 2:`), and the period, measure and fund
 * source of a heading (`2.1. Nguồn vốn năm 2022`, `- Đối với ngân sách được bố trí năm 2023:`,
 * `- Với nguồn ngân sách địa phương:`).
 */
export interface BlockContext {
  subject: SubjectState;
  period: string | null;
  measure: Measure | null;
  fund: FundSource | null;
  /** Whether a heading or list item above names a budget (`2.1. Nguồn vốn năm 2022`). */
  budget: boolean;
  /** The subject this block itself leads with (`- Dự án 6: ...`, `Tiểu dự án 2: ...`), applied to its context; null when it names none. */
  lead: SubjectState | null;
  /** The section stack (outermost first). */
  sections: SectionLevel[];
}

/** A list item: `- `, `+ `, `• `, `* `, or `-` glued to the text (`-Tiếp tục`). */
const BULLET = /^\s*([-+•*–])\s*/u;
const INNER_BULLET = '+';
/** Words before a subject that still leave it in lead position. */
export const LEAD_FILLER = /^(?:[\s\-+•*–:]|\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,6}\.|[a-zđ]\)|\(\d{1,2}\)|đối với|đối với các|về|của|tại|với)*$/iu;
/** A list item's heading part: up to its first colon, whole when short. */
const HEAD_MAX = 160;

interface ListLevel {
  mentions: Mention[];
  period: string | null;
  measure: Measure | null;
  fund: FundSource | null;
  budget: boolean;
}

/** Mentions in lead position: projects anywhere in the lead, an organisation only at its start. */
export function leadMentions(s: string): Mention[] {
  return leadOf(s, findMentions(s));
}

/** The mentions of `s` in lead position. */
function leadOf(s: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.kind === 'org' && !LEAD_FILLER.test(s.slice(0, m.start))) continue;
    out.push(m);
  }
  return out;
}

/** The measure a heading states: one specific word, or the generic one; null when none or ambiguous. */
function headingMeasureOf(hits: Hit<Measure>[]): Measure | null {
  const specific = [...new Set(hits.filter((h) => isSpecific(h.value)).map((h) => h.value))];
  if (specific.length === 1) return specific[0];
  if (specific.length > 1) return 'unknown';
  return hits.length ? 'kinh_phi' : null;
}

function headOf(item: string): string {
  const colon = item.indexOf(':');
  if (colon >= 0) return item.slice(0, colon);
  return item.length <= HEAD_MAX ? item : '';
}

/** What a section title says (pure in the title). */
interface TitleReading {
  budget: boolean;
  mentions: Mention[];
  period: string | null;
  measure: Measure | null;
  fund: FundSource | null;
}

function readTitle(title: string): TitleReading {
  const l = new FlowLabels(title);
  const n = title.length;
  const measures = l.measures(0, n);
  const funds = l.funds(0, n);
  return {
    budget: hasBudgetHits(measures, funds, l.capitals(0, n)),
    mentions: leadMentions(title),
    period: titlePeriodOf(title, l.periods(0, n, false)),
    measure: headingMeasureOf(measures),
    fund: lastHit(funds)?.value ?? null,
  };
}

/** `search` holds the document's searches when the caller has them. */
export function blockContexts(text: string, blocks: Block[], search: DocSearch = docSearch(text, blocks)): BlockContext[] {
  const stacks = sectionStacks(text, blocks);
  const out: BlockContext[] = [];
  // a section's title is read once, not once per block under it
  const titles = new Map<SectionLevel, TitleReading>();
  const titleOf = (s: SectionLevel): TitleReading => {
    let r = titles.get(s);
    if (!r) titles.set(s, (r = readTitle(s.title)));
    return r;
  };
  /** Lead mentions of `s`, the document text from offset `at` (its folded form is a slice of `folded`). */
  const leadAt = (s: string, at: number): Mention[] => leadOf(s, mentionsAt(search, s, at));
  const list: (ListLevel | null)[] = [null, null];
  let previousTop: SectionLevel | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const stack = stacks[i];
    const top = stack.length ? stack[stack.length - 1] : null;
    if (top !== previousTop) list[0] = list[1] = null;
    previousTop = top;
    // sections, outermost first
    let subject: SubjectState = EMPTY_SUBJECT;
    let period: string | null = null;
    let measure: Measure | null = null;
    let fund: FundSource | null = null;
    let budget = false;
    for (const s of stack) {
      const t = titleOf(s);
      budget ||= t.budget;
      for (const m of t.mentions) subject = applyMention(subject, m);
      period = t.period ?? period;
      measure = t.measure ?? measure;
      fund = t.fund ?? fund;
    }
    const t = text.slice(b.start, Math.min(b.end, b.start + LEAD_WINDOW));
    const bullet = b.kind !== 'table' && b.kind !== 'footnote' ? BULLET.exec(t) : null;
    let lead: SubjectState | null = null;
    if (bullet) {
      const level = bullet[1] === INNER_BULLET ? 1 : 0;
      const item = t.slice(bullet[0].length);
      const head = headOf(item);
      const lead = head || item.slice(0, HEAD_MAX);
      // the lead is a prefix of the item, which starts right after the bullet
      const itemAt = b.start + bullet[0].length;
      const hl = head ? new FlowLabels(head) : null;
      const measures = hl ? hl.measures(0, head.length) : [];
      const funds = hl ? hl.funds(0, head.length) : [];
      list[level] = {
        mentions: leadAt(lead, itemAt).filter((m) => m.kind !== 'org' || m.start === 0 || LEAD_FILLER.test(item.slice(0, m.start))),
        period: hl ? hl.periods(0, head.length)[0]?.period ?? null : null,
        measure: hl ? headingMeasureOf(measures) : null,
        fund: hl ? lastHit(funds)?.value ?? null : null,
        budget: hl ? hasBudgetHits(measures, funds, hl.capitals(0, head.length)) : false,
      };
      if (level === 0) list[1] = null;
    }
    for (const l of list) {
      if (!l) continue;
      for (const m of l.mentions) subject = applyMention(subject, m);
      period = l.period ?? period;
      measure = l.measure ?? measure;
      fund = l.fund ?? fund;
      budget ||= l.budget;
    }
    const own = bullet ? list[bullet[1] === INNER_BULLET ? 1 : 0]!.mentions : b.kind === 'table' ? [] : leadAt(headOf(t), b.start).filter((m) => LEAD_FILLER.test(t.slice(0, m.start)));
    if (own.length) {
      lead = subject;
      if (!bullet) for (const m of own) lead = applyMention(lead, m);
    }
    out.push({ subject, period, measure, fund, budget, lead, sections: stack });
  }
  return out;
}
