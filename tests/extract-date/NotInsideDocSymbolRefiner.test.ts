import { describe, expect, it } from 'vitest';
import { DayNumericParser } from '../../extractors/date/DayNumericParser.js';
import { NotInsideDocSymbolRefiner } from '../../extractors/date/NotInsideDocSymbolRefiner.js';
import { YearRangeParser } from '../../extractors/date/YearRangeParser.js';
import { runExtractors } from '../../extractors/types.js';
import { ctxOf } from './helpers.js';

const PARSERS = [DayNumericParser, YearRangeParser];

/** Text where a parser alone finds a date that is part of a symbol (stray spaces defeat its own look-arounds). */
const DROPPED: [text: string, rawFoundByParser: string][] = [
  ['Quyết định số 15/3/2020 /QĐ-UBND', '15/3/2020'],
  ['ký hiệu UBND/ 12/5/2023 gửi', '12/5/2023'],
  ['mã 2021-2025 /KH-UBND', '2021-2025'],
  ['mã 2021-2025-QĐ', '2021-2025'],
];

const KEPT: [text: string, raw: string][] = [
  ['ngày 15/3/2020 / Sở', '15/3/2020'],
  ['giai đoạn 2021 - 2025 - Tiểu dự án', '2021 - 2025'],
  ['(2021-2025)', '2021-2025'],
];

describe('NotInsideDocSymbolRefiner', () => {
  it.each(DROPPED)('drops the date inside: %s', (text, raw) => {
    const ctx = ctxOf(text);
    const parsed = runExtractors(PARSERS, [], ctx).entities;
    expect(parsed.map((d) => d.raw)).toEqual([raw]);
    expect(NotInsideDocSymbolRefiner(parsed, ctx)).toEqual([]);
  });
  it.each(KEPT)('keeps: %s', (text, raw) => {
    const ctx = ctxOf(text);
    const kept = NotInsideDocSymbolRefiner(runExtractors(PARSERS, [], ctx).entities, ctx);
    expect(kept.map((d) => ({ start: d.start, raw: d.raw }))).toEqual([{ start: text.indexOf(raw), raw }]);
  });
});
