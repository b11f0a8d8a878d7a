/**
 * A fast `find` for a pattern whose core is a printed number: the number is never right after a digit,
 * nor after `<digit>.`/`<digit>,` (NUMBER_START and the like), and the pattern takes all of it (what
 * follows the number in the pattern is never a digit, `.` or `,`). The pattern is tried, sticky, only at
 * the numbers of the text (numberTokens) whose neighbours fit:
 * - `after`: the character after the number and its horizontal space, e.g. `/[ntđv]/iu` for a money unit,
 *   `/%/` for a percentage (null: anything, the end of the text too);
 * - `before`: the character before the number and its horizontal space (the `/` of `09/19`);
 * and, when words stand before the number (`lead`: `từ`, `tháng`, `năm`), at the starts of those words
 * (anchoredFind). Each test is one character, written with the flags of the pattern. The match is
 * exactly the one the global pattern finds.
 */
import { anchoredFind, charTest, type CoreHits, type Find, type Lead } from './anchoredFind.js';
import { firstTokenFrom, numberTokens } from './numberTokens.js';

export interface NumberNeighbours {
  after: RegExp | null;
  before?: RegExp;
  lead?: Lead;
}

/** The numbers whose neighbours pass the tests. */
function numberHits(after: RegExp | null, before: RegExp | undefined): CoreHits {
  const isAfter = after ? charTest(after) : null;
  const isBefore = before ? charTest(before) : null;
  return (text, at) => {
    const t = numberTokens(text);
    for (let i = firstTokenFrom(t, at); i < t.count; i++) {
      if ((!isAfter || isAfter(t.next[i])) && (!isBefore || isBefore(t.prev[i]))) return t.starts[i];
    }
    return -1;
  };
}

export function numberFind(pattern: RegExp, n: NumberNeighbours): Find {
  return anchoredFind(pattern, numberHits(n.after, n.before), n.lead);
}
