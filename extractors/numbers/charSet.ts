/**
 * A one-character test (`re` matches one character, e.g. `/[ntđv]/iu`), answered once per UTF-16 unit
 * and kept in a table: cheap enough for loops over every number of a text. With `lead`, a surrogate passes
 * (half of an astral character the test cannot see whole).
 */
const UNKNOWN = 0;
const YES = 1;
const NO = 2;

export class CharSet {
  private readonly single: RegExp;
  private readonly table = new Uint8Array(0x10000);

  constructor(re: RegExp, private readonly lead = false) {
    this.single = new RegExp(`^(?:${re.source})$`, re.flags.replace(/[gy]/gu, ''));
  }

  /** Whether the UTF-16 unit `code` passes (-1, for no character, never does). */
  has(code: number): boolean {
    if (code < 0 || code > 0xffff) return false;
    const v = this.table[code];
    return v === UNKNOWN ? this.learn(code) : v === YES;
  }

  private learn(code: number): boolean {
    const c = String.fromCharCode(code);
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    const yes = surrogate ? this.lead : this.single.test(c);
    this.table[code] = yes ? YES : NO;
    return yes;
  }
}
