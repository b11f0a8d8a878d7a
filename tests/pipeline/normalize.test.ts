import { describe, expect, it } from 'vitest';
import { TextBuilder } from '../../pipeline/textmap.js';
import { normalizeInto } from '../../pipeline/normalize.js';

function norm(s: string, base = 0) {
  const b = new TextBuilder();
  const stats = { invisible: 0, bidi: 0 };
  normalizeInto(b, s, base, stats);
  b.trimEnd();
  return { map: b.build(), stats };
}

describe('normalizeInto', () => {
  it.each([
    ['NFD to NFC', 'Lạng Sơn'.normalize('NFD'), 'Lạng Sơn'],
    ['whitespace folded', 'Số:  1488/BC-STTTT\t\u00a0x', 'Số: 1488/BC-STTTT x'],
    ['Markdown bold removed', '**KT. GIÁM ĐỐC**', 'KT. GIÁM ĐỐC'],
    ['emphasis stars removed', 'HĐND ban hành *Nghị quyết số 25/2022/NQ-HĐND ngày 10/12/2022* Quy định', 'HĐND ban hành Nghị quyết số 25/2022/NQ-HĐND ngày 10/12/2022 Quy định'],
    ['zero-width and soft hyphen dropped', 'Tiểu\u200b dự\u00ad án', 'Tiểu dự án'],
    ['bidi controls dropped', 'NĐ\u202e-CP', 'NĐ-CP'],
    ['a multiplication star kept', '2 * 3', '2 * 3'],
  ])('%s', (_name, input, expected) => {
    expect(norm(input).map.text).toBe(expected);
  });

  it('maps every normalised offset back to its source cluster', () => {
    const src = 'Lạng Sơn, ngày 30'.normalize('NFD');
    const { map } = norm(src, 100);
    expect(map.text).toBe('Lạng Sơn, ngày 30');
    // "S" of "Sơn" is the 6th character of the NFC text
    const s = map.text.indexOf('Sơn');
    expect(src[map.toSource(s) - 100]).toBe('S');
    // "ơ" composed from "o" + U+031B maps to the "o"
    expect(src[map.toSource(s + 1) - 100]).toBe('o');
    const d = map.text.indexOf('30');
    expect(src.slice(map.toSource(d) - 100, map.toSource(d) - 100 + 2)).toBe('30');
  });

  it('reports dropped invisible characters', () => {
    expect(norm('a\u200bb\u202ac').stats).toEqual({ invisible: 1, bidi: 1 });
  });
});
