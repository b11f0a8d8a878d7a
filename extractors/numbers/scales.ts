/** Vietnamese scale words and their multipliers; a compound (`nghìn tỷ`) multiplies its parts. */
export const SCALE_MULTIPLIERS: Readonly<Record<string, bigint>> = {
  nghìn: 1_000n,
  ngàn: 1_000n,
  triệu: 1_000_000n,
  tỷ: 1_000_000_000n,
  tỉ: 1_000_000_000n,
};

/** `triệu` → 10^6, `nghìn tỷ` → 10^12, `TRIỆU` → 10^6; null when a word is not a scale word. */
export function scaleMultiplier(words: string): bigint | null {
  const parts = words.normalize('NFC').toLowerCase().trim().split(/\s+/u);
  let m = 1n;
  for (const p of parts) {
    const f = SCALE_MULTIPLIERS[p];
    if (f === undefined) return null;
    m *= f;
  }
  return m;
}
