import { SEVERITIES, type CheckId, type Evidence } from '../../schemas/flags.js';
import { queryRows, type Db } from '../db/database.js';
import { DoisoatError } from '../errors.js';

/**
 * Edge: the flags of a database with the documents they are about, grouped by document (documents with
 * errors first, then by path), errors first inside a document. Read-only.
 */
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A document as the report names it: its file and its header. */
export interface ReportDocument {
  doc_id: string;
  path: string | null;
  format: string | null;
  doc_type_name: string | null;
  number: number | null;
  symbol: string | null;
  issued_on: string | null;
  issued_year: number | null;
  issued_month: number | null;
  issuer_name: string | null;
  issuer_code: string | null;
  place: string | null;
  title: string | null;
}

export interface ReportFlag {
  flag_id: string;
  check_id: CheckId;
  severity: Severity;
  doc_id: string;
  related_doc_id: string | null;
  message: string;
  stated_value: number | null;
  computed_value: number | null;
  unit: string | null;
  tolerance: number | null;
  evidence: Evidence[];
}

export interface ReportGroup {
  document: ReportDocument;
  flags: ReportFlag[];
}

export interface ReportData {
  /** The database file the report was read from. */
  db: string;
  /** The lowest severity included (`error` keeps errors only); null for all. */
  minSeverity: Severity | null;
  groups: ReportGroup[];
  /** Every document a flag or a quote points to, by doc_id. */
  documents: Map<string, ReportDocument>;
  counts: Record<Severity, number>;
}

export interface LoadOptions {
  minSeverity?: Severity | null;
}

function str(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

function int(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}

/** The evidence column: a JSON list (DuckDB JSON comes back as text). Unparseable evidence is kept as one quote. */
export function parseEvidence(raw: unknown, docId: string): Evidence[] {
  let list: unknown = raw;
  if (typeof raw === 'string') {
    try {
      list = JSON.parse(raw);
    } catch {
      return [{ doc_id: docId, start: 0, end: 0, text: raw, page: null }];
    }
  }
  if (!Array.isArray(list)) return [];
  return list.map((e: Record<string, unknown>) => ({
    doc_id: str(e.doc_id) ?? docId,
    start: Number(e.start ?? 0),
    end: Number(e.end ?? 0),
    text: String(e.text ?? ''),
    page: int(e.page),
  }));
}

async function documentsOf(db: Db, ids: string[]): Promise<Map<string, ReportDocument>> {
  const out = new Map<string, ReportDocument>();
  if (!ids.length) return out;
  const list = ids.map((id) => `'${id.replace(/'/gu, "''")}'`).join(', ');
  const rows = await queryRows(db, `
    SELECT d.doc_id, s.path, d.format, d.doc_type_name, d.number, d.symbol, CAST(d.issued_on AS VARCHAR) AS issued_on,
           d.issued_year, d.issued_month, d.issuer_name, d.issuer_code, d.place, d.title
    FROM documents d LEFT JOIN sources s ON s.source_id = d.source_id
    WHERE d.doc_id IN (${list})`);
  for (const r of rows) {
    out.set(String(r.doc_id), {
      doc_id: String(r.doc_id), path: str(r.path), format: str(r.format), doc_type_name: str(r.doc_type_name),
      number: int(r.number), symbol: str(r.symbol), issued_on: str(r.issued_on), issued_year: int(r.issued_year),
      issued_month: int(r.issued_month), issuer_name: str(r.issuer_name), issuer_code: str(r.issuer_code),
      place: str(r.place), title: str(r.title),
    });
  }
  // a flag may outlive its document row (a document replaced since): it is still reported, by id
  for (const id of ids) {
    if (!out.has(id)) {
      out.set(id, {
        doc_id: id, path: null, format: null, doc_type_name: null, number: null, symbol: null, issued_on: null, issued_year: null,
        issued_month: null, issuer_name: null, issuer_code: null, place: null, title: null,
      });
    }
  }
  return out;
}

export async function loadReport(db: Db, opts: LoadOptions = {}): Promise<ReportData> {
  const min = opts.minSeverity ?? null;
  const keep = SEVERITIES.filter((s) => min === null || SEVERITY_RANK[s] <= SEVERITY_RANK[min]);
  let rows: Record<string, unknown>[];
  try {
    rows = await queryRows(db, `
      SELECT flag_id, check_id, severity, doc_id, related_doc_id, message, stated_value, computed_value, unit, tolerance,
             CAST(evidence AS VARCHAR) AS evidence
      FROM flags WHERE severity IN (${keep.map((s) => `'${s}'`).join(', ')})`);
  } catch (e) {
    throw new DoisoatError('db_error', `Không đọc được bảng flags của ${db.path}: ${(e as Error).message}. Hãy chạy "doisoat ingest" hoặc "doisoat check".`);
  }
  const flags: ReportFlag[] = rows.map((r) => ({
    flag_id: String(r.flag_id),
    check_id: String(r.check_id) as CheckId,
    severity: String(r.severity) as Severity,
    doc_id: String(r.doc_id),
    related_doc_id: str(r.related_doc_id),
    message: String(r.message),
    stated_value: r.stated_value === null ? null : Number(r.stated_value),
    computed_value: r.computed_value === null ? null : Number(r.computed_value),
    unit: str(r.unit),
    tolerance: r.tolerance === null ? null : Number(r.tolerance),
    evidence: parseEvidence(r.evidence, String(r.doc_id)),
  }));
  const ids = new Set<string>();
  for (const f of flags) {
    ids.add(f.doc_id);
    if (f.related_doc_id) ids.add(f.related_doc_id);
    for (const e of f.evidence) ids.add(e.doc_id);
  }
  const documents = await documentsOf(db, [...ids].sort());
  const byDoc = new Map<string, ReportFlag[]>();
  for (const f of flags) (byDoc.get(f.doc_id) ?? byDoc.set(f.doc_id, []).get(f.doc_id)!).push(f);
  const firstStart = (f: ReportFlag) => f.evidence[0]?.start ?? 0;
  const groups: ReportGroup[] = [...byDoc].map(([id, fs]) => ({
    document: documents.get(id)!,
    flags: fs.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.check_id.localeCompare(b.check_id)
      || firstStart(a) - firstStart(b) || a.flag_id.localeCompare(b.flag_id)),
  }));
  const worst = (g: ReportGroup) => Math.min(...g.flags.map((f) => SEVERITY_RANK[f.severity]));
  const key = (g: ReportGroup) => g.document.path ?? g.document.doc_id;
  groups.sort((a, b) => worst(a) - worst(b) || key(a).localeCompare(key(b)));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of flags) if (f.severity in counts) counts[f.severity]++;
  return { db: db.path, minSeverity: min, groups, documents, counts };
}
