import { describe, expect, it } from 'vitest';
import { resolveGrid } from '../../pipeline/tablegrid.js';
import type { RawCell } from '../../extractors/readers/types.js';

// cells carry their text in a fake line table: the test's textOf reads it from the map
function table(rows: (string | [string, number, number])[][]) {
  const texts = new Map<RawCell, string>();
  const raw = rows.map((r) => r.map((c) => {
    const [t, cs, rs] = typeof c === 'string' ? [c, 1, 1] : c;
    const cell: RawCell = { pieces: [], colspan: cs, rowspan: rs };
    texts.set(cell, t);
    return cell;
  }));
  return resolveGrid(raw, (c) => texts.get(c) ?? '');
}

describe('resolveGrid', () => {
  it('tab-separated header: empty slot after a header with sub-headers joins it (txt)', () => {
    const g = table([
      ['STT', 'Nội dung', 'Tổng số', '', 'Năm 2017', '', 'Ghi chú'],
      ['', '', 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện', ''],
      ['1', 'Số lớp', '30', '30', '6', '6', ''],
    ]);
    expect(g.headerRows).toBe(2);
    expect(g.slots[0][3]).toEqual({ originRow: 0, originCol: 2, isOrigin: false });
    expect(g.slots[0][5]).toEqual({ originRow: 0, originCol: 4, isOrigin: false });
    // STT and Ghi chú span down
    expect(g.slots[1][0]).toEqual({ originRow: 0, originCol: 0, isOrigin: false });
    expect(g.slots[1][6]).toEqual({ originRow: 0, originCol: 6, isOrigin: false });
    // data cells are never merged
    expect(g.slots[2][6].isOrigin).toBe(true);
  });

  it('explicit colspan (docx) gives the same grid', () => {
    const g = table([
      ['STT', 'Nội dung', ['Tổng số', 2, 1], ['Năm 2017', 2, 1], 'Ghi chú'],
      ['', '', 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện', ''],
      ['1', 'Số lớp', '30', '30', '6', '6', ''],
    ]);
    expect(g.nCols).toBe(7);
    expect(g.slots[0][3]).toEqual({ originRow: 0, originCol: 2, isOrigin: false });
    expect(g.slots[1][0]).toEqual({ originRow: 0, originCol: 0, isOrigin: false });
  });

  it('rowspan covers the slot below', () => {
    const g = table([
      [['STT', 1, 2], 'A', 'B'],
      ['x', 'y'],
      ['1', '2', '3'],
    ]);
    expect(g.slots[1][0]).toEqual({ originRow: 0, originCol: 0, isOrigin: false });
    expect(g.slots[1][1].isOrigin).toBe(true);
  });

  it('a table whose first data row comes at once has one header row', () => {
    const g = table([['Huyện', 'Kinh phí'], ['Bình Gia', '1.200'], ['Văn Quan', '900']]);
    expect(g.headerRows).toBe(1);
  });
});

describe('resolveGrid: a year without sub-headers in a row of paired headers (Biểu số 02)', () => {
  it('txt: `Năm 2020\\t\\t` spans two columns like its neighbours, as the docx colspan says', () => {
    const g = table([
      ['STT', 'Tổng số', '', 'Năm 2019', '', 'Năm 2020', '', 'Ghi chú'],
      ['', 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Thực hiện', '', '', ''],
      ['-', '9', '', '4', '4', '', '', ''],
    ]);
    expect(g.slots[0][6]).toEqual({ originRow: 0, originCol: 5, isOrigin: false });
    expect(g.slots[1][5].isOrigin).toBe(true); // not a vertical span: Năm 2020 is two columns wide
    expect(g.slots[1][7]).toEqual({ originRow: 0, originCol: 7, isOrigin: false });
  });
});
