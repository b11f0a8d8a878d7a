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
import { anchoredFind, type Cores, type Find, type Lead } from './anchoredFind.js';
import { CharSet } from './charSet.js';
import { numberTokens, type NumberTokens } from './numberTokens.js';

export interface NumberNeighbours {
  after: RegExp | null;
  before?: RegExp;
  lead?: Lead;
}

/**
 * The numbers whose neighbours pass the tests, listed once per text; each `next` is then a binary search.
 * Extractors with the same tests share one list.
 */
class NumberCores implements Cores {
  private listed: NumberTokens | null = null;
  private starts = new Int32Array(0);

  constructor(private readonly after: CharSet | null, private readonly before: CharSet | null) {}

  next(text: string, at: number): number {
    const t = numberTokens(text);
    if (t !== this.listed) this.list(t);
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length ? starts[lo] : -1;
  }

  private list(t: NumberTokens): void {
    const kept: number[] = [];
    for (let i = 0; i < t.count; i++) {
      if ((this.after === null || this.after.has(t.next[i])) && (this.before === null || this.before.has(t.prev[i]))) kept.push(t.starts[i]);
    }
    this.listed = t;
    this.starts = Int32Array.from(kept);
  }
}

const coresByTests = new Map<string, NumberCores>();

function numberCores(after: RegExp | null, before: RegExp | undefined): NumberCores {
  const key = `${after?.source}/${after?.flags} ${before?.source}/${before?.flags}`;
  let cores = coresByTests.get(key);
  if (!cores) {
    cores = new NumberCores(after ? new CharSet(after) : null, before ? new CharSet(before) : null);
    coresByTests.set(key, cores);
  }
  return cores;
}

export function numberFind(pattern: RegExp, n: NumberNeighbours): Find {
  return anchoredFind(pattern, numberCores(n.after, n.before), n.lead);
}
