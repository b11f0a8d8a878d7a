/**
 * Stage (pure): flags against the generator's ground truth. A truth entry `{file, check_id}` is found when
 * a flag of that check names that file (as its document or its related document); a flag is right when it
 * names a file that has a truth entry of its check. Everything else is a miss or a false alarm.
 */
export interface TruthEntry {
  file: string;
  check_id: string;
  detail?: unknown;
}

export interface FlagRef {
  flag_id: string;
  check_id: string;
  /** Corpus-relative files the flag names: its document, then the related document if any. */
  files: string[];
  message: string;
}

export interface CheckScore {
  check_id: string;
  /** A check with this id exists in pipeline/checks. */
  exists: boolean;
  truth: number;
  found: number;
  flags: number;
  rightFlags: number;
  misses: TruthEntry[];
  falseAlarms: FlagRef[];
}

export interface Score {
  byCheck: CheckScore[];
  truth: number;
  found: number;
  flags: number;
  rightFlags: number;
  /** Percent of truth entries found (100 when there is none). */
  recall: number;
  /** Percent of flags that are right (100 when there is none). */
  precision: number;
  /** Recall over the truth entries of checks that exist. */
  recallExisting: number;
}

export function scoreFlags(truth: TruthEntry[], flags: FlagRef[], existing: readonly string[]): Score {
  const ids = [...new Set([...existing, ...truth.map((t) => t.check_id), ...flags.map((f) => f.check_id)])].sort();
  const byCheck = ids.map((id): CheckScore => {
    const tr = truth.filter((t) => t.check_id === id);
    const fl = flags.filter((f) => f.check_id === id);
    const flagged = new Set(fl.flatMap((f) => f.files));
    const wanted = new Set(tr.map((t) => t.file));
    const misses = tr.filter((t) => !flagged.has(t.file));
    const falseAlarms = fl.filter((f) => !f.files.some((file) => wanted.has(file)));
    return {
      check_id: id, exists: existing.includes(id), truth: tr.length, found: tr.length - misses.length,
      flags: fl.length, rightFlags: fl.length - falseAlarms.length, misses, falseAlarms,
    };
  });
  const sum = (k: 'truth' | 'found' | 'flags' | 'rightFlags', only = (_: CheckScore) => true) => byCheck.filter(only).reduce((n, c) => n + c[k], 0);
  const pct = (a: number, b: number) => (b === 0 ? 100 : (100 * a) / b);
  const exists = (c: CheckScore) => c.exists;
  return {
    byCheck, truth: sum('truth'), found: sum('found'), flags: sum('flags'), rightFlags: sum('rightFlags'),
    recall: pct(sum('found'), sum('truth')), precision: pct(sum('rightFlags'), sum('flags')),
    recallExisting: pct(sum('found', exists), sum('truth', exists)),
  };
}
