/** The header fields where the pipeline's header differs from the gold header. */
import type { Header } from '../../schemas/document.js';
import type { GoldHeader } from './gold.js';
import { normalizeRaw } from './match.js';

export const HEADER_FIELDS = [
  'number', 'symbol', 'doc_type_code', 'doc_type_name', 'issuer_code', 'issuer_name', 'place',
  'issued_year', 'issued_month', 'issued_day', 'title', 'signer_title', 'signer_name', 'recipients', 'is_draft',
] as const satisfies readonly (keyof GoldHeader & keyof Header)[];

export interface HeaderDiff {
  field: string;
  gold: string;
  got: string;
}

/** Strings compared NFC and whitespace-normalised; lists element by element. */
function canon(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(normalizeRaw(v));
  if (Array.isArray(v)) return JSON.stringify(v.map((x) => (typeof x === 'string' ? normalizeRaw(x) : x)));
  return JSON.stringify(v ?? null);
}

/** Fields absent from the gold header (older gold files without `issuer_name`) are not compared. */
export function diffHeader(gold: GoldHeader, got: Header): HeaderDiff[] {
  const out: HeaderDiff[] = [];
  for (const field of HEADER_FIELDS) {
    if (!(field in gold)) continue;
    const g = canon(gold[field]);
    const p = canon(got[field]);
    if (g !== p) out.push({ field, gold: g, got: p });
  }
  return out;
}
