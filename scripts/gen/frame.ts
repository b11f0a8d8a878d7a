/**
 * The fixed frame of a report (domain.md §1, Nghị định 30/2020/NĐ-CP Phụ lục I): issuing body, national
 * motto, `Số: 245/BC-UBND`, place and date, `BÁO CÁO`, the subject line, `Kính gửi`; at the end the
 * `Nơi nhận` list and the signature; the appendix heading with its `(Kèm theo Báo cáo số: ...)` line.
 */
import { bold, italic, lines, para } from './blocks.js';
import { headerDate } from './format.js';
import type { Block, ReportSpec, SelfRef } from './model.js';

export const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
export const TYPE_LINE = 'BÁO CÁO';

export function headBlocks(spec: ReportSpec): Block[] {
  return [
    bold(spec.issuer.headerLine, 'left'),
    lines(MOTTO, { bold: true, align: 'center' }),
    para(`Số: ${spec.number}/${spec.symbol}`, 'left'),
    italic(`${spec.issuer.place}, ${headerDate(spec.date)}`, 'right'),
    bold(TYPE_LINE, 'center'),
    bold(spec.title, 'center'),
    para(`Kính gửi: ${spec.recipient}.`, 'center'),
  ];
}

export function closeBlocks(spec: ReportSpec): Block[] {
  return [
    bold('Nơi nhận:'),
    lines(spec.noiNhan.map((item) => `- ${item}`)),
    lines(spec.signer.lines, { bold: true, align: 'right' }),
    bold(spec.signer.name, 'right'),
  ];
}

/** `(Kèm theo Báo cáo số: 245/BC-UBND ngày 15 tháng 7 năm 2023 của UBND huyện Bình Gia)`. */
export function selfRefLine(ref: SelfRef): string {
  return `(Kèm theo Báo cáo số: ${ref.number}/${ref.symbol} ${headerDate(ref.date)} của ${ref.issuerName})`;
}

export function appendixHead(title: string, ref: SelfRef, label: string, unitNote: string | null): Block[] {
  const out: Block[] = [{ kind: 'p', runs: [{ text: title, bold: true }], align: 'center', pageBreakBefore: true }, italic(selfRefLine(ref), 'center'), bold(label, 'center')];
  if (unitNote) out.push(italic(unitNote, 'right'));
  return out;
}
