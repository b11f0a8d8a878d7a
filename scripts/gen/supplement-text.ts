/**
 * A district's supplementary report: it restates one sub-project's money for the year with another
 * split between central and local budget (the `cross_report_value_conflict` injection). It adds up in
 * itself; only the comparison with the district's other reports shows the conflict.
 */
import { bold, para } from './blocks.js';
import { bodyDate } from './format.js';
import { closeBlocks, headBlocks } from './frame.js';
import { allocationSentence } from './district-text.js';
import type { Block, ReportSpec, SupplementBody } from './model.js';
import { districtPhrase } from './places.js';
import { PROGRAM_NAME } from './prose.js';

export function supplementBlocks(spec: ReportSpec, body: SupplementBody): Block[] {
  const who = `UBND ${districtPhrase(body.district)}`;
  const main = `Báo cáo số ${body.main.number}/${body.main.symbol} ngày ${bodyDate(body.main.date)} của ${body.main.issuerName}`;
  return [
    ...headBlocks(spec),
    para(`Ngày ${bodyDate(body.main.date)}, ${who} đã có ${main} về kết quả thực hiện ${PROGRAM_NAME} ${spec.period.label}. Qua rà soát, ${who} báo cáo bổ sung số liệu kinh phí ${body.budget.subject.long} năm ${spec.period.year} như sau:`),
    bold(`${body.budget.subject.long}`),
    para(allocationSentence(body.budget, spec.period.year)),
    para(`Các nội dung khác giữ nguyên như ${main}.`),
    para(`${who} báo cáo ${spec.recipient} tổng hợp./.`),
    ...closeBlocks(spec),
  ];
}
