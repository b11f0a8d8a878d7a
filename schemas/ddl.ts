import type { z } from 'zod';
import { columnMeta, isNullable, type TableDef } from './db.js';

/** DuckDB DDL generated from the zod table schemas: the only place the database shape is defined. */
export function columnsOf(t: TableDef): { name: string; type: string; nullable: boolean; doc: string }[] {
  return Object.entries(t.schema.shape as Record<string, z.ZodType>).map(([name, s]) => {
    const m = columnMeta(s);
    return { name, type: m.db, nullable: isNullable(s), doc: m.doc };
  });
}

const q = (id: string) => `"${id.replace(/"/gu, '""')}"`;
const lit = (s: string) => `'${s.replace(/'/gu, "''")}'`;

export function createTableSql(t: TableDef): string {
  const cols = columnsOf(t).map((c) => `  ${q(c.name)} ${c.type}${c.nullable ? '' : ' NOT NULL'}`);
  if (t.primaryKey?.length) cols.push(`  PRIMARY KEY (${t.primaryKey.map(q).join(', ')})`);
  return `CREATE TABLE IF NOT EXISTS ${q(t.name)} (\n${cols.join(',\n')}\n);`;
}

export function commentSql(t: TableDef): string[] {
  return [
    `COMMENT ON TABLE ${q(t.name)} IS ${lit(t.doc)};`,
    ...columnsOf(t).map((c) => `COMMENT ON COLUMN ${q(t.name)}.${q(c.name)} IS ${lit(c.doc)};`),
  ];
}

/** Markdown for the README: one section per table, one row per column. */
export function schemaMarkdown(tables: TableDef[]): string {
  const out: string[] = [];
  for (const t of tables) {
    out.push(`### \`${t.name}\``, '', t.doc, '', '| column | type | null | meaning |', '|---|---|---|---|');
    for (const c of columnsOf(t)) out.push(`| \`${c.name}\` | ${c.type} | ${c.nullable ? 'yes' : 'no'} | ${c.doc.replace(/\|/gu, '\\|')} |`);
    out.push('');
  }
  return out.join('\n');
}
