import { createHash } from 'node:crypto';
import type { CheckId, Evidence, Flag } from '../../schemas/flags.js';
import type { Db } from '../db/database.js';

/**
 * A check: one file, one `check_id`, its own SQL. `document` checks look inside one report and rerun only
 * for new documents; `corpus` checks compare reports and rerun over the whole database.
 */
export interface CheckContext {
  db: Db;
  /** Name of a temp table `(doc_id VARCHAR)` holding the documents to (re)check; every document when null. */
  scopeTable: string | null;
}

export interface Check {
  id: CheckId;
  scope: 'document' | 'corpus';
  description: string;
  run(ctx: CheckContext): Promise<Flag[]>;
}

/** SQL fragment restricting `alias.doc_id` to the scope. */
export function inScope(ctx: CheckContext, alias: string): string {
  return ctx.scopeTable ? `${alias}.doc_id IN (SELECT doc_id FROM ${ctx.scopeTable})` : 'TRUE';
}

export function flagId(checkId: CheckId, evidence: Evidence[]): string {
  const key = [checkId, ...evidence.map((e) => `${e.doc_id}:${e.start}:${e.end}`)].join('|');
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

export function makeFlag(f: Omit<Flag, 'flag_id'>): Flag {
  return { ...f, flag_id: flagId(f.check_id, f.evidence) };
}

/** `6616000000` → `6.616.000.000`; the Vietnamese way of writing numbers, for messages. */
export function viNumber(n: number | bigint, decimals = 0): string {
  const neg = typeof n === 'bigint' ? n < 0n : n < 0;
  const abs = typeof n === 'bigint' ? (neg ? -n : n) : Math.abs(n);
  const [int, frac] = (typeof abs === 'bigint' ? abs.toString() : abs.toFixed(decimals)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
  return (neg ? '-' : '') + grouped + (frac ? ',' + frac : '');
}

/** Đồng as millions for messages: `6616000000` → `6.616 triệu đồng`. */
export function viMoney(dong: bigint | number): string {
  const d = typeof dong === 'bigint' ? dong : BigInt(Math.round(dong));
  if (d % 1_000_000n === 0n) return `${viNumber(d / 1_000_000n)} triệu đồng`;
  return `${viNumber(d)} đồng`;
}

export function num(v: unknown): number {
  return typeof v === 'bigint' ? Number(v) : Number(v);
}

/** `2023-01-19` → `19/1/2023`. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return d ? `${Number(d)}/${Number(m)}/${y}` : m ? `${Number(m)}/${y}` : iso;
}
