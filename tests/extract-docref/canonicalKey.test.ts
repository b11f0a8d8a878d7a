import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalKey } from '../../extractors/docref/index.js';

const KEYS: [raw: string, year: number | null, key: string][] = [
  ['220/KH-UBND', 2022, 'KH|220|2022?|UBND'],
  ['06/2022/TT-BTTTT', null, 'TT|6|2022|BTTTT'],
  ['06/2022/TT-BTTTT', 2021, 'TT|6|2022|BTTTT'],
  ['1532/SLĐT BXH-BTXHTE', 2023, '|1532|2023?|SLDTBXH-BTXHTE'],
  ['24/2021/QH15', null, '|24|2021|QH15'],
  ['47-NQ/TU', null, 'NQ|47||TU'],
  ['12/2015/TTLT-BTC-BNV', null, 'TTLT|12|2015|BTC-BNV'],
  ['5/ĐA-CP', null, 'ĐA|5||CP'],
  ['5/DA-CP', null, 'DA|5||CP'],
  ['5/HĐ-UBND', null, 'HĐ|5||UBND'],
  ['5/HD-UBND', null, 'HD|5||UBND'],
  ['no symbol', null, '?|NOSYMBOL'],
];

/** Printed variants of one symbol: all must share a key. */
const SAME: string[][] = [
  ['27/2022/NĐ-CP', '27/2022/ND-CP', '27/2022/NÐ-CP', '27/2022/NĐ–CP', '27/2022/NĐ—CP', '27/2022/NĐ‐CP', '27/2022/NĐCP', '27/2022/NĐ- CP', '027/2022/NĐ-CP', '27/2022/ΝĐ-CP'],
  ['12/2015/TTLT-BTC-BNV', '12/2015/TTLT/BTC-BNV', '12/2015/TTLT - BTC - BNV'],
  ['204/KH-UBND', '0204/KH-UBND', '204 /KH-UBND', '204/KH-\n\nUBND'],
  ['1532/SLĐTBXH-BTXHTE', '1532/SLĐT BXH-BTXHTE', '1532/SLDTBXH-BTXHTE'],
  ['15/2020/QĐ-TTg', '15/2020/QD-TTg', '15/2020/QĐ-TTG'],
];

/** Different documents: their keys differ. */
const DIFFERENT: [string, string][] = [
  ['252/BTTTT-KHHC', '252/BTTTT-KHTC'],
  ['1768/BTTTT-KHHC', '1768/BTTTT-KHTC'],
  ['06/2022/TT-BTTTT', '06/2021/TT-BTTTT'],
  ['06/2022/TT-BTTTT', '05/2022/TT-BTTTT'],
  ['5/ĐA-CP', '5/DA-CP'],
  ['12/TTr-UBND', '12/TT-UBND'],
];

describe('canonicalKey', () => {
  it.each(KEYS)('%s (year %s) → %s', (raw, year, key) => expect(canonicalKey(raw, year)).toBe(key));

  it.each(SAME)('one key for the variants of %s', (...variants) => {
    const keys = new Set(variants.map((v) => canonicalKey(v, 2022)));
    expect([...keys]).toEqual([canonicalKey(variants[0], 2022)]);
  });

  it.each(DIFFERENT)('%s ≠ %s', (a, b) => expect(canonicalKey(a, 2023)).not.toBe(canonicalKey(b, 2023)));

  it('is stable under dash style, padding and spaces around the slash (property)', () => {
    const dashes = fc.constantFrom('-', '–', '—', '‐');
    fc.assert(fc.property(fc.integer({ min: 1, max: 99999 }), fc.nat({ max: 3 }), dashes, fc.boolean(), fc.constantFrom('KH', 'QĐ', 'BC', 'TTr'), fc.constantFrom('UBND', 'STTTT', 'BNV'),
      (n, pad, dash, space, type, issuer) => {
        const plain = `${n}/${type}-${issuer}`;
        const variant = `${'0'.repeat(pad)}${n}${space ? ' ' : ''}/${type}${dash}${issuer}`;
        expect(canonicalKey(variant, 2023)).toBe(canonicalKey(plain, 2023));
      }));
  });
});
