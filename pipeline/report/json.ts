import { toJson } from '../json.js';
import type { ReportData, ReportDocument } from './loadReport.js';
import { allFlags, checkLabel, showValue } from './labels.js';

/**
 * Stage (pure): the report as a JSON array of flags in report order, each with its evidence parsed, the
 * document it is about and the values as shown in the other formats. Bigints are numbers when exact, else
 * strings (pipeline/json.ts).
 */
function docJson(d: ReportDocument | undefined) {
  if (!d) return null;
  return {
    doc_id: d.doc_id, path: d.path, format: d.format, doc_type_name: d.doc_type_name, number: d.number, symbol: d.symbol,
    issued_on: d.issued_on, issuer_name: d.issuer_name, title: d.title,
  };
}

export function renderJson(data: ReportData): string {
  const flags = allFlags(data).map((f) => ({
    flag_id: f.flag_id,
    check_id: f.check_id,
    check_name: checkLabel(f.check_id),
    severity: f.severity,
    message: f.message,
    stated_value: f.stated_value,
    computed_value: f.computed_value,
    unit: f.unit,
    tolerance: f.tolerance,
    stated_text: f.stated_value === null ? null : showValue(f.stated_value, f.unit),
    computed_text: f.computed_value === null ? null : showValue(f.computed_value, f.unit),
    doc_id: f.doc_id,
    document: docJson(data.documents.get(f.doc_id)),
    related_doc_id: f.related_doc_id,
    related_document: f.related_doc_id ? docJson(data.documents.get(f.related_doc_id)) : null,
    evidence: f.evidence.map((e) => ({ ...e, path: data.documents.get(e.doc_id)?.path ?? null })),
  }));
  return toJson(flags) + '\n';
}
