/**
 * The two files that describe the corpus: `ground_truth.json` (every injected error, one entry per written
 * file of the report: `{ file, check_id, detail }`) and `manifest.json` (the arguments, the periods, the PDF
 * status and each file's expected header: number, date, issuer).
 */
import { isoDate } from './format.js';
import type { Injection } from './injectors/index.js';
import type { ReportSpec } from './model.js';
import type { Period } from './periods.js';

export type Format = 'txt' | 'docx' | 'pdf';

export interface GroundTruthEntry {
  file: string;
  check_id: Injection['check_id'];
  detail: Record<string, unknown>;
}

export interface ManifestFile {
  file: string;
  doc: string;
  kind: ReportSpec['body']['kind'];
  period: string;
  issuer: { name: string; header_line: string };
  number: number;
  symbol: string;
  number_symbol: string;
  date: string;
  place: string;
  injected: Injection['check_id'][];
}

export interface PdfStatus {
  status: 'written' | 'skipped' | 'not_requested';
  reason?: string;
}

export function groundTruth(injections: readonly Injection[], formatsOf: (doc: string) => Format[]): GroundTruthEntry[] {
  return injections.flatMap((inj) => formatsOf(inj.doc).map((f) => ({ file: `${inj.doc}.${f}`, check_id: inj.check_id, detail: inj.detail })));
}

export function manifestFiles(specs: readonly ReportSpec[], injections: readonly Injection[], formatsOf: (doc: string) => Format[]): ManifestFile[] {
  return specs.flatMap((spec) => formatsOf(spec.doc).map((f) => ({
    file: `${spec.doc}.${f}`,
    doc: spec.doc,
    kind: spec.body.kind,
    period: spec.period.label,
    issuer: { name: spec.issuer.name, header_line: spec.issuer.headerLine },
    number: spec.number,
    symbol: spec.symbol,
    number_symbol: `${spec.number}/${spec.symbol}`,
    date: isoDate(spec.date),
    place: spec.issuer.place,
    injected: injections.filter((i) => i.doc === spec.doc).map((i) => i.check_id),
  })));
}

export function periodsSummary(periods: readonly Period[]) {
  return periods.map((p) => ({ slug: p.slug, label: p.label, kind: p.kind, end: isoDate(p.end) }));
}
