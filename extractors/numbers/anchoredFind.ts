/**
 * A fast `find` for an Extractor whose pattern holds a rare core (a number followed by a slash, `tháng`
 * after a day): search the core with a cheap pattern, then try the real pattern, sticky, only from the
 * start of the lead run before the core up to the core itself. The match found is exactly the one the
 * global pattern finds, provided that
 * - every match of `pattern` contains a position where `core` matches (the core of the match), and
 * - between the start of a match and its core there are only `lead` characters (blanks and line breaks
 *   always count as lead) and, when the match starts before its core, it starts with a `first` character
 *   that does not follow a `notAfter` character; with `required`, no match starts at its core.
 * Without `lead`, every match starts at its core. The character tests test one UTF-16 unit each (write
 * them with the flags of `pattern`, so `i` folds case alike); a surrogate always counts as lead, never as
 * `first` or `notAfter`.
 */
export interface Lead {
  chars: RegExp;
  first: RegExp;
  /** What never stands right before a match that starts before its core (its look-behind: a letter). */
  notAfter?: RegExp;
  /** Every match starts before its core (`từ 2 …`, `năm 2023`): never tried at the core itself. */
  required?: boolean;
}

const BLANK = /^\s$/u;
const UNKNOWN = 0;
const YES = 1;
const NO = 2;

/**
 * A one-character test (`re` matches one character), answered once per UTF-16 unit. `lead`: any blank
 * passes too, and so does a surrogate (half of an astral character the test cannot see whole).
 */
export function charTest(re: RegExp, lead = false): (code: number) => boolean {
  const single = new RegExp(`^(?:${re.source})$`, re.flags.replace(/[gy]/gu, ''));
  const table = new Uint8Array(0x10000);
  return (code) => {
    if (code < 0 || code > 0xffff) return false;
    let v = table[code];
    if (v === UNKNOWN) {
      const c = String.fromCharCode(code);
      const surrogate = code >= 0xd800 && code <= 0xdfff;
      v = (surrogate ? lead : single.test(c) || (lead && BLANK.test(c))) ? YES : NO;
      table[code] = v;
    }
    return v === YES;
  };
}

export type Find = (text: string, from: number) => RegExpExecArray | null;
/** Where the next core starts at or after `at`, or -1. */
export type CoreHits = (text: string, at: number) => number;

/** The hits of a core pattern. */
function regexHits(core: RegExp): CoreHits {
  const re = new RegExp(core.source, core.flags.includes('g') ? core.flags : core.flags + 'g');
  return (text, at) => {
    re.lastIndex = at;
    return re.exec(text)?.index ?? -1;
  };
}

export function anchoredFind(pattern: RegExp, core: RegExp | CoreHits, lead?: Lead): Find {
  const sticky = new RegExp(pattern.source, pattern.flags.replace(/g/gu, '') + (pattern.sticky ? '' : 'y'));
  const nextCore = core instanceof RegExp ? regexHits(core) : core;
  const isLead = lead ? charTest(lead.chars, true) : null;
  const isFirst = lead ? charTest(lead.first) : null;
  const isNotAfter = lead?.notAfter ? charTest(lead.notAfter) : null;
  const atCore = !lead?.required;
  const tryAt = (text: string, at: number): RegExpExecArray | null => {
    sticky.lastIndex = at;
    return sticky.exec(text);
  };
  return (text, from) => {
    let tried = from; // no position below this one is left to try
    for (let at = from; at <= text.length; ) {
      const q = nextCore(text, at);
      if (q < 0) return null;
      if (isLead && isFirst) {
        let runStart = q;
        while (runStart > tried && isLead(text.charCodeAt(runStart - 1))) runStart--;
        for (let p = runStart; p < q; p++) {
          if (!isFirst(text.charCodeAt(p)) || (isNotAfter && p > 0 && isNotAfter(text.charCodeAt(p - 1)))) continue;
          const m = tryAt(text, p);
          if (m) return m;
        }
      }
      const m = atCore ? tryAt(text, q) : null;
      if (m) return m;
      tried = at = q + 1;
    }
    return null;
  };
}
