/** The report's own letter: a Công văn cited by this report only, the safe target of citation errors. */
import type { DocRef, ReportSpec } from '../model.js';

export function ownLetter(spec: ReportSpec): DocRef | undefined {
  return spec.citations.own.find((r) => r.typeName === 'Công văn' && !r.shared);
}
