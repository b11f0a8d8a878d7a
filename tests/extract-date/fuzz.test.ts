import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../extractors/date/index.js';
import { ctxOf } from './helpers.js';

const PIECES = ['ngày', 'tháng', 'năm', 'Quý', 'III', '6', 'đầu', ' ', '\n', '/', '-', '.', ',', '2023', '12', '31', '02', '13', '²', 'TT', 'QĐ', 'giai đoạn', '2021', '2025'];

describe('extractDates on random text', () => {
  it('never throws; raw === text.slice(start, end); spans do not overlap', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      const { entities } = extractDates(ctxOf(text));
      entities.forEach((d, i) => {
        expect(d.raw).toBe(text.slice(d.start, d.end));
        if (i > 0) expect(entities[i - 1].end <= d.start).toBe(true);
      });
    }), { numRuns: 500 });
  });
});
