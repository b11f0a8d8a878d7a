import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocRefs } from '../../extractors/docref/index.js';
import { ctxOf } from './helpers.js';

/** Pieces of real references, shuffled into random text: nothing throws and every span stays exact. */
const PIECES = ['Công văn', 'Kế hoạch', 'số', 'số:', ' ', '\n', '/', '-', '–', ';', ',', '.', 'ngày', 'của', 'về việc', 'UBND', 'QĐ', 'NĐ', 'Ð', 'CP', 'TT', '2022', '15', '0204', '02/8/2023', 'tháng', 'năm', 'Số:', 'Mẫu', 'Sở Lao động', 'х'];

describe('extractDocRefs on random text', () => {
  it('never throws; raw === text.slice(start, end); full span around the reference', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      const { entities, unknowns } = extractDocRefs(ctxOf(text));
      for (const r of entities) {
        expect(r.raw).toBe(text.slice(r.start, r.end));
        expect(r.full_start <= r.start && r.end <= r.full_end).toBe(true);
      }
      for (const u of unknowns) expect(u.raw).toBe(text.slice(u.start, u.end));
    }), { numRuns: 500 });
  });
});
