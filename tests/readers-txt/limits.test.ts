import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../extractors/readers/types.js';
import { readTxt } from '../../extractors/readers/txt.js';
import { fixture, SEED_002 } from './helpers.js';

describe('limits and size', () => {
  it('refuses a file over limits.maxBytes', () => {
    const bytes = fixture(SEED_002);
    expect(() => readTxt(bytes, { ...DEFAULT_LIMITS, maxBytes: bytes.length - 1 })).toThrow(
      expect.objectContaining({ code: 'too_large' }),
    );
    expect(readTxt(bytes, { ...DEFAULT_LIMITS, maxBytes: bytes.length }).blocks.length).toBe(31);
  });

  it('reads a single 5 MB line as one piece', () => {
    const sentence = 'Tổng nguồn vốn sự nghiệp năm 2022 là 1.571,6 triệu đồng | ** ';
    const line = '  ' + sentence.repeat(Math.ceil((5 * 1024 * 1024) / sentence.length));
    const doc = readTxt(new Uint8Array(Buffer.from(line)));
    expect(doc.lines.length).toBe(1);
    expect(doc.blocks).toEqual([{ kind: 'paragraph', level: null, bold: false, pieces: [{ line: 0, from: 2, to: line.trimEnd().length }] }]);
  });

  it('reads a many-block file of 8 MB with every block in place', () => {
    const unit = '## Mục\n\nĐoạn văn có 1.568 người.\n- Như trên;\nA\tB\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n';
    const copies = Math.ceil((8 * 1024 * 1024) / Buffer.byteLength(unit));
    const doc = readTxt(new Uint8Array(Buffer.from(unit.repeat(copies))));
    const kinds = doc.blocks.map((b) => b.kind);
    expect(kinds.length).toBe(5 * copies);
    expect(kinds.slice(0, 5)).toEqual(['heading', 'paragraph', 'list_item', 'table', 'table']);
    expect(kinds.filter((k) => k === 'table').length).toBe(2 * copies);
  });
});
