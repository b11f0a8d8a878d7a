import { foldKey } from './fold.js';

/**
 * One report held in several files (the seeds are each a .txt, a .docx and a .pdf made from it, and 002 also in
 * legacy encodings): documents whose header says the same issuer, number, symbol and date, and whose budget
 * figures are the same (`signature`: their values in order; the title when there are none, since a header
 * read from a legacy encoding may lose its title), are renditions of one report. They agree with each other
 * by construction, so checks across reports compare reports, each through one rendition (txt first, then
 * docx, then pdf: the cleanest text layer; one whose header has its title before one that lost it). A document with neither number, title nor figures stands alone.
 */
export interface HeaderRow {
  doc_id: string;
  format: string;
  issuer_code: string | null;
  number: number | null;
  symbol: string | null;
  issued_year: number | null;
  issued_month: number | null;
  issued_day: number | null;
  title: string | null;
  /** The document's budget figures in text order (`6616000000,6423000000,...`), empty when it has none. */
  signature: string;
}

const FORMAT_ORDER = ['txt', 'docx', 'pdf'];
/** Characters of the title that enter the key (titles run long; the start tells reports apart). */
const TITLE_KEY_CHARS = 80;

export function renditionKey(d: HeaderRow): string {
  if (d.number === null && !d.title && !d.signature) return `doc:${d.doc_id}`;
  return [
    foldKey(d.issuer_code ?? ''), d.number ?? '', foldKey(d.symbol ?? ''), d.issued_year ?? '', d.issued_month ?? '', d.issued_day ?? '',
    d.signature || foldKey(d.title ?? '').slice(0, TITLE_KEY_CHARS),
  ].join('|');
}

/** Reports (groups of renditions), each with its renditions in preference order; the first is the one to read. */
export function reportGroups<D extends HeaderRow>(docs: D[]): D[][] {
  const groups = new Map<string, D[]>();
  for (const d of docs) {
    const k = renditionKey(d);
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(d);
  }
  const rank = (d: D) => { const i = FORMAT_ORDER.indexOf(d.format); return i < 0 ? FORMAT_ORDER.length : i; };
  return [...groups.values()]
    .map((g) => g.sort((a, b) => rank(a) - rank(b) || Number(!a.title) - Number(!b.title) || a.doc_id.localeCompare(b.doc_id)))
    .sort((a, b) => a[0].doc_id.localeCompare(b[0].doc_id));
}
