/**
 * canonical_key — the matching key of a document reference. Format: `TYPE|NUMBER|YEAR|ISSUER`
 *
 * - TYPE: the canonical type code when the first code group is one (`KH`, `QĐ`, `NĐ`, `TT`, `TTLT`,
 *   `TTr`, `ĐA`, `DA`, `HĐ`, `HD`), else empty (a Công văn `1532/SLĐTBXH-BTXHTE`, a law `24/2021/QH15`).
 *   The type keeps its Đ, because `ĐA`/`DA` and `HĐ`/`HD` are different types; a D written for Đ is
 *   repaired only where the D form is no code itself (`ND` → `NĐ`, `QD` → `QĐ`, `CD` → `CĐ`).
 * - NUMBER: the number as an integer, padding dropped (`0204` → `204`).
 * - YEAR: the year printed in a normative number (`2022`); otherwise the year of the reference's own
 *   date followed by `?` (`2022?`: inferred, since administrative numbers restart every 1 January);
 *   otherwise empty. A check that compares a key with `?` against one without may ignore the year.
 * - ISSUER: the remaining code groups joined with `-`, folded to ASCII capitals: Đ, D and Ð (U+00D0)
 *   all → `D`, tone marks of either placement style removed, spaces inside codes removed
 *   (`SLĐT BXH` → `SLDTBXH`), every dash and a slash used for a hyphen → `-`, look-alike Cyrillic/Greek
 *   capitals → Latin.
 *
 * Examples: `220/KH-UBND` dated 19/10/2022 → `KH|220|2022?|UBND`; `06/2022/TT-BTTTT` → `TT|6|2022|BTTTT`;
 * `NĐ–CP`, `ND-CP`, `NÐ-CP`, `NĐCP` (27/2022) → `NĐ|27|2022|CP`; `TTLT/BTC-BNV` = `TTLT-BTC-BNV`;
 * `47-NQ/TU` → `NQ|47|…|TU`. `252/BTTTT-KHHC` → `|252|2023?|BTTTT-KHHC` and `252/BTTTT-KHTC` →
 * `|252|2023?|BTTTT-KHTC` stay different: they are different symbols (the same number, issuer and date
 * cited two ways is a cross-report check, not a key collision).
 */
import { parseSymbol } from './parseSymbol.js';
import { canonicalTypeCode } from './typeCodes.js';

/** ASCII capitals: tone marks removed (both placement styles fold alike), Đ/đ → D. */
export function foldCode(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'D').toUpperCase().replace(/\s+/gu, '');
}

/**
 * The key of a printed `number/symbol` (`raw` of a DocRef). `inferredYear` is the year of the date that
 * follows the reference (ignored when the number carries its own year). An unparsable input gives
 * `?|` + its folded text, so two identical oddities still meet.
 */
export function canonicalKey(numberAndSymbol: string, inferredYear: number | null = null): string {
  const p = parseSymbol(numberAndSymbol.normalize('NFC'));
  if (!p) return `?|${foldCode(numberAndSymbol)}`;
  const type = p.groups.length > 0 ? canonicalTypeCode(p.groups[0]) : null;
  const issuer = (type ? p.groups.slice(1) : p.groups).map(foldCode).join('-');
  const year = p.year !== null ? String(p.year) : inferredYear !== null ? `${inferredYear}?` : '';
  return `${type ?? ''}|${p.number}|${year}|${issuer}`;
}
