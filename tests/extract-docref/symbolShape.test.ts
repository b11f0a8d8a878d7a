import { describe, expect, it } from 'vitest';
import { extractDocRefs, symbolShape } from '../../extractors/docref/index.js';
import { ctxOf } from './helpers.js';

const SHAPES: [text: string, shape: string][] = [
  ['Quyết định số 15/QĐ-BNV', 'administrative'],
  ['Kế hoạch 153/KH-UBND', 'administrative'],
  ['Công văn số 311/QĐ-HĐND', 'administrative'],
  ['Công văn số 1532/SLĐTBXH-BTXHTE', 'cong_van'],
  ['Công văn 4114/CT-NVT', 'cong_van'],
  ['Thông tư 06/2022/TT-BTTTT', 'normative'],
  ['Luật số 24/2021/QH15', 'normative'],
  ['Nghị quyết số 47-NQ/TU', 'party'],
  ['Nghị quyết 57-NQ/TW', 'party'],
  ['Nghị định số 58/HĐBT', 'other'],
];

describe('symbolShape', () => {
  it.each(SHAPES)('%s → %s', (text, shape) => {
    const [ref] = extractDocRefs(ctxOf(text)).entities;
    expect(symbolShape(ref)).toBe(shape);
  });
});
