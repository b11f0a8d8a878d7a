import { readTxt } from '../../extractors/readers/txt.js';
import { buildDocument, type Extracted } from '../../pipeline/extract.js';
import type { Fact } from '../../schemas/facts.js';

/** A crafted report through the real pipeline (readTxt over a Buffer, buildDocument). */
export function extractText(text: string, docId = 'crafted'): Extracted {
  return buildDocument(readTxt(new Uint8Array(Buffer.from(text))), docId);
}

/** A small report: header, the reporting sentence, then `body`. */
export function craft(body: string, opts: { reporter?: string; header?: string } = {}): string {
  return [
    opts.header ?? '', '', 'Số: 12/BC-UBND', '', 'Bình Gia, ngày 15 tháng 7 năm 2023', '', 'BÁO CÁO', '', 'Kết quả thực hiện', '',
    `${opts.reporter ?? 'Ủy ban nhân dân huyện Bình Gia'} báo cáo như sau:`, '', body, '', 'Nơi nhận:', '- Lưu: VT.', '',
  ].join('\n');
}

export type FactTuple = [subject: string, measure: string, fund: string, capital: string | null, period: string, value: bigint, parentValue: bigint | null];

/** (subject, measure, fund source, capital type, period, value in đồng, the parent's value) of each fact. */
export function tuples(facts: Fact[]): FactTuple[] {
  const byId = new Map(facts.map((f) => [f.fact_id, f]));
  return facts.map((f) => [f.subject, f.measure, f.fund_source, f.capital_type, f.period, f.value_dong,
    f.parent_fact_id ? byId.get(f.parent_fact_id)!.value_dong : null]);
}

/** The printed amount of each fact, from the document text at its offsets. */
export function printed(x: Extracted): string[] {
  return x.facts.map((f) => x.document.text.slice(f.amount_start, f.amount_end));
}
