/** Shared helpers of the txt reader tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import type { RawBlock, RawDoc, RawPiece } from '../../extractors/readers/types.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function fixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(ROOT + path));
}

export const SEED_002 = 'fixtures/seeds/002_5400b95413840074.txt';
export const SEED_004 = 'fixtures/seeds/004_7690d259663c1765.txt';

export function seed002Nfc(): string {
  return readFileSync(ROOT + SEED_002, 'utf8').normalize('NFC');
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Windows-1258 bytes of a text: cp1258 holds the letters with their vowel marks (â ê ô ơ ư ă đ) but the
 * tones as combining characters, so each letter is written as base-with-vowel-mark + combining tone.
 */
export function encodeWindows1258(text: string): Uint8Array {
  const form = Array.from(text.normalize('NFC'), (ch) => {
    const decomposed = ch.normalize('NFD');
    const tone = decomposed.match(TONE_MARKS)?.[0] ?? '';
    return decomposed.replace(TONE_MARKS, '').normalize('NFC') + tone;
  }).join('');
  return new Uint8Array(iconv.encode(form, 'cp1258'));
}

export function pieceText(doc: RawDoc, p: RawPiece): string {
  return doc.lines[p.line].text.slice(p.from, p.to);
}

/** A block with its pieces as text: what the table-driven tests compare. */
export type BlockSummary =
  | { kind: 'heading' | 'paragraph' | 'list_item' | 'footnote'; level: number | null; bold: boolean; texts: string[] }
  | { kind: 'table'; rows: string[][][] };

export function summarize(doc: RawDoc, block: RawBlock): BlockSummary {
  if (block.kind === 'table') {
    return { kind: 'table', rows: block.rows.map((row) => row.map((cell) => cell.pieces.map((p) => pieceText(doc, p)))) };
  }
  return { kind: block.kind, level: block.level, bold: block.bold, texts: block.pieces.map((p) => pieceText(doc, p)) };
}

/** Cell texts of a table row (pieces joined with a space, as the assembler joins them). */
export function rowTexts(doc: RawDoc, row: { pieces: RawPiece[] }[]): string[] {
  return row.map((cell) => cell.pieces.map((p) => pieceText(doc, p)).join(' '));
}
