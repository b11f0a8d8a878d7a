import type { Block } from '../../schemas/document.js';
import { foldChars } from './fold.js';
import { FlowLabels } from './flowLabels.js';
import { flowTextOf, type Flow } from './flows.js';
import { BODY_WINDOW } from './reportingBody.js';
import { findMentions, mentionSites, type Mention, type MentionSites } from './subjectMentions.js';

/**
 * The document text folded once, and the sites of its label and mention patterns found once, shared by every
 * flow and list head: a flow that is one piece of the document searches its range of the document; a flow
 * joined across a page break searches its own text.
 */
export interface DocSearch {
  folded: string;
  labels: FlowLabels;
  mentions: MentionSites;
  /** Blocks searched whole (one-piece flows with figures); of the other blocks only the lead window is. */
  whole: ReadonlySet<number>;
}

/** How much of a block its lead (bullet, heading part, subject) is read from. */
export const LEAD_WINDOW = 400;

/**
 * Searches of the running text (every block but tables): whole for the one-piece flows in `busy` (those with
 * figures: only they are searched for labels and mentions through the sites), the lead window of the others;
 * `withHead`: mentions also in the first BODY_WINDOW characters (for `reportingBody`).
 */
export function docSearch(text: string, blocks: Block[], busy: Flow[] = [], withHead = false): DocSearch {
  const folded = foldChars(text);
  const whole = new Set(busy.filter((f) => f.pieces.length === 1).map((f) => f.pieces[0].block));
  const leads = blocks.filter((b) => b.kind !== 'table').map((b) => [b.start, whole.has(b.index) ? b.end : Math.min(b.end, b.start + LEAD_WINDOW)] as const);
  const full = blocks.filter((b) => whole.has(b.index)).map((b) => [b.start, b.end] as const);
  // with the report head, where the body that reports is looked for (when the header does not name it), as one range
  const head: readonly [number, number] = [0, Math.min(text.length, BODY_WINDOW)];
  return { folded, labels: FlowLabels.inRanges(text, full), mentions: mentionSites(folded, withHead ? merged([head, ...leads]) : leads), whole };
}

/** Ranges in start order, overlapping or touching ones joined. */
function merged(ranges: (readonly [number, number])[]): (readonly [number, number])[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function searchedWhole(doc: DocSearch, flow: Flow): boolean {
  return flow.pieces.length === 1 && doc.whole.has(flow.pieces[0].block);
}

/** The label searches of a flow (offsets in the flow text). */
export function flowLabels(doc: DocSearch, flow: Flow): FlowLabels {
  return searchedWhole(doc, flow) ? doc.labels.within(flow.pieces[0].start) : new FlowLabels(flow.text);
}

/** The subject mentions of a flow. */
export function flowMentions(doc: DocSearch, flow: Flow): Mention[] {
  const folded = flowTextOf(flow, doc.folded);
  return searchedWhole(doc, flow) ? findMentions(flow.text, folded, { ...doc.mentions, offset: flow.pieces[0].start }) : findMentions(flow.text, folded);
}

/** The subject mentions of `s`, the document text from offset `at`, inside the lead window of its block. */
export function mentionsAt(doc: DocSearch, s: string, at: number): Mention[] {
  return findMentions(s, doc.folded.slice(at, at + s.length), { ...doc.mentions, offset: at });
}
