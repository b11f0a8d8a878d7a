/**
 * A type name and a number followed by something that is not a symbol (`Quyết định số 12/qđ-ubnd`):
 * an UnknownEntity, never a guessed reference. index.ts drops those that overlap a parsed reference.
 */
import type { DocRef, UnknownEntity } from '../../schemas/entities.js';
import type { Extractor } from '../types.js';
import { refFind } from './refFind.js';
import { SP, WRAP } from './symbolPattern.js';
import { SO, TYPE_NAME } from './typeNamePattern.js';

const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${TYPE_NAME})${WRAP}(?:${SO}${SP}*:?${WRAP}?)?\\d{1,6}${SP}?[-/]${SP}?[^\\s,;()]{1,30}`,
  'gu',
);

export const UnparsedSymbolParser: Extractor<DocRef> = {
  name: 'UnparsedSymbolParser',
  pattern: PATTERN,
  find: refFind(PATTERN, true),
  extract(m): UnknownEntity {
    return { kind: 'unknown', start: m.index, end: m.index + m[0].length, raw: m[0], extractor: 'UnparsedSymbolParser', reason: 'document number with an unreadable symbol' };
  },
};
