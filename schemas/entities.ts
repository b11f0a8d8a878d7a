import { z } from 'zod';
import { col, table } from './db.js';

/**
 * Entities found in the normalised text. Every entity has `start`, `end` (half-open, into Document.text)
 * and `raw === text.slice(start, end)`, its parsed value, and which parts were stated or inferred.
 */
const spanFields = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  raw: z.string(),
};

export const MONEY_UNITS = ['dong', 'nghin_dong', 'trieu_dong', 'ty_dong'] as const;
export const QUALIFIERS = ['khoang', 'tren', 'hon', 'gan', 'duoi', 'du_kien', 'du_uoc', 'toi_da', 'toi_thieu'] as const;

export const AmountSchema = z.object({
  ...spanFields,
  kind: z.literal('amount'),
  /** Value in đồng as printed (midpoint of the interval). */
  value_dong: z.bigint(),
  /** The interval the printed precision allows: `21.342 triệu` → [21 341 500 000; 21 342 500 000]. */
  min_dong: z.bigint(),
  max_dong: z.bigint(),
  unit: z.enum(MONEY_UNITS),
  /** How the unit was written (`triệu đồng`, `tỷ`, `VNĐ`, `đ`). */
  unit_raw: z.string(),
  /** Whether the unit was stated (`triệu đồng`) or inferred from context (`trị giá 75 triệu`). */
  unit_stated: z.boolean(),
  qualifier: z.enum(QUALIFIERS).nullable(),
  /** The number as printed, without unit (`21.342`). */
  number_raw: z.string(),
  /** Decimal places printed (`1.961,334` → 3). */
  decimals: z.number().int(),
  /** `range_low`/`range_high` for `từ 2 đến 3 tỷ`, `rate` for `80 triệu đồng/người/năm`, `words` for Bằng chữ. */
  role: z.enum(['single', 'range_low', 'range_high', 'rate', 'words', 'composite']),
  /** For rates: the denominator (`người/năm`). */
  per: z.string().nullable(),
  /** Footnote marker glued to the amount (`³`), not part of the value. */
  footnote: z.string().nullable(),
});
export type Amount = z.infer<typeof AmountSchema>;

export const QuantitySchema = z.object({
  ...spanFields,
  kind: z.literal('quantity'),
  value: z.number(),
  number_raw: z.string(),
  decimals: z.number().int(),
  unit: z.string(),
  /** For ratios `09/19 tiêu chí`: the denominator (19); null otherwise. */
  of_total: z.number().nullable(),
});
export type Quantity = z.infer<typeof QuantitySchema>;

export const PercentSchema = z.object({
  ...spanFields,
  kind: z.literal('percent'),
  value: z.number(),
  number_raw: z.string(),
  decimals: z.number().int(),
});
export type Percent = z.infer<typeof PercentSchema>;

export const DATE_KINDS = ['day', 'month', 'quarter', 'half_year', 'year', 'range'] as const;

export const DateEntitySchema = z.object({
  ...spanFields,
  kind: z.literal('date'),
  /** ISO form of what is known: `2023-08-02`, `2023-07`, `2023-Q3`, `2023-H1`, `2023`, `2021/2025` for ranges. */
  iso: z.string(),
  year: z.number().int().nullable(),
  month: z.number().int().nullable(),
  day: z.number().int().nullable(),
  precision: z.enum(DATE_KINDS),
  /** For ranges: the end (ISO). */
  end_iso: z.string().nullable(),
  /** False for an impossible date (`31/02/2023`): kept as printed, flagged, never rolled over. */
  valid: z.boolean(),
  /** Which parts were stated (`d`,`m`,`y`) vs inferred (a year taken from context). */
  stated: z.array(z.enum(['d', 'm', 'y', 'q', 'h'])),
});
export type DateEntity = z.infer<typeof DateEntitySchema>;

export const DocRefSchema = z.object({
  ...spanFields,
  kind: z.literal('doc_ref'),
  /** Type name as printed before the number (`Công văn`, `Kế hoạch`), inherited in lists; null when absent. */
  ref_type_name: z.string().nullable(),
  /** Whether the type name was printed for this reference or carried over from the list it continues. */
  type_name_stated: z.boolean(),
  /** Type code from the symbol (`KH`, `QĐ`); null for a Công văn (`1532/SLĐTBXH-BTXHTE`). */
  type_code: z.string().nullable(),
  number: z.number().int().nullable(),
  /** The number as printed (`0204`). */
  number_raw: z.string(),
  /** Year inside a normative number (`06/2022/TT-BTTTT` → 2022). */
  year: z.number().int().nullable(),
  /** Symbol as printed, after the number (`2022/TT-BTTTT`, `BTTTT-KHHC`). */
  symbol: z.string(),
  issuer_code: z.string().nullable(),
  issued_on: z.string().nullable(),
  issuing_body: z.string().nullable(),
  subject: z.string().nullable(),
  /** Matching key: folded Đ/D/Ð, dashes, spaces, padding: `KH|220|UBND` style, see extractors/docref. */
  canonical_key: z.string(),
  /** The reference with its date, issuer and subject (eyecite's full span). */
  full_start: z.number().int(),
  full_end: z.number().int(),
  /** Problems seen at extraction: `type_code_mismatch`, `year_mismatch`, `dated_after_report`, `homoglyph`. */
  issues: z.array(z.string()),
});
export type DocRef = z.infer<typeof DocRefSchema>;

