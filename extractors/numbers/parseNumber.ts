/**
 * Parse a printed number exactly, as a scaled integer. Vietnamese official style (Luật Kế toán,
 * Nghị định 30/2020): `.` groups thousands, `,` marks decimals: `1.961,334`, `6.616.000.000`, `20,6`,
 * `01`, and `1.551` is 1551. The opposite (invoice) style is accepted only where it cannot be read the
 * Vietnamese way (`30,420,000`, `1,234.5`, `96.5`). Anything else (`102,924,5`, `20.548,57,00`) is
 * malformed: no guess.
 */
export interface ParsedNumber {
  ok: true;
  /** Every printed digit as one integer: `1.961,334` → 1961334n. The value is digits / 10^decimals. */
  digits: bigint;
  /** Digits printed after the decimal mark. */
  decimals: number;
  /** `vn` (`.` thousands, `,` decimals; also plain digits) or `en` (`,` thousands, `.` decimals). */
  style: 'vn' | 'en';
}

export interface MalformedNumber {
  ok: false;
  reason: string;
}

const GROUP_HEAD = /^\d{1,3}$/u;
const GROUP_THREE = /^\d{3}$/u;

/** `thousandsSep`-grouped integer groups: first 1–3 digits, the rest exactly 3. */
function validGroups(groups: string[]): boolean {
  return GROUP_HEAD.test(groups[0]) && groups.slice(1).every((g) => GROUP_THREE.test(g));
}

function read(style: 'vn' | 'en', thousandsSep: string, decimalSep: string, raw: string): ParsedNumber | null {
  const [intPart, fracPart, ...more] = raw.split(decimalSep);
  if (more.length > 0) return null;
  if (fracPart !== undefined && !/^\d+$/u.test(fracPart)) return null;
  const groups = intPart.split(thousandsSep);
  if (groups.length > 1 && !validGroups(groups)) return null;
  if (!groups.every((g) => /^\d+$/u.test(g))) return null;
  return { ok: true, digits: BigInt(groups.join('') + (fracPart ?? '')), decimals: fracPart?.length ?? 0, style };
}

const PLAIN_DIGITS = /^\d+$/u;
/** `1.234`, `6.616.000.000`, `1.961,334`, `20,6`: the Vietnamese forms `read('vn', …)` accepts, read directly. */
const VN_FORM = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/u;
const VN_FRACTION = 1;
const PRINTED_NUMBER = /^\d+(?:[.,]\d+)*$/u;

export function parseNumber(raw: string): ParsedNumber | MalformedNumber {
  // plain digits (`2023`, `06`): what `read('vn', …)` gives for them, without splitting
  if (PLAIN_DIGITS.test(raw)) return { ok: true, digits: BigInt(raw), decimals: 0, style: 'vn' };
  const vn = VN_FORM.exec(raw);
  if (vn) return { ok: true, digits: BigInt(raw.replace(/[.,]/gu, '')), decimals: vn[VN_FRACTION]?.length ?? 0, style: 'vn' };
  if (!PRINTED_NUMBER.test(raw)) return { ok: false, reason: `not a number: ${raw}` };
  const commas = raw.split(',').length - 1;
  const dots = raw.split('.').length - 1;
  const firstComma = raw.indexOf(',');
  const lastDot = raw.lastIndexOf('.');
  // Vietnamese: dots (thousands) before at most one comma (decimal mark).
  if (commas <= 1 && (commas === 0 || lastDot < firstComma)) {
    const vn = read('vn', '.', ',', raw);
    if (vn) return vn;
  }
  // Invoice style, only where the Vietnamese reading is impossible: two or more commas, commas then one
  // dot, or one dot not followed by exactly three digits (`96.5`, `0.25`: a dot that cannot group thousands).
  const loneDecimalDot = commas === 0 && dots === 1 && raw.length - lastDot - 1 !== 3;
  if (dots <= 1 && (commas >= 2 || loneDecimalDot || (commas >= 1 && dots === 1 && raw.lastIndexOf(',') < lastDot))) {
    const en = read('en', ',', '.', raw);
    if (en) return en;
  }
  return { ok: false, reason: `malformed number (separators fit neither convention): ${raw}` };
}

/** The integer part of the printed number (`1.961,334` → 1961n). */
export function wholePart(p: ParsedNumber): bigint {
  return p.digits / 10n ** BigInt(p.decimals);
}

/** The parsed value times an integer multiplier, as a JS number (for counts and percentages, not money). */
export function toNumber(p: ParsedNumber, multiplier = 1n): number {
  const scaled = (p.digits * multiplier).toString().padStart(p.decimals + 1, '0');
  if (p.decimals === 0) return Number(scaled);
  return Number(`${scaled.slice(0, -p.decimals)}.${scaled.slice(-p.decimals)}`);
}
