import { flagsTable, type Flag } from '../../schemas/flags.js';
import { appendRows, inTransaction, type Db } from '../db/database.js';
import { CHECKS } from './index.js';
import type { Check } from './types.js';

export interface CheckSummary {
  flags: number;
  byCheck: Record<string, { error: number; warning: number; info: number }>;
  millis: number;
  checked: 'all' | number;
}

/**
 * Run the checks and replace their flags. With `docIds`, document checks rerun only for those documents;
 * corpus checks always rerun (a new report can change a comparison anywhere). Rerunnable: the same
 * database gives the same flags.
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
  const results: { check: Check; flags: Flag[] }[] = [];
  for (const check of checks) {
    const scoped = check.scope === 'document' ? scopeTable : null;
    results.push({ check, flags: await check.run({ db, scopeTable: scoped }) });
  }
  await inTransaction(db, async () => {
    for (const { check } of results) {
      if (check.scope === 'document' && scopeTable) {
        await db.conn.run(`DELETE FROM flags WHERE check_id = '${check.id}' AND doc_id IN (SELECT doc_id FROM ${scopeTable})`);
      } else {
        await db.conn.run(`DELETE FROM flags WHERE check_id = '${check.id}'`);
      }
    }
    const unique = new Map<string, Flag>();
    for (const { flags } of results) for (const f of flags) unique.set(f.flag_id, f);
    await appendRows(db, [flagsTable], { flags: [...unique.values()].map((f) => ({ ...f, evidence: JSON.stringify(f.evidence) })) });
  });
  const byCheck: CheckSummary['byCheck'] = {};
  for (const { check, flags } of results) {
    const s = (byCheck[check.id] = { error: 0, warning: 0, info: 0 });
    for (const f of flags) s[f.severity]++;
  }
  return { flags: results.reduce((n, r) => n + r.flags.length, 0), byCheck, millis: Date.now() - t0, checked: docIds ? docIds.length : 'all' };
}
