import type { Document } from '../../schemas/document.js';
import type { Amount, Percent } from '../../schemas/entities.js';
import type { Fact, FactPercent } from '../../schemas/facts.js';
import type { Located } from '../../pipeline/extract.js';
import { blockContexts } from './blockContext.js';
import { docSearch } from './docSearch.js';
import { buildFlows } from './flows.js';
import { groupByFlow } from './flowIndex.js';
import { linkAndResolve } from './linkComponents.js';
import { linkPercentBases, linkPercentNumerators, type PercentLink } from './percentLinks.js';
import { reportingBody } from './reportingBody.js';
import { scanFlow } from './scanFlow.js';
import { linkSubprojectParts } from './subprojectParts.js';
import type { Work } from './work.js';

export interface ExtractedFacts {
  facts: Fact[];
  factPercents: FactPercent[];
}

/**
 * Stage (pure): budget statements → facts. Every money amount in running text (not in tables, not a rate or a
 * range end) whose clause, sentence or heading names a budget (`kinh phí`, `ngân sách`, `vốn`, `giải ngân`,
 * ...) becomes a fact with its subject, measure, fund source, capital type, period and interval; listed
 * components point to their total; percentages point to the figure they measure and the base they claim.
 * Never throws: a document it cannot read gives no facts.
 */
export function extractFacts(document: Document, amounts: (Amount & Located)[], percents: (Percent & Located)[]): ExtractedFacts {
  try {
    return build(document, amounts, percents);
  } catch {
    return { facts: [], factPercents: [] };
  }
}

function build(document: Document, amounts: (Amount & Located)[], percents: (Percent & Located)[]): ExtractedFacts {
  const text = document.text;
  const flows = buildFlows(text, document.blocks);
  const amountsOf = groupByFlow(flows, amounts);
  const percentsOf = groupByFlow(flows, percents);
  // the body named by the header; else the one the opening sentence names (searched through the document's sites)
  const named = reportingBody(document.header.issuer_name, '');
  const search = docSearch(text, document.blocks, flows.filter((_, i) => amountsOf[i].length > 0), named === null);
  const reporter = named ?? reportingBody(null, text, search);
  const contexts = blockContexts(text, document.blocks, search);
  const works: Work[] = [];
  const links: PercentLink[] = [];
  flows.forEach((flow, i) => {
    const scan = scanFlow(flow, amountsOf[i], contexts, reporter, search);
    linkAndResolve(scan, reporter, document.header.issued_year);
    for (const w of scan.works) works.push(w);
    for (const l of linkPercentNumerators(flow, scan.works, percentsOf[i])) links.push(l);
  });
  linkSubprojectParts(works, document.blocks, contexts, reporter);
  linkPercentBases(links, works);
  // a figure is a fact when it, or the total it is listed under, is a budget figure
  const kept = works.filter((w) => rootOf(w).budget).sort((a, b) => a.amount.start - b.amount.start);
  kept.forEach((w, i) => { w.id = `${document.doc_id}:${i + 1}`; });
  const facts: Fact[] = kept.map((w) => ({
    fact_id: w.id,
    doc_id: document.doc_id,
    subject: w.subjectText,
    measure: w.measure,
    fund_source: w.fund,
    capital_type: w.capital,
    period: w.period,
    value_dong: w.amount.value_dong,
    min_dong: w.amount.min_dong,
    max_dong: w.amount.max_dong,
    amount_start: w.amount.start,
    amount_end: w.amount.end,
    parent_fact_id: w.parent && w.parent.id ? w.parent.id : null,
    section_path: w.amount.section_path,
    label: w.label,
  }));
  const factPercents: FactPercent[] = links
    .filter((l) => l.fact && l.fact.id)
    .map((l) => ({
      doc_id: document.doc_id,
      start: l.percent.start,
      end: l.percent.end,
      raw: l.percent.raw,
      value: l.percent.value,
      decimals: l.percent.decimals,
      fact_id: l.fact!.id,
      base_fact_id: l.base && l.base.id ? l.base.id : null,
    }));
  return { facts, factPercents };
}

function rootOf(w: Work): Work {
  let r = w;
  while (r.parent) r = r.parent;
  return r;
}
