import { queryRows, type Db } from '../db/database.js';
import { provinceOf } from './provinceOf.js';

/** The partition columns every exported table gets, in order: province slug, then issued year. */
export const PARTITION_COLUMNS = ['tinh', 'nam'] as const;
/** Temp table `(doc_id, tinh, nam)` the export joins every table to. */
export const PARTITION_TABLE = 'export_partition';
/** Documents read per round trip while deriving provinces (bounded memory on large databases). */
const PAGE = 1000;
const INSERT_CHUNK = 1000;

/**
 * Edge: fill the temp table `export_partition` with each document's province (see `provinceOf`) and year
 * (`issued_year`, null when the header states none). Returns the number of documents per province.
 */
export async function fillPartitions(db: Db): Promise<Record<string, number>> {
  await db.conn.run(`CREATE OR REPLACE TEMP TABLE ${PARTITION_TABLE} (doc_id VARCHAR, tinh VARCHAR, nam INTEGER)`);
  const perProvince: Record<string, number> = {};
  for (let offset = 0; ; offset += PAGE) {
    const docs = await queryRows(db, `SELECT doc_id, issuer_name, place, issued_year, text FROM documents ORDER BY doc_id LIMIT ${PAGE} OFFSET ${offset}`);
    if (!docs.length) break;
    const values = docs.map((d) => {
      const p = provinceOf({ issuer_name: d.issuer_name as string | null, place: d.place as string | null, text: String(d.text ?? '') });
      perProvince[p.tinh] = (perProvince[p.tinh] ?? 0) + 1;
      const year = d.issued_year === null ? 'NULL' : String(Number(d.issued_year));
      return `(${sqlString(String(d.doc_id))}, ${sqlString(p.tinh)}, ${year})`;
    });
    for (let i = 0; i < values.length; i += INSERT_CHUNK) {
      await db.conn.run(`INSERT INTO ${PARTITION_TABLE} VALUES ${values.slice(i, i + INSERT_CHUNK).join(', ')}`);
    }
    if (docs.length < PAGE) break;
  }
  return perProvince;
}

export function sqlString(s: string): string {
  return `'${s.replace(/'/gu, "''")}'`;
}
