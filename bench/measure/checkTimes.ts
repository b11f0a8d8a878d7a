import { CHECKS } from '../../pipeline/checks/index.js';
import { closeDb, openDb } from '../../pipeline/db/database.js';

export interface CheckTime {
  check_id: string;
  scope: 'document' | 'corpus';
  millis: number;
  flags: number;
}

/** Each check alone over every document of a database (read-only, in this process): where `check` spends its time. */
export async function timeEachCheck(file: string): Promise<CheckTime[]> {
  const db = await openDb(file, { readOnly: true });
  try {
    const out: CheckTime[] = [];
    for (const check of CHECKS) {
      const t0 = performance.now();
      const flags = await check.run({ db, scopeTable: null });
      out.push({ check_id: check.id, scope: check.scope, millis: performance.now() - t0, flags: flags.length });
    }
    return out;
  } finally {
    closeDb(db);
  }
}
