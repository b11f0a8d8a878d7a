/**
 * Document numbers. Numbers restart every 1 January (domain.md §2) and grow with each issuer's register.
 * No two documents of the corpus share a number in the same year, whatever their issuers, so a checker
 * never meets an accidental "same number and date, other symbol".
 */
import type { Rng } from './prng.js';

const FIRST_NUMBER: [number, number] = [12, 160];
const GAP: [number, number] = [3, 60];

export class NumberRegistry {
  private readonly used = new Set<string>();
  private readonly last = new Map<string, number>();

  /** Marks a number as taken (a real document the reports cite). */
  reserve(number: number, year: number): void {
    this.used.add(`${number}/${year}`);
  }

  isUsed(number: number, year: number): boolean {
    return this.used.has(`${number}/${year}`);
  }

  /** The next number of `issuer`'s register in `year`, never one taken before. */
  next(issuer: string, year: number, rng: Rng): number {
    const key = `${issuer}\u241f${year}`;
    const prev = this.last.get(key);
    let n = prev === undefined ? rng.int(...FIRST_NUMBER) : prev + rng.int(...GAP);
    while (this.isUsed(n, year)) n++;
    this.used.add(`${n}/${year}`);
    this.last.set(key, n);
    return n;
  }
}

/** Numbers below 10 take a leading zero (`06`). */
export function docNumber(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
