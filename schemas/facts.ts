import { z } from 'zod';
import { col, table } from './db.js';

/** A budget figure read from a statement, with what it is about. */
export const MEASURES = ['ke_hoach', 'bo_tri', 'phan_bo', 'giao', 'giai_ngan', 'huy_dong', 'kinh_phi', 'nhu_cau', 'thuc_hien', 'unknown'] as const;
export const FUND_SOURCES = ['tong', 'trung_uong', 'dia_phuong', 'tinh', 'huyen', 'xa', 'huy_dong', 'khac'] as const;
export const CAPITAL_TYPES = ['dau_tu_phat_trien', 'su_nghiep'] as const;

export const FactSchema = z.object({
  fact_id: z.string(),
  doc_id: z.string(),
  /** Whose figure it is (`Sở Thông tin và Truyền thông`, `Dự án 6 › Tiểu dự án 1`, `huyện Bình Gia`), folded spelling. */
  subject: z.string(),
  measure: z.enum(MEASURES),
  fund_source: z.enum(FUND_SOURCES),
  capital_type: z.enum(CAPITAL_TYPES).nullable(),
  /** `2023`, `2023-H1`, `2021/2025`, or `` when unknown. */
  period: z.string(),
  value_dong: z.bigint(),
  min_dong: z.bigint(),
  max_dong: z.bigint(),
  amount_start: z.number().int(),
  amount_end: z.number().int(),
  /** The fact this one is a listed component of (`trong đó`), or null. */
  parent_fact_id: z.string().nullable(),
  section_path: z.string(),
  /** The words that gave measure/fund source (`Ngân sách TW`), for evidence. */
  label: z.string(),
});
export type Fact = z.infer<typeof FactSchema>;

export const factsTable = table('facts', 'Budget facts: one amount with its subject, measure, fund source, capital type and period.', z.object({
  fact_id: col.text('Id: `<doc_id>:<n>`.'),
  doc_id: col.text('Document.'),
  subject: col.text('Whose figure it is, spelling variants folded (`Dự án 6 › Tiểu dự án 1`).'),
  measure: col.text(`What the figure measures: ${MEASURES.join(', ')}.`),
  fund_source: col.text(`Fund source: ${FUND_SOURCES.join(', ')} (tong = the total of all sources).`),
  capital_type: col.textN(`Capital type: ${CAPITAL_TYPES.join(', ')}.`),
  period: col.text('Period (`2023`, `2023-H1`, `2021/2025`), empty when unknown.'),
  value_dong: col.big('Value in đồng.'),
  min_dong: col.big('Lowest value the printed precision allows.'),
  max_dong: col.big('Highest value the printed precision allows.'),
  amount_start: col.int('Start of the amount in documents.text.'),
  amount_end: col.int('End of the amount in documents.text.'),
  parent_fact_id: col.textN('The total this fact is a listed component of (`trong đó`).'),
  section_path: col.text('Section path.'),
  label: col.text('The words that gave the measure and fund source.'),
}));

export const FactPercentSchema = z.object({
  doc_id: z.string(),
  /** The percentage entity. */
  start: z.number().int(),
  end: z.number().int(),
  raw: z.string(),
  value: z.number(),
  decimals: z.number().int(),
  /** The fact it measures (the numerator) and the base it claims (the denominator), when found. */
  fact_id: z.string().nullable(),
  base_fact_id: z.string().nullable(),
});
export type FactPercent = z.infer<typeof FactPercentSchema>;

export const factPercentsTable = table('fact_percents', 'Percentages linked to the fact they measure and the base they claim.', z.object({
  doc_id: col.text('Document.'),
  start: col.int('Start of the percentage in documents.text.'),
  end: col.int('End.'),
  raw: col.text('The percentage as printed.'),
  value: col.num('Value in percent.'),
  decimals: col.int('Decimals printed.'),
  fact_id: col.textN('The fact measured (numerator).'),
  base_fact_id: col.textN('The fact it is a share of (denominator).'),
}));
