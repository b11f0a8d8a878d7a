/**
 * A fast `find` for an Extractor whose pattern holds a rare core (a number followed by a slash, `tháng`
 * after a day): search the core with a cheap pattern, then try the real pattern, sticky, only from the
 * start of the lead run before the core up to the core itself. The match found is exactly the one the
 * global pattern finds, provided that
 * - every match of `pattern` contains a position where `core` matches (the core of the match), and
 * - between the start of a match and its core there are only `lead` characters (blanks and line breaks
 *   always count as lead) and, when the match starts before its core, it starts with a `first` character.
 * Without `lead`, every match starts at its core. `lead` and `first` test one BMP character each (write
 * them with the flags of `pattern`, so `i` folds case alike); astral characters never lead.
 */
export interface Lead {
  chars: RegExp;
  first: RegExp;
}

const BLANK = /^\s$/u;
const UNKNOWN = 0;
const YES = 1;
const NO = 2;

/** A one-character test (`re` matches one character; `blanksToo`: any blank passes too), answered once per BMP character. */
export function charTest(re: RegExp, blanksToo = false): (code: number) => boolean {
  const single = new RegExp(`^(?:${re.source})$`, re.flags.replace(/[gy]/gu, ''));
  const table = new Uint8Array(0x10000);
  return (code) => {
    if (code < 0 || code > 0xffff) return false;
    let v = table[code];
    if (v === UNKNOWN) {
      const c = String.fromCharCode(code);
      const surrogate = code >= 0xd800 && code <= 0xdfff;
      v = !surrogate && (single.test(c) || (blanksToo && BLANK.test(c))) ? YES : NO;
      table[code] = v;
    }
    return v === YES;
  };
}

export type Find = (text: string, from: number) => RegExpExecArray | null;

export function anchoredFind(pattern: RegExp, core: RegExp, lead?: Lead): Find {
  const sticky = new RegExp(pattern.source, pattern.flags.replace(/g/gu, '') + (pattern.sticky ? '' : 'y'));
  const coreRe = new RegExp(core.source, core.flags.includes('g') ? core.flags : core.flags + 'g');
  const isLead = lead ? charTest(lead.chars, true) : null;
  const isFirst = lead ? charTest(lead.first, false) : null;
  const tryAt = (text: string, at: number): RegExpExecArray | null => {
    sticky.lastIndex = at;
    return sticky.exec(text);
  };
  return (text, from) => {
    let tried = from; // no position below this one is left to try
    for (let at = from; at <= text.length; ) {
      coreRe.lastIndex = at;
      const hit = coreRe.exec(text);
      if (!hit) return null;
      const q = hit.index;
      if (isLead && isFirst) {
        let runStart = q;
        while (runStart > tried && isLead(text.charCodeAt(runStart - 1))) runStart--;
        for (let p = runStart; p < q; p++) {
          if (!isFirst(text.charCodeAt(p))) continue;
          const m = tryAt(text, p);
          if (m) return m;
        }
      }
      const m = tryAt(text, q);
      if (m) return m;
      tried = at = q + 1;
    }
    return null;
  };
}