export type Entity = Amount | Quantity | Percent | DateEntity | DocRef;

/** Unclassifiable matches are typed rows, never guesses. */
export const UnknownEntitySchema = z.object({
  ...spanFields,
  kind: z.literal('unknown'),
  extractor: z.string(),
  reason: z.string(),
});
export type UnknownEntity = z.infer<typeof UnknownEntitySchema>;

// ---------------------------------------------------------------- DuckDB rows

const rowSpan = {
  doc_id: col.text('Document.'),
  start: col.int('Start offset in documents.text.'),
  end: col.int('End offset (exclusive) in documents.text.'),
  raw: col.text('documents.text[start:end], exactly.'),
};
const rowTail = {
  section_path: col.text('Section path of the entity (`II › 1 › 1.1`).'),
  page: col.intN('Page (PDF).'),
};

export const amountsTable = table('amounts', 'Money amounts with the interval their printed precision allows.', z.object({
  ...rowSpan,
  value_dong: col.big('Value in đồng as printed.'),
  min_dong: col.big('Lowest value the printed precision allows (đồng).'),
  max_dong: col.big('Highest value the printed precision allows (đồng).'),
  unit: col.text('dong, nghin_dong, trieu_dong or ty_dong.'),
  unit_raw: col.text('Unit as written.'),
  unit_stated: col.bool('False when the unit was inferred from context.'),
  qualifier: col.textN('khoang, tren, hon, gan, duoi, du_kien, du_uoc...'),
  decimals: col.int('Decimal places printed.'),
  role: col.text('single, range_low, range_high, rate, words, composite.'),
  per: col.textN('Rate denominator (`người/năm`).'),
  ...rowTail,
}));

export const quantitiesTable = table('quantities', 'Counts and measures with their unit noun; never money.', z.object({
  ...rowSpan,
  value: col.num('Value.'),
  unit: col.text('Unit noun (`người`, `hộ`, `km`, `tiêu chí`).'),
  of_total: col.numN('Denominator of a ratio (`09/19 tiêu chí` → 19).'),
  decimals: col.int('Decimal places printed.'),
  ...rowTail,
}));

export const percentsTable = table('percents', 'Percentages with their printed decimals.', z.object({
  ...rowSpan,
  value: col.num('Value in percent (26.22 for `26,22%`).'),
  decimals: col.int('Decimal places printed.'),
  ...rowTail,
}));

export const datesTable = table('dates', 'Dates with their precision.', z.object({
  ...rowSpan,
  iso: col.text('ISO form of what is known (`2023-08-02`, `2023-07`, `2023-Q3`, `2023-H1`, `2023`, `2021/2025`).'),
  year: col.intN('Year.'),
  month: col.intN('Month.'),
  day: col.intN('Day.'),
  precision: col.text('day, month, quarter, half_year, year or range.'),
  valid: col.bool('False for an impossible date, kept as printed.'),
  ...rowTail,
}));

export const docRefsTable = table('doc_refs', 'References to legal and administrative documents.', z.object({
  ...rowSpan,
  ref_type_name: col.textN('Type name (`Công văn`, `Kế hoạch`), inherited in lists.'),
  type_code: col.textN('Type code from the symbol.'),
  number: col.intN('Number.'),
  year: col.intN('Year in a normative number.'),
  symbol: col.text('Symbol as printed after the number.'),
  issuer_code: col.textN('Issuer code from the symbol.'),
  issued_on: col.dateN('Date of the referenced document.'),
  subject: col.textN('Subject (`về việc ...`).'),
  canonical_key: col.text('Key for matching the same document across reports.'),
  issuing_body: col.textN('Issuing body (`của Sở Lao động - Thương binh và Xã hội`).'),
  issues: col.json('JSON list of problems seen at extraction.'),
  full_start: col.int('Start of the full reference (type name, number, date, issuer, subject).'),
  full_end: col.int('End of the full reference.'),
  type_name_stated: col.bool('False when the type name was carried over from a list (`...; số 222/KH-UBND`).'),
  ...rowTail,
}));
