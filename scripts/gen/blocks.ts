/** Small helpers to write blocks: paragraphs, bold headings, kept-together lines. */
import type { Align, Block, Run } from './model.js';

export function para(text: string, align?: Align): Block {
  return { kind: 'p', runs: [{ text }], align };
}

export function bold(text: string, align?: Align): Block {
  return { kind: 'p', runs: [{ text, bold: true }], align };
}

export function italic(text: string, align?: Align): Block {
  return { kind: 'p', runs: [{ text, italic: true }], align };
}

export function runs(parts: Run[], align?: Align): Block {
  return { kind: 'p', runs: parts, align };
}

export function lines(texts: string[], opts: { bold?: boolean; align?: Align } = {}): Block {
  return { kind: 'lines', lines: texts.map((text) => [{ text, bold: opts.bold }]), align: opts.align };
}

/** Joins items as a Vietnamese list: `a; b; c`. */
export function listJoin(items: string[]): string {
  return items.join('; ');
}
