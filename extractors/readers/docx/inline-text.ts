import { DoisoatError } from '../../../pipeline/errors.js';
import { isElement, isTextNode, MAX_ELEMENT_DEPTH, type DomNode } from './dom.js';
import { toSuperscript } from './superscript.js';

/** A run of text and whether it is bold. */
export interface InlineRun {
  text: string;
  bold: boolean;
}

/** Characters that end a source line inside a text node. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

/** The inline content of one block, split into segments (source lines) at <br> and line breaks. */
export class InlineBuffer {
  readonly segments: InlineRun[][] = [[]];

  push(text: string, bold: boolean): void {
    text.split(LINE_BREAK).forEach((part, i) => {
      if (i > 0) this.lineBreak();
      if (part) this.segments[this.segments.length - 1].push({ text: part, bold });
    });
  }

  lineBreak(): void {
    this.segments.push([]);
  }
}

/** Shared state of one conversion: html id of a note ("footnote-3") → the number its reference shows. */
export type NoteNumbers = Map<string, number>;

interface InlineContext {
  bold: boolean;
  sup: boolean;
  depth: number;
  notes: NoteNumbers;
}

const BOLD_TAGS = new Set(['strong', 'b']);
const SKIPPED_TAGS = new Set(['img', 'input', 'script', 'style']);
/** mammoth's back-link from a note to its reference ("↑"): not part of the text. */
const NOTE_BACKLINK_HREF = /^#(?:footnote|endnote|comment)-ref-/;
/** mammoth's link from a reference to its note; group 1 is the note's html id. */
const NOTE_REFERENCE_HREF = /^#((?:footnote|endnote)-.+)$/;
const NOTE_ID_GROUP = 1;
const FIRST_NUMBER = /\d+/;

function textOf(node: DomNode): string {
  if (isTextNode(node)) return node.data;
  return isElement(node) ? node.children.map(textOf).join('') : '';
}

/** A note reference `<a href="#footnote-1">[1]</a>` becomes the superscript of the number it shows. */
function noteReference(href: string, label: string, notes: NoteNumbers): string | null {
  const ref = NOTE_REFERENCE_HREF.exec(href);
  if (!ref) return null;
  const shown = FIRST_NUMBER.exec(label) ?? FIRST_NUMBER.exec(ref[NOTE_ID_GROUP]);
  if (!shown) return '';
  notes.set(ref[NOTE_ID_GROUP], Number(shown[0]));
  return toSuperscript(shown[0]);
}

function collect(node: DomNode, buffer: InlineBuffer, ctx: InlineContext): void {
  if (isTextNode(node)) {
    buffer.push(ctx.sup ? toSuperscript(node.data) : node.data, ctx.bold);
    return;
  }
  if (!isElement(node) || SKIPPED_TAGS.has(node.name)) return;
  if (ctx.depth > MAX_ELEMENT_DEPTH) throw new DoisoatError('too_deep', undefined, { depth: ctx.depth });
  if (node.name === 'br') {
    buffer.lineBreak();
    return;
  }
  const href = node.name === 'a' ? (node.attribs.href ?? '') : '';
  if (NOTE_BACKLINK_HREF.test(href)) return;
  const marker = href ? noteReference(href, textOf(node), ctx.notes) : null;
  if (marker !== null) {
    buffer.push(marker, ctx.bold);
    return;
  }
  const inner: InlineContext = {
    bold: ctx.bold || BOLD_TAGS.has(node.name),
    sup: ctx.sup || node.name === 'sup',
    depth: ctx.depth + 1,
    notes: ctx.notes,
  };
  for (const child of node.children) collect(child, buffer, inner);
}

/** Appends the text of an inline node (text, strong, em, sup, a, br, ...) to `buffer`. */
export function collectInline(node: DomNode, buffer: InlineBuffer, depth: number, notes: NoteNumbers): void {
  collect(node, buffer, { bold: false, sup: false, depth, notes });
}
