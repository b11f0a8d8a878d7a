/**
 * A law cited by its name before `số`: `Luật Quản lý, sử dụng tài sản công số 15/2017/QH14`,
 * `Bộ luật Lao động số 45/2019/QH14`. The type name (`Luật`, `Bộ luật`) stands before the law's title,
 * not right before `số`, so the reference pattern alone finds no type name there — or takes the
 * `luật` of `pháp luật` at the end of the title (`Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15`).
 * Only a National Assembly symbol (`<n>/<year>/QH<k>`) is looked at this way.
 */
import type { ParsedSymbol } from './parseSymbol.js';
import { TYPE_NAMES } from './typeCodes.js';

/** The issuer code of a law: the National Assembly of a legislature (`QH14`, `QH15`). */
const LAW_ISSUER = /^QH\d+$/u;
/** `Luật` / `Bộ luật` with a capital, at a word start, then the law's title (at least one word). */
const LAW_NAME = /(?<![\p{L}\p{N}])(Bộ luật|BỘ LUẬT|Luật|LUẬT)[^\S\n]+(?=\p{L})/gu;
/** How far back the type name may stand (the longest titles in fixtures/public-vn are ~70 characters). */
const WINDOW = 120;
/** A title never holds these: sentence or clause ends, brackets, a blank line. */
const NOT_IN_TITLE = /[;:.()[\]!?]|\n[^\S\n]*\n/u;
/** Another document's type name, capitalised, at a word start (`Nghị quyết của Quốc hội số ...`). */
const OTHER_TYPE_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${TYPE_NAMES.filter((t) => t.name !== 'luật' && t.name !== 'bộ luật')
    .map((t) => t.name[0].toUpperCase() + t.name.slice(1))
    .join('|')})(?![\\p{L}])`,
  'u',
);
/** `luật` ending `pháp luật` ("law" in general), not a type name. */
const PHAP_LUAT = /(?<![\p{L}\p{N}])pháp[^\S\n]+$/iu;

export interface NamedLaw {
  /** The type name as printed (`Luật`, `Bộ luật`). */
  name: string;
  start: number;
}

/** Whether a printed type name is the `luật` of `pháp luật` (the title's last word). */
export function isPhapLuat(text: string, nameStart: number): boolean {
  return PHAP_LUAT.test(text.slice(Math.max(0, nameStart - 10), nameStart));
}

/**
 * The `Luật`/`Bộ luật` that opens the title ending at `soStart` (where `số` stands), or null: the last
 * such name within 120 characters whose title holds no clause end and no other document's type name.
 */
export function namedLawBefore(text: string, soStart: number, symbol: ParsedSymbol): NamedLaw | null {
  if (symbol.form !== 'normative' || symbol.groups.length !== 1 || !LAW_ISSUER.test(symbol.groups[0])) return null;
  const from = Math.max(0, soStart - WINDOW);
  const window = text.slice(from, soStart);
  let found: NamedLaw | null = null;
  for (const m of window.matchAll(LAW_NAME)) found = { name: m[1], start: from + m.index };
  if (!found) return null;
  const title = text.slice(found.start + found.name.length, soStart);
  if (NOT_IN_TITLE.test(title) || OTHER_TYPE_NAME.test(title)) return null;
  return found;
}
