/**
 * The `find` of MoneyInWordsExtractor: the match its pattern finds, without its exponential backtracking.
 * The pattern's words, `(?:\p{L}+ H* ,? H*){1,40}?`, can split a word anywhere, so where no currency word
 * follows (`Bằng chữ: Hai tỷ ba trăm triệu.`) the regex engine tries every split (seconds on one line).
 * Here the same search runs depth first in the engine's order — after each unit try the currency, then one
 * more unit: first the whole word and its blanks and comma, then the word cut shorter and shorter — and
 * remembers the (position, units) pairs that failed, so it is linear. The match itself is then read by
 * a pattern whose words group has the length found.
 */
import type { Find } from '../numbers/anchoredFind.js';
import { codePointAt, isHSpace, isLetter, unitsOf } from '../numbers/charClass.js';

/** The opening up to the first word (its blanks leave no choice: a word starts with a letter). */
const OPENING = /bằng[^\S\n\t]+chữ[^\S\n\t]*:[^\S\n\t]*/giu;
/** The currency word and the end of word after it (the pattern's `cur` and WORD_END). */
const CURRENCY_AT = /(?:đồng|vnđ|vnd)(?![\p{L}\d])/iuy;
const COMMA = 0x2c;

/** Where the currency word starts after `start` (the first word), as the pattern's lazy search finds it; -1 if none. */
export function currencyAfterWords(text: string, start: number, maxWords: number): number {
  const end = text.length;
  const failed = new Set<number>();
  const currencyAt = (at: number) => {
    CURRENCY_AT.lastIndex = at;
    return CURRENCY_AT.test(text);
  };
  const blanksFrom = (at: number) => {
    let i = at;
    for (let cp = codePointAt(text, i, end); cp >= 0 && isHSpace(cp); cp = codePointAt(text, i, end)) i += unitsOf(cp);
    return i;
  };
  /** After `units` words ending at `at`: the currency there, else one more word (if any is left). */
  const visit = (at: number, units: number): number => {
    if (currencyAt(at)) return at;
    return units < maxWords ? more(at, units) : -1;
  };
  /** One more word from `at`: the whole letter run with its blanks and comma first, then the run cut shorter. */
  const more = (at: number, units: number): number => {
    const key = at * 64 + units;
    if (failed.has(key)) return -1;
    const first = codePointAt(text, at, end);
    if (first < 0 || !isLetter(first)) {
      failed.add(key);
      return -1;
    }
    const cuts: number[] = [];
    let runEnd = at + unitsOf(first);
    for (let cp = codePointAt(text, runEnd, end); cp >= 0 && isLetter(cp); cp = codePointAt(text, runEnd, end)) {
      cuts.push(runEnd);
      runEnd += unitsOf(cp);
    }
    // the whole run and its gap `H* ,? H*`: of the positions it can end at, only the last can hold a letter
    let gapEnd = blanksFrom(runEnd);
    if (text.charCodeAt(gapEnd) === COMMA) gapEnd = blanksFrom(gapEnd + 1);
    const found = visit(gapEnd, units + 1);
    if (found >= 0) return found;
    for (let i = cuts.length - 1; i >= 0; i--) {
      const cut = visit(cuts[i], units + 1);
      if (cut >= 0) return cut;
    }
    failed.add(key);
    return -1;
  };
  return more(start, 0);
}

/**
 * `pattern` is the extractor's (`bằng chữ: <words> <currency>`, flags `giud`); `maxWords` its word limit.
 * The match is re-read by `pattern` with the words group fixed to the length found.
 */
export function inWordsFind(pattern: RegExp, wordsGroup: string, maxWords: number): Find {
  const opening = new RegExp(OPENING.source, OPENING.flags);
  const flags = pattern.flags.replace(/g/gu, '') + 'y';
  return (text, from) => {
    for (let at = from; at <= text.length; ) {
      opening.lastIndex = at;
      const o = opening.exec(text);
      if (!o) return null;
      const wordsStart = o.index + o[0].length;
      const currency = currencyAfterWords(text, wordsStart, maxWords);
      if (currency >= 0) {
        const codePoints = [...text.slice(wordsStart, currency)].length;
        const exact = new RegExp(pattern.source.replace(wordsGroup, `(?<words>[^]{${codePoints}})`), flags);
        exact.lastIndex = o.index;
        const m = exact.exec(text);
        if (m) return m;
      }
      at = o.index + 1;
    }
    return null;
  };
}
