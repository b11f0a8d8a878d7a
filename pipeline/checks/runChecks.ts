import { flagsTable, type Flag } from '../../schemas/flags.js';
import { appendRows, inTransaction, type Db } from '../db/database.js';
import { CHECKS } from './index.js';
import type { Check } from './types.js';

export interface CheckSummary {
  flags: number;
  byCheck: Record<string, { error: number; warning: number; info: number }>;
  millis: number;
  checked: 'all' | number;
  /** Time each check took (ms), in the order they ran. */
  millisByCheck?: Record<string, number>;
}

/**
 * Run the checks and replace their flags. With `docIds`, document checks rerun only for those documents;
 * corpus checks always rerun (a new report can change a comparison anywhere). Rerunnable: the same
 * database gives the same flags. All in one transaction (every check's flags land, or none), each check's flags
 * written through the appender as soon as it is done: only one check's flags are held at a time.
 */
export async function runChecks(db: Db, docIds: string[] | null = null, checks: Check[] = CHECKS): Promise<CheckSummary> {
  const t0 = Date.now();
  let scopeTable: string | null = null;
  if (docIds) {
    scopeTable = 'check_scope';
    await db.conn.run(`CREATE OR REPLACE TEMP TABLE ${scopeTable} (doc_id VARCHAR)`);
    for (let i = 0; i < docIds.length; i += 1000) {
      const values = docIds.slice(i, i + 1000).map((id) => `('${id.replace(/'/gu, "''")}')`).join(', ');
      await db.conn.run(`INSERT INTO ${scopeTable} VALUES ${values}`);
    }
  }
  const byCheck: CheckSummary['byCheck'] = {};
  const millisByCheck: Record<string, number> = {};
  let total = 0;
  await inTransaction(db, async () => {
    for (const check of checks) {
      const t = Date.now();
      const scoped = check.scope === 'document' ? scopeTable : null;
      const flags = await check.run({ db, scopeTable: scoped });
      if (scoped) await db.conn.run(`DELETE FROM flags WHERE check_id = '${check.id}' AND doc_id IN (SELECT doc_id FROM ${scoped})`);
      else await db.conn.run(`DELETE FROM flags WHERE check_id = '${check.id}'`);
      const unique = new Map<string, Flag>();
      for (const f of flags) unique.set(f.flag_id, f);
      await appendRows(db, [flagsTable], { flags: [...unique.values()].map((f) => ({ ...f, evidence: JSON.stringify(f.evidence) })) });
      const s = (byCheck[check.id] = { error: 0, warning: 0, info: 0 });
      for (const f of flags) s[f.severity]++;
      total += flags.length;
      millisByCheck[check.id] = Date.now() - t;
    }
  });
  return { flags: total, byCheck, millis: Date.now() - t0, checked: docIds ? docIds.length : 'all', millisByCheck };
}

/** DuckDB settings for a check run: a memory ceiling (spilling to disk above it) and a thread count. */
export interface CheckResources {
  memoryMb?: number;
  threads?: number;
}

/** Apply `CheckResources` to the database connection (for the rest of its life). */
export async function limitResources(db: Db, r: CheckResources): Promise<void> {
  if (r.memoryMb !== undefined) await db.conn.run(`SET memory_limit = '${Math.max(64, Math.floor(r.memoryMb))}MB'`);
  if (r.threads !== undefined) await db.conn.run(`SET threads = ${Math.max(1, Math.floor(r.threads))}`);
}
