/**
 * Is a word a well-formed Vietnamese syllable? Used to score candidate decodings: the right code page
 * turns most words into syllables, a wrong one into letter soup (`ViÖt`, `Vieät`, `BA¸O`).
 *
 * A syllable is [initial] + vowel nucleus (with its glides) + [final consonant], with at most one tone
 * mark; syllables closed by c/ch/p/t take only the acute or the dot-below tone. The tone may sit on any
 * vowel of the nucleus (both placement styles, `hoà`/`hòa`, are correct).
 */

const TONE = {
  grave: 0x300,
  acute: 0x301,
  tilde: 0x303,
  hook: 0x309,
  dot: 0x323,
} as const;
const TONE_MARKS: ReadonlySet<number> = new Set(Object.values(TONE));
/** Tones a syllable ending in a stop (c, ch, p, t) cannot carry. */
const TONES_BARRED_AFTER_STOP: ReadonlySet<number> = new Set([TONE.grave, TONE.tilde, TONE.hook]);

const INITIALS = 'ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx]';
/** Nuclei that may be followed by a final consonant. */
const OPEN_NUCLEI = 'uyê|uya|ươ|iê|yê|uô|uơ|uâ|uê|uy|oa|oă|oe|oo|ia|ua|ưa|[aăâeêioôơuưy]';
/** Nuclei that end in a glide and take no final consonant. */
const CLOSED_NUCLEI = 'iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uyu|ai|ao|au|ay|âu|ây|eo|êu|iu|oi|ôi|ơi|ui|ưi|ưu';
const FINALS = 'ch|ng|nh|[cmnpt]';
const STOP_FINAL = /(?:c|ch|p|t)$/;

/** Anchored, over at most MAX_LENGTH letters, so backtracking is bounded. */
const SYLLABLE = new RegExp(`^(?:${INITIALS})?(?:(?:${CLOSED_NUCLEI})|(?:${OPEN_NUCLEI})(?:${FINALS})?)$`);
/** The longest syllable is 7 letters (`nghiêng`); anything longer is not one. */
const MAX_LENGTH = 7;

export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > MAX_LENGTH * 3) return false;
  const decomposed = word.toLowerCase().normalize('NFD');
  let tone = 0;
  let bare = '';
  for (let i = 0; i < decomposed.length; i++) {
    const c = decomposed.charCodeAt(i);
    if (TONE_MARKS.has(c)) {
      if (tone !== 0) return false;
      tone = c;
    } else bare += decomposed[i];
  }
  const letters = bare.normalize('NFC');
  if (letters.length > MAX_LENGTH || !SYLLABLE.test(letters)) return false;
  return !(TONES_BARRED_AFTER_STOP.has(tone) && STOP_FINAL.test(letters));
}
