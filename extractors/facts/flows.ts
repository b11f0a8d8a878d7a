import type { Block } from '../../schemas/document.js';

/**
 * Running text as the reader meant it: a paragraph cut by a page break (`... Tiểu dự án 7 Nâng` / footnotes /
 * `cao năng lực ... là 21.000.000 đồng`) is joined to its continuation, skipping the footnotes that the
 * break put in between. A flow is the joined text with a map back to document offsets.
 */
export interface FlowPiece {
  /** Offsets in the document text. */
  start: number;
  end: number;
  /** Offset of the piece in the flow text. */
  at: number;
  block: number;
}

export interface Flow {
  text: string;
  pieces: FlowPiece[];
}

/** Glue between joined pieces (one space, as a line break inside a paragraph). */
const GLUE = ' ';
const ENDS_SENTENCE = /[.:;!?)\]"”]\s*$/u;
const STARTS_LOWER = /^\s*\p{Ll}/u;
const TEXT_KINDS = new Set(['paragraph', 'heading', 'list_item']);

export function buildFlows(text: string, blocks: Block[]): Flow[] {
  const flows: Flow[] = [];
  let open: Flow | null = null;
  for (const b of blocks) {
    if (b.kind === 'footnote') {
      flows.push(single(text, b));
      continue;
    }
    if (!TEXT_KINDS.has(b.kind)) {
      open = null;
      continue;
    }
    const t = text.slice(b.start, b.end);
    if (open && !ENDS_SENTENCE.test(open.text) && STARTS_LOWER.test(t)) {
      open.pieces.push({ start: b.start, end: b.end, at: open.text.length + GLUE.length, block: b.index });
      open.text += GLUE + t;
      continue;
    }
    open = single(text, b);
    flows.push(open);
  }
  return flows.sort((a, b) => a.pieces[0].start - b.pieces[0].start);
}

function single(text: string, b: Block): Flow {
  return { text: text.slice(b.start, b.end), pieces: [{ start: b.start, end: b.end, at: 0, block: b.index }] };
}

/** The flow's text taken from another text with the same offsets (the folded document text gives the folded flow). */
export function flowTextOf(flow: Flow, source: string): string {
  return flow.pieces.map((p) => source.slice(p.start, p.end)).join(GLUE);
}

/** Flow offset of a document offset, or null when the offset is not in the flow. */
export function toFlow(flow: Flow, offset: number): number | null {
  for (const p of flow.pieces) if (offset >= p.start && offset <= p.end) return p.at + (offset - p.start);
  return null;
}

/** Document offset of a flow offset (the glue maps to the end of the piece before it). */
export function toDoc(flow: Flow, at: number): number {
  let best = flow.pieces[0];
  for (const p of flow.pieces) if (p.at <= at) best = p;
  return Math.min(best.start + (at - best.at), best.end);
}

/** The block a flow offset lies in. */
export function blockAt(flow: Flow, at: number): number {
  let best = flow.pieces[0];
  for (const p of flow.pieces) if (p.at <= at) best = p;
  return best.block;
}
