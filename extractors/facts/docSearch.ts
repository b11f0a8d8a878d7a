import type { Block } from '../../schemas/document.js';
import { foldChars } from './fold.js';
import { FlowLabels } from './flowLabels.js';
import { flowTextOf, type Flow } from './flows.js';
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
}

/** Searches of the running text of `blocks` (every block but tables: flows and list heads lie inside one). */
export function docSearch(text: string, blocks: Block[]): DocSearch {
  const folded = foldChars(text);
  const ranges = blocks.filter((b) => b.kind !== 'table').map((b) => [b.start, b.end] as const);
  return { folded, labels: FlowLabels.inRanges(text, ranges), mentions: mentionSites(folded, ranges) };
}

/** The label searches of a flow (offsets in the flow text). */
export function flowLabels(doc: DocSearch, flow: Flow): FlowLabels {
  return flow.pieces.length === 1 ? doc.labels.within(flow.pieces[0].start) : new FlowLabels(flow.text);
}

/** The subject mentions of a flow. */
export function flowMentions(doc: DocSearch, flow: Flow): Mention[] {
  const folded = flowTextOf(flow, doc.folded);
  return flow.pieces.length === 1 ? findMentions(flow.text, folded, { ...doc.mentions, offset: flow.pieces[0].start }) : findMentions(flow.text, folded);
}

/** The subject mentions of `s`, the document text from offset `at`. */
export function mentionsAt(doc: DocSearch, s: string, at: number): Mention[] {
  return findMentions(s, doc.folded.slice(at, at + s.length), { ...doc.mentions, offset: at });
}
