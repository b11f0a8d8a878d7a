/**
 * Matching predictions to gold, per kind, as multisets: a gold entry and a prediction match when their
 * keys are equal; each entry is used at most once, so repeated raws count as often as they occur.
 * Keys: money (whitespace-normalised raw, value_dong); dates (raw, iso, precision);
 * references (raw with all whitespace removed, ref_type_name, issued_on).
 */

/** Graded kinds, with the F1 the project must reach on every format. */
export const EVAL_KINDS = ['amounts', 'dates', 'doc_refs'] as const;
export type EvalKind = (typeof EVAL_KINDS)[number];
export const F1_TARGETS: Record<EvalKind, number> = { amounts: 0.99, dates: 0.99, doc_refs: 0.98 };
/** Reported for information only. */
export const INFO_KINDS = ['quantities', 'percents'] as const;
export type InfoKind = (typeof INFO_KINDS)[number];
export type AnyKind = EvalKind | InfoKind;

/** One entity reduced to what is compared, plus what a developer needs to find it. */
export interface EvalItem {
  /** Equality key of the kind. */
  key: string;
  /** The raw after normalisation (used to pair a missed gold entry with a wrong prediction). */
  norm: string;
  raw: string;
  /** Human-readable value (`21342000000`, `2023-08-02 day`, `Công văn, 2023-08-02`). */
  detail: string;
  /** Text just before the entity. */
  context: string;
}

export interface MatchResult {
  tp: number;
  /** Predictions without a gold partner. */
  fp: EvalItem[];
  /** Gold entries without a predicted partner. */
  fn: EvalItem[];
}

export interface Scores {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** NFC; Markdown emphasis markers dropped; runs of whitespace → one space; trimmed. */
export function normalizeRaw(raw: string): string {
  return raw.normalize('NFC').replace(/\*+/g, '').replace(/\s+/gu, ' ').trim();
}

/** For references: the normalised raw with every space removed (`2043 /BC-UBND` ≡ `2043/BC-UBND`). */
export function foldRefRaw(raw: string): string {
  return normalizeRaw(raw).replace(/ /g, '');
}

const SEP = '\u241f'; // ␟, never in the text

export function moneyItem(e: { raw: string; value_dong: bigint | string }, context: string): EvalItem {
  const norm = normalizeRaw(e.raw);
  const value = String(e.value_dong);
  return { key: [norm, value].join(SEP), norm, raw: e.raw, detail: value, context };
}

export function dateItem(e: { raw: string; iso: string; precision: string }, context: string): EvalItem {
  const norm = normalizeRaw(e.raw);
  return { key: [norm, e.iso, e.precision].join(SEP), norm, raw: e.raw, detail: `${e.iso} ${e.precision}`, context };
}

export function refItem(e: { raw: string; ref_type_name: string | null; issued_on: string | null }, context: string): EvalItem {
  const norm = foldRefRaw(e.raw);
  const type = e.ref_type_name === null ? 'null' : normalizeRaw(e.ref_type_name);
  const on = e.issued_on ?? 'null';
  return { key: [norm, type, on].join(SEP), norm, raw: e.raw, detail: `${type}, ${on}`, context };
}

/** Informational kinds (not graded yet): quantities by (raw, value, of_total), percents by (raw, value). */
export function quantityItem(e: { raw: string; value: number; of_total: number | null; unit: string }, context: string): EvalItem {
  const norm = normalizeRaw(e.raw);
  const detail = `${e.value}${e.of_total === null ? '' : `/${e.of_total}`} ${e.unit}`;
  return { key: [norm, e.value, e.of_total].join(SEP), norm, raw: e.raw, detail, context };
}

export function percentItem(e: { raw: string; value: number }, context: string): EvalItem {
  const norm = normalizeRaw(e.raw);
  return { key: [norm, e.value].join(SEP), norm, raw: e.raw, detail: String(e.value), context };
}

/** Multiset match in document order: each gold entry takes the first unused prediction with its key. */
export function matchItems(gold: readonly EvalItem[], pred: readonly EvalItem[]): MatchResult {
  const pool = new Map<string, number[]>();
  pred.forEach((p, i) => {
    const list = pool.get(p.key);
    if (list) list.push(i);
    else pool.set(p.key, [i]);
  });
  const used = new Set<number>();
  const fn: EvalItem[] = [];
  let tp = 0;
  for (const g of gold) {
    const i = pool.get(g.key)?.shift();
    if (i === undefined) fn.push(g);
    else {
      used.add(i);
      tp++;
    }
  }
  return { tp, fn, fp: pred.filter((_, i) => !used.has(i)) };
}

/** Precision is 1 when nothing was predicted, recall is 1 when there was nothing to find. */
export function scores(tp: number, fp: number, fn: number): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export interface Mismatch {
  gold: EvalItem;
  pred: EvalItem;
}

/**
 * Pairs a missed gold entry with a false positive of the same normalised raw (found, but with a wrong
 * value/type/date), in order; what stays unpaired is a pure miss or a pure extra.
 */
export function pairMismatches(result: MatchResult): { mismatches: Mismatch[]; missed: EvalItem[]; extra: EvalItem[] } {
  const extra = [...result.fp];
  const mismatches: Mismatch[] = [];
  const missed: EvalItem[] = [];
  for (const g of result.fn) {
    const i = extra.findIndex((p) => p.norm === g.norm);
    if (i < 0) missed.push(g);
    else mismatches.push({ gold: g, pred: extra.splice(i, 1)[0] });
  }
  return { mismatches, missed, extra };
}
