import { join } from 'node:path';
import { CHECKS } from '../../pipeline/checks/index.js';
import { DIST } from '../paths.js';
import { endedBadly, runNode } from '../proc.js';

export interface CheckTime {
  check_id: string;
  scope: 'document' | 'corpus';
  /** Time of the check itself (or until it was stopped / crashed). */
  millis: number;
  flags: number | null;
  peakRssMb: number | null;
  /** Why it did not finish, or null. */
  ended: string | null;
}

/** Each check alone over every document of a database, each in its own process under a time limit. */
export async function timeEachCheck(file: string, timeoutMs: number, log: (m: string) => void): Promise<CheckTime[]> {
  const out: CheckTime[] = [];
  for (const check of CHECKS) {
    const t = await runNode(join(DIST, 'bench', 'check-one.js'), [file, check.id], [], timeoutMs);
    const ended = endedBadly(t);
    const r = ended ? null : (JSON.parse(t.stdout) as { millis: number; flags: number });
    out.push({ check_id: check.id, scope: check.scope, millis: r?.millis ?? t.millis, flags: r?.flags ?? null, peakRssMb: t.peakRssMb, ended });
    log(`  ${check.id}: ${ended ?? `${(r!.millis / 1000).toFixed(1)} s, ${r!.flags} flags`}`);
  }
  return out;
}
