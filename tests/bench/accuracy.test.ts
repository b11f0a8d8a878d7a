import { describe, expect, it } from 'vitest';
import { scoreFlags, type FlagRef, type TruthEntry } from '../../bench/accuracy.js';

/** Entries shaped like the generator's ground_truth.json, flags like the bench reads them from `flags` ⨝ `sources`. */
const TRUTH: TruthEntry[] = [
  { file: '2023-q1/binh-gia.txt', check_id: 'self_reference_mismatch' },
  { file: '2023-q1/binh-gia.docx', check_id: 'self_reference_mismatch' },
  { file: '2023-q1/trang-dinh.txt', check_id: 'table_total_mismatch' },
  { file: '2023-q1/dinh-lap.txt', check_id: 'docref_conflict' },
  { file: '2023-q1/dinh-lap.pdf', check_id: 'docref_conflict' },
  { file: '2023-q1/van-quan.txt', check_id: 'sum_mismatch' },
];

const flag = (check_id: string, files: string[], message = ''): FlagRef => ({ flag_id: `${check_id}:${files.join('|')}`, check_id, files, message });

const EXISTING = ['self_reference_mismatch', 'table_total_mismatch', 'docref_conflict', 'date_invalid'];

describe('scoreFlags', () => {
  it('finds an error through the flag on its file, and a cross-report error through the related document', () => {
    const s = scoreFlags(TRUTH, [
      flag('self_reference_mismatch', ['2023-q1/binh-gia.txt']),
      flag('self_reference_mismatch', ['2023-q1/binh-gia.docx']),
      flag('table_total_mismatch', ['2023-q1/trang-dinh.txt']),
      flag('table_total_mismatch', ['2023-q1/trang-dinh.txt']), // a second flag on the same error is still right
      flag('docref_conflict', ['2023-q1/cao-loc.txt', '2023-q1/dinh-lap.txt']), // the citer first, the culprit related
    ], EXISTING);
    expect({ truth: s.truth, found: s.found, flags: s.flags, rightFlags: s.rightFlags }).toEqual({ truth: 6, found: 4, flags: 5, rightFlags: 5 });
    expect(s.recall.toFixed(2)).toBe('66.67');
    expect(s.precision).toBe(100);
    expect(s.recallExisting).toBe(80); // sum_mismatch has no check yet
    const byId = Object.fromEntries(s.byCheck.map((c) => [c.check_id, c]));
    expect(byId.docref_conflict.misses.map((m) => m.file)).toEqual(['2023-q1/dinh-lap.pdf']);
    expect(byId.sum_mismatch).toMatchObject({ exists: false, truth: 1, found: 0, flags: 0 });
    expect(byId.date_invalid).toMatchObject({ exists: true, truth: 0, found: 0, flags: 0, misses: [], falseAlarms: [] });
  });

  it('counts a flag on a file without an error of its check as a false alarm', () => {
    const s = scoreFlags(TRUTH, [
      flag('table_total_mismatch', ['2023-q1/binh-gia.txt']), // binh-gia has a self-reference error, not a total one
      flag('date_invalid', ['2023-q2/province.pdf']),
    ], EXISTING);
    expect(s.byCheck.flatMap((c) => c.falseAlarms.map((f) => `${c.check_id} ${f.files[0]}`))).toEqual([
      'date_invalid 2023-q2/province.pdf', 'table_total_mismatch 2023-q1/binh-gia.txt',
    ]);
    expect(s.precision).toBe(0);
    expect(s.found).toBe(0);
  });

  it('is 100 % / 100 % with nothing injected and nothing flagged', () => {
    const s = scoreFlags([], [], EXISTING);
    expect([s.recall, s.precision, s.byCheck.length]).toEqual([100, 100, 4]);
  });
});
