/**
 * Splits a printed `number/symbol` (the DocRef `raw`) into its parts. Pure and total: any string the
 * NUMBER_SYMBOL pattern matches parses; anything else gives null.
 */
import { foldHomoglyphs } from './homoglyphs.js';
import { isIssuerCode } from './issuerCodes.js';
import { SYMBOL_DASHES } from './symbolPattern.js';
import { canonicalTypeCode, GLUED_TYPE_CODES } from './typeCodes.js';

export type Form = 'slash' | 'normative' | 'party';

export interface ParsedSymbol {
  /** `0204` as printed. */
  numberRaw: string;
  number: number;
  /** The year of a normative number (`06/2022/TT-BTTTT` → 2022). */
  year: number | null;
  /** The symbol as printed after the number and its separator (`2022/TT-BTTTT`, `SLĐT BXH-BTXHTE`). */
  symbol: string;
  form: Form;
  /** Code groups after the year: spaces removed, look-alikes folded (`SLĐTBXH`, `BTXHTE`); `NĐCP` split. */
  groups: string[];
}

/** `06/2022/` → number `06`, separator `/`, then the symbol `2022/TT-BTTTT` whose year is `2022`. */
const HEAD = /^(\d+)[^\S\n]?([/\-–])[^\S\n]?((?:(\d{4})[^\S\n]?\/[^\S\n]?)?)/u;
const HEAD_GROUP = { number: 1, separator: 2, yearPart: 3, year: 4 } as const;
const GROUP_SEPARATORS = new RegExp(`\\s*[${SYMBOL_DASHES}/]\\s*`, 'u');

/** `NĐCP` → [`NĐ`, `CP`] when a normative type code is glued to a known issuer. */
function splitGlued(group: string): string[] {
  for (const code of GLUED_TYPE_CODES) {
    for (const printed of [code, code.replace('Đ', 'D')]) {
      const rest = group.slice(printed.length);
      if (group.startsWith(printed) && rest.length >= 2 && isIssuerCode(rest)) return [printed, rest];
    }
  }
  return [group];
}

export function parseSymbol(raw: string): ParsedSymbol | null {
  const head = HEAD.exec(raw);
  if (!head) return null;
  const codes = raw.slice(head[0].length);
  if (!codes) return null;
  const symbol = raw.slice(head[0].length - head[HEAD_GROUP.yearPart].length);
  const year = head[HEAD_GROUP.year] ? Number(head[HEAD_GROUP.year]) : null;
  const form: Form = year !== null ? 'normative' : head[HEAD_GROUP.separator] === '/' ? 'slash' : 'party';
  let groups = foldHomoglyphs(codes).split(GROUP_SEPARATORS).map((g) => g.replace(/\s+/gu, '')).filter(Boolean);
  if (form === 'normative' && groups.length === 1 && !canonicalTypeCode(groups[0])) groups = splitGlued(groups[0]);
  return { numberRaw: head[HEAD_GROUP.number], number: Number(head[HEAD_GROUP.number]), year, symbol, form, groups };
}
