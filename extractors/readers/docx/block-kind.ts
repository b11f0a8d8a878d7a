import type { TextBlockKind } from '../types.js';
import { startsWithSuperscriptDigit } from './superscript.js';

/** Bullets typed at the start of a paragraph that make it a list item. */
export const LIST_MARKERS = ['- ', '+ ', '• '] as const;

/**
 * The kind of a plain `<p>` from its text (without outer whitespace): a typed bullet makes a list item,
 * a leading superscript digit a footnote typed inline ("¹ Công văn số ..."), anything else a paragraph.
 */
export function paragraphKind(text: string): TextBlockKind {
  if (LIST_MARKERS.some((m) => text.startsWith(m))) return 'list_item';
  if (startsWithSuperscriptDigit(text)) return 'footnote';
  return 'paragraph';
}
