/**
 * A fast `find` for an Extractor whose pattern holds a rare core (a number followed by a slash, `tháng`
 * after a day): search the core with a cheap pattern, then try the real pattern, sticky, only from the
 * start of the lead run before the core up to the core itself. The match found is exactly the one the
 * global pattern finds, provided that
 * - every match of `pattern` contains a position where `core` matches (the core of the match), and
 * - between the start of a match and its core there are only `lead` characters (blanks and line breaks
 *   too: list them) and, when the match starts before its core, it starts with a `first` character
 *   that does not follow a `notAfter` character; with `required`, no match starts at its core.
 * Without `lead`, every match starts at its core. The character tests test one UTF-16 unit each (write
 * them with the flags of `pattern`, so `i` folds case alike); a surrogate always counts as lead, never as
 * `first` or `notAfter`.
 */
import { CharSet } from './charSet.js';

export interface Lead {
  chars: RegExp;
  first: RegExp;
  /** What never stands right before a match that starts before its core (its look-behind: a letter). */
  notAfter?: RegExp;
  /** Every match starts before its core (`từ 2 …`, `năm 2023`): never tried at the core itself. */
  required?: boolean;
}

export type Find = (text: string, from: number) => RegExpExecArray | null;

/** Where the cores are: `next(text, at)` is the first one at or after `at`, or -1. */
export interface Cores {
  next(text: string, at: number): number;
}

/** The cores a pattern finds. */
class PatternCores implements Cores {
  private readonly re: RegExp;

  constructor(core: RegExp) {
    this.re = new RegExp(core.source, core.flags.includes('g') ? core.flags : core.flags + 'g');
  }

  next(text: string, at: number): number {
    this.re.lastIndex = at;
    return this.re.exec(text)?.index ?? -1;
  }
}

export function anchoredFind(pattern: RegExp, core: RegExp | Cores, lead?: Lead): Find {
  const sticky = new RegExp(pattern.source, pattern.flags.replace(/g/gu, '') + (pattern.sticky ? '' : 'y'));
  const cores = core instanceof RegExp ? new PatternCores(core) : core;
  const isLead = lead ? new CharSet(lead.chars, true) : null;
  const isFirst = lead ? new CharSet(lead.first) : null;
  const isNotAfter = lead?.notAfter ? new CharSet(lead.notAfter) : null;
  const atCore = !lead?.required;
  const tryAt = (text: string, at: number): RegExpExecArray | null => {
    sticky.lastIndex = at;
    return sticky.exec(text);
  };
  return (text, from) => {
    let tried = from; // no position below this one is left to try
    for (let at = from; at <= text.length; ) {
      const q = cores.next(text, at);
      if (q < 0) return null;
      if (isLead && isFirst) {
        let runStart = q;
        while (runStart > tried && isLead.has(text.charCodeAt(runStart - 1))) runStart--;
        for (let p = runStart; p < q; p++) {
          if (!isFirst.has(text.charCodeAt(p)) || (isNotAfter && p > 0 && isNotAfter.has(text.charCodeAt(p - 1)))) continue;
          const m = tryAt(text, p);
          if (m) return m;
        }
      }
      if (atCore) {
        const m = tryAt(text, q);
        if (m) return m;
      }
      at = q + 1;
      tried = atCore ? q + 1 : q; // untried, the core may still start a match whose core comes later
    }
    return null;
  };
}
