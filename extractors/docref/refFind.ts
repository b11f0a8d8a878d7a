/**
 * Finding references fast (anchoredFind): every reference holds a number followed by a slash or a dash
 * (`06/2022/…`, `47-NQ/TU`, `12/qđ-ubnd`), and before it only the type name, `số`, `:` and blanks. So the
 * number is found first and the reference pattern is tried only at the word starts of the run before it.
 * Over a whole text the numbers come from numberTokens (the number is never after a digit, `.` or `,`,
 * and a slash, a dash or the blank before them follows it); over a piece of it (nextRefStart) from a pattern.
 */
import { anchoredFind, type Find, type Lead } from '../numbers/anchoredFind.js';
import { numberFind } from '../numbers/numberFind.js';
import { TYPE_NAMES } from './typeCodes.js';

/** The number of a reference and the separator after it (DOC_REF_PATTERN and UnparsedSymbolParser). */
const NUMBER_THEN_SEPARATOR = /\d{1,6}[^\S\n]?[-–/]/g;
const SO = 'số';

const bothCases = (s: string) => [...new Set([...s, ...s.toUpperCase()])].join('').replace(/[\s\\\]^-]/gu, '');

/**
 * Letters of the type names and of `số` (either case), `:` and blanks; a match before its number starts a word
 * with one of their first letters. `named`: every match starts at a type name (UnparsedSymbolParser).
 */
export function refLead(named: boolean): Lead {
  return {
    chars: new RegExp(`[${bothCases(TYPE_NAMES.map((t) => t.name).join('') + SO)}:\\s]`, 'u'),
    first: new RegExp(`[${bothCases(TYPE_NAMES.map((t) => t.name[0]).join('') + SO[0])}]`, 'u'),
    notAfter: /[\p{L}\p{N}]/u,
    required: named,
  };
}

/** What follows the number of a reference: a slash or a dash, or the tab that may stand before them. */
const SEPARATOR_AFTER = /[/\-–\t]/u;

/** The `find` of a reference pattern whose matches start at a type name, `số` or (unless `named`) the number. */
export function refFind(pattern: RegExp, named = false): Find {
  return numberFind(pattern, { after: SEPARATOR_AFTER, lead: refLead(named) });
}

/** The same, for pieces of a text (no number index is kept for them). */
export function refFindInPiece(pattern: RegExp): Find {
  return anchoredFind(pattern, NUMBER_THEN_SEPARATOR, refLead(false));
}
