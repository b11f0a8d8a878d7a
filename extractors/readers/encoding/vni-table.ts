/**
 * The VNI (VNI-Times, VNI Windows) charset. VNI text is Windows-1252 bytes shown through a font that draws
 * Vietnamese: a base letter is followed by a mark byte, e.g. `Vieät` = V i e + ä (circumflex + dot below)
 * + t = "Việt", `naêm` = "năm" (ê = breve), `ñoàng` = "đồng" (ñ = đ, à = circumflex + grave).
 *
 * Public VNI layout, summarised:
 * - tone marks follow any vowel (a e o u y, and ơ ư below): ù acute, ø grave, û hook, õ tilde, ï dot below;
 * - â after a, e, o is the circumflex (â ê ô), and á à å ã ä are circumflex + acute/grave/hook/tilde/dot;
 * - ê after a is the breve (ă), and é è ú ü ë are breve + acute/grave/hook/tilde/dot;
 * - single bytes: ô = ơ, ö = ư, ñ = đ, í ì æ ó ò = í ì ỉ ĩ ị, î = ỵ; ơ and ư then take the tone marks;
 * - upper case uses the upper-case form of the same byte (AÙ = Á, OÂ = Ô, Ö = Ư, Ñ = Đ, Î = Ỵ).
 * Every other byte is plain Windows-1252.
 */

const COMBINING = {
  acute: '\u0301',
  grave: '\u0300',
  hook: '\u0309',
  tilde: '\u0303',
  dot: '\u0323',
  circumflex: '\u0302',
  breve: '\u0306',
  horn: '\u031B',
} as const;

type Quality = 'circumflex' | 'breve' | null;
type Tone = 'acute' | 'grave' | 'hook' | 'tilde' | 'dot' | null;

/** Mark bytes (lower-case form; the upper-case form is the byte minus 0x20). */
const MARKS: ReadonlyArray<{ char: string; quality: Quality; tone: Tone }> = [
  { char: 'ù', quality: null, tone: 'acute' },
  { char: 'ø', quality: null, tone: 'grave' },
  { char: 'û', quality: null, tone: 'hook' },
  { char: 'õ', quality: null, tone: 'tilde' },
  { char: 'ï', quality: null, tone: 'dot' },
  { char: 'â', quality: 'circumflex', tone: null },
  { char: 'á', quality: 'circumflex', tone: 'acute' },
  { char: 'à', quality: 'circumflex', tone: 'grave' },
  { char: 'å', quality: 'circumflex', tone: 'hook' },
  { char: 'ã', quality: 'circumflex', tone: 'tilde' },
  { char: 'ä', quality: 'circumflex', tone: 'dot' },
  { char: 'ê', quality: 'breve', tone: null },
  { char: 'é', quality: 'breve', tone: 'acute' },
  { char: 'è', quality: 'breve', tone: 'grave' },
  { char: 'ú', quality: 'breve', tone: 'hook' },
  { char: 'ü', quality: 'breve', tone: 'tilde' },
  { char: 'ë', quality: 'breve', tone: 'dot' },
];

/** Base bytes that take a mark (lower-case form), with the Unicode letter they stand for. */
const BASES: ReadonlyArray<{ char: string; letter: string; qualities: ReadonlyArray<Quality> }> = [
  { char: 'a', letter: 'a', qualities: [null, 'circumflex', 'breve'] },
  { char: 'e', letter: 'e', qualities: [null, 'circumflex'] },
  { char: 'o', letter: 'o', qualities: [null, 'circumflex'] },
  { char: 'u', letter: 'u', qualities: [null] },
  { char: 'y', letter: 'y', qualities: [null] },
  { char: 'ô', letter: 'o' + COMBINING.horn, qualities: [null] }, // ơ
  { char: 'ö', letter: 'u' + COMBINING.horn, qualities: [null] }, // ư
];

/** Bytes that are a whole letter on their own (lower-case form). */
const SINGLES: ReadonlyArray<{ char: string; letter: string }> = [
  { char: 'ô', letter: 'ơ' },
  { char: 'ö', letter: 'ư' },
  { char: 'ñ', letter: 'đ' },
  { char: 'í', letter: 'í' },
  { char: 'ì', letter: 'ì' },
  { char: 'æ', letter: 'ỉ' },
  { char: 'ó', letter: 'ĩ' },
  { char: 'ò', letter: 'ị' },
  { char: 'î', letter: 'ỵ' },
];

/** Upper-case twin of a Latin-1 byte: a..z and 0xE0..0xFE map 0x20 lower. */
const CASE_OFFSET = 0x20;
const byteOf = (c: string): number => c.charCodeAt(0);

/** (base byte << 8 | mark byte) -> code point of the composed letter. */
export const VNI_PAIRS: ReadonlyMap<number, number> = (() => {
  const pairs = new Map<number, number>();
  for (const base of BASES) {
    for (const mark of MARKS) {
      if (!base.qualities.includes(mark.quality)) continue;
      const combining = (mark.quality ? COMBINING[mark.quality] : '') + (mark.tone ? COMBINING[mark.tone] : '');
      const lower = (base.letter + combining).normalize('NFC');
      const upper = lower.toUpperCase();
      if (lower.length !== 1 || upper.length !== 1) throw new Error(`VNI table: ${base.char}${mark.char} is not one letter`);
      const b = byteOf(base.char);
      const m = byteOf(mark.char);
      const B = b - CASE_OFFSET;
      const M = m - CASE_OFFSET;
      // The case of the letter follows the base byte; the mark byte is accepted in either case.
      pairs.set((b << 8) | m, lower.charCodeAt(0));
      pairs.set((b << 8) | M, lower.charCodeAt(0));
      pairs.set((B << 8) | M, upper.charCodeAt(0));
      pairs.set((B << 8) | m, upper.charCodeAt(0));
    }
  }
  return pairs;
})();

/** Single byte -> code point of the letter it draws. */
export const VNI_SINGLES: ReadonlyMap<number, number> = (() => {
  const singles = new Map<number, number>();
  for (const { char, letter } of SINGLES) {
    singles.set(byteOf(char), letter.charCodeAt(0));
    singles.set(byteOf(char) - CASE_OFFSET, letter.toUpperCase().charCodeAt(0));
  }
  return singles;
})();

/** True for a byte that can start a two-byte VNI letter. */
export const VNI_BASE_BYTES: ReadonlySet<number> = new Set(
  BASES.flatMap(({ char }) => [byteOf(char), byteOf(char) - CASE_OFFSET]),
);
