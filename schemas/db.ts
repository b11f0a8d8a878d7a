import { z } from 'zod';

/**
 * Column helpers: a zod schema plus the DuckDB type and the column's documentation.
 * The DuckDB DDL (schemas/ddl.ts) and the README schema section are generated from these.
 */
export type DbType = 'VARCHAR' | 'BIGINT' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'DATE' | 'TIMESTAMP' | 'JSON';

export interface ColumnMeta {
  db: DbType;
  doc: string;
}

function withMeta<T extends z.ZodType>(schema: T, db: DbType, doc: string): T {
  return schema.meta({ db, doc } satisfies ColumnMeta) as T;
}

export const col = {
  text: (doc: string) => withMeta(z.string(), 'VARCHAR', doc),
  textN: (doc: string) => withMeta(z.string().nullable(), 'VARCHAR', doc),
  int: (doc: string) => withMeta(z.number().int(), 'INTEGER', doc),
  intN: (doc: string) => withMeta(z.number().int().nullable(), 'INTEGER', doc),
  /** Exact integers such as đồng: always bigint in TypeScript, BIGINT in DuckDB. */
  big: (doc: string) => withMeta(z.bigint(), 'BIGINT', doc),
  bigN: (doc: string) => withMeta(z.bigint().nullable(), 'BIGINT', doc),
  num: (doc: string) => withMeta(z.number(), 'DOUBLE', doc),
  numN: (doc: string) => withMeta(z.number().nullable(), 'DOUBLE', doc),
  bool: (doc: string) => withMeta(z.boolean(), 'BOOLEAN', doc),
  /** ISO date `YYYY-MM-DD`. */
  dateN: (doc: string) => withMeta(z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(), 'DATE', doc),
  /** ISO timestamp. */
  ts: (doc: string) => withMeta(z.string(), 'TIMESTAMP', doc),
  tsN: (doc: string) => withMeta(z.string().nullable(), 'TIMESTAMP', doc),
  json: (doc: string) => withMeta(z.string(), 'JSON', doc),
  enum: <const T extends readonly [string, ...string[]]>(values: T, doc: string) =>
    withMeta(z.enum(values), 'VARCHAR', `${doc} One of: ${values.join(', ')}.`),
  enumN: <const T extends readonly [string, ...string[]]>(values: T, doc: string) =>
    withMeta(z.enum(values).nullable(), 'VARCHAR', `${doc} One of: ${values.join(', ')}.`),
};

export interface TableDef<S extends z.ZodObject = z.ZodObject> {
  name: string;
  doc: string;
  schema: S;
  primaryKey?: string[];
}

export function table<S extends z.ZodObject>(name: string, doc: string, schema: S, primaryKey?: string[]): TableDef<S> {
  return { name, doc, schema, primaryKey };
}

export function columnMeta(schema: z.ZodType): ColumnMeta {
  const m = schema.meta() as Partial<ColumnMeta> | undefined;
  if (!m?.db) throw new Error(`column without db meta`);
  return { db: m.db, doc: m.doc ?? '' };
}

export function isNullable(schema: z.ZodType): boolean {
  return schema.safeParse(null).success;
}
