import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldChar, foldChars } from '../../extractors/facts/fold.js';
import { outermost } from '../../extractors/facts/outermost.js';

/** The plain definition of folding, one UTF-16 unit at a time. */
function plainFoldChar(c: string): string {
  if (c.length !== 1) return c;
  if (/[đĐÐ]/u.test(c)) return 'd';
  const code = c.charCodeAt(0);
  if (code < 0xc0) return c.toLowerCase();
  const base = c.normalize('NFD')[0];
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower : base;
}

function plainFoldChars(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += plainFoldChar(s[i]);
  return out;
}

const VIETNAMESE = 'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ0123456789 .,;:-/()%\n\tÐſKÅİı\u0301\u0300\u0323ﬁ😀';

describe('foldChars equals folding one unit at a time', () => {
  it('every UTF-16 unit', () => {
    const all = Array.from({ length: 0x10000 }, (_, i) => String.fromCharCode(i)).join('');
    expect(foldChars(all)).toBe(plainFoldChars(all));
    for (let i = 0; i < 0x10000; i += 97) expect(foldChar(String.fromCharCode(i))).toBe(plainFoldChar(String.fromCharCode(i)));
  });

  it('random Vietnamese-ish text, lone surrogates and strings longer than a chunk', () => {
    const unit = fc.oneof(fc.constantFrom(...VIETNAMESE), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)));
    fc.assert(fc.property(fc.array(unit, { maxLength: 9000 }), (parts) => {
      const s = parts.join('');
      expect(foldChars(s)).toBe(plainFoldChars(s));
    }), { numRuns: 200 });
    expect(foldChar('😀')).toBe('😀');
  });

  it('examples', () => {
    expect(foldChars('Tiểu dự án ĐỒNG hoà')).toBe('tieu du an dong hoa');
  });
});

/** The plain definition: a range is dropped when another contains it and is longer or comes first. */
function plainOutermost<H extends { start: number; end: number }>(all: H[]): H[] {
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  return all.filter((h, i) => !all.some((o, j) => j !== i && o.start <= h.start && o.end >= h.end && (o.end - o.start > h.end - h.start || j < i)));
}

describe('outermost equals its plain definition', () => {
  it('random ranges with ties', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(20), fc.nat(6)), { maxLength: 40 }), (specs) => {
      const ranges = () => specs.map(([start, len], id) => ({ start, end: start + len, id }));
      expect(outermost(ranges())).toEqual(plainOutermost(ranges()));
    }), { numRuns: 3000 });
  });
});
