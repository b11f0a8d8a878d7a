/**
 * `node dist/bench/check-one.js <db> <check_id>`: one check alone over every document of a database, in its
 * own process (a check that runs out of memory takes only this process down). Prints `{millis, flags}` as JSON.
 */
import { CHECKS } from '../pipeline/checks/index.js';
import { closeDb, openDb } from '../pipeline/db/database.js';

const [file, id] = process.argv.slice(2);
const check = CHECKS.find((c) => c.id === id);
if (!file || !check) {
  process.stderr.write(`usage: check-one <db> <check_id>; checks: ${CHECKS.map((c) => c.id).join(', ')}\n`);
  process.exit(2);
}
const db = await openDb(file, { readOnly: true });
try {
  const t0 = performance.now();
  const flags = await check.run({ db, scopeTable: null });
  process.stdout.write(JSON.stringify({ millis: performance.now() - t0, flags: flags.length }) + '\n');
} finally {
  closeDb(db);
}
