/** The signature block: `TM.`/`KT.`/`TL.`/`TUQ.`/`Q.` + title lines, then the signer's name. */
const AUTHORITY = /^(TM|KT|TL|TUQ|Q)\.\s/u;
const TITLE_WORDS = /^(PHÓ\s+)?(CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|TRƯỞNG PHÒNG|CHÁNH VĂN PHÒNG|BỘ TRƯỞNG|THỨ TRƯỞNG|BÍ THƯ|CỤC TRƯỞNG|VỤ TRƯỞNG|THỦ TRƯỞNG|TRƯỞNG|HIỆU TRƯỞNG)\b/u;
const SPLIT = /\s+(?=(?:TM|KT|TL|TUQ|Q)\.\s)|\s+(?=PHÓ\s)/u;

export function isSignerTitle(t: string): boolean {
  const s = t.trim();
  if (s.length === 0 || s.length > 120 || s !== s.toUpperCase()) return false;
  return AUTHORITY.test(s) || TITLE_WORDS.test(s);
}

/** `KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC` (two lines joined) → [`KT. GIÁM ĐỐC`, `PHÓ GIÁM ĐỐC`]. */
export function splitSignerTitle(t: string): string[] {
  return t.trim().split(SPLIT).map((x) => x.trim()).filter(Boolean);
}

/** A person's name: 2 to 6 capitalised words, no digits or punctuation. */
export function isPersonName(t: string): boolean {
  const words = t.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 6) return false;
  return words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w));
}
