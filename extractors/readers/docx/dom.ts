import { DomUtils, parseDocument } from 'htmlparser2';

/** htmlparser2's node types, named without importing its domhandler dependency directly. */
export type DomNode = ReturnType<typeof parseDocument>['children'][number];
export type DomElement = Parameters<typeof DomUtils.getAttributeValue>[0];

export const isElement = (node: DomNode): node is DomElement => DomUtils.isTag(node);
export const isTextNode = DomUtils.isText;

/** Parses mammoth's HTML; entities are decoded in text nodes and attributes. */
export function parseHtml(html: string): DomNode[] {
  return parseDocument(html, { decodeEntities: true }).children;
}

const HEADING_TAG = /^h([1-6])$/;

/** 1..6 for h1..h6, else null. */
export function headingLevel(el: DomElement): number | null {
  const m = HEADING_TAG.exec(el.name);
  return m ? Number(m[1]) : null;
}

/** Tags that start a new block; everything else is inline content of the block around it. */
export const BLOCK_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'div', 'blockquote', 'dl', 'dt', 'dd', 'pre', 'section', 'article', 'header', 'footer', 'body', 'html',
]);

export function isBlockElement(node: DomNode): node is DomElement {
  return isElement(node) && BLOCK_TAGS.has(node.name);
}

/** Deeper element nesting than this is not a real document (mammoth's own output stays far below). */
export const MAX_ELEMENT_DEPTH = 256;
