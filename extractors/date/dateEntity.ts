/**
 * Builders for DateEntity: one per precision. Validity is checked with date-fns, never by rolling
 * over (`31/02/2023` stays 2023-02-31 with `valid: false`).
 */
import { isExists } from 'date-fns';
import type { DateEntity } from '../../schemas/entities.js';

export interface Span {
  start: number;
  end: number;
  raw: string;
}

/** The span of a whole match (patterns never capture context). */
export function spanOf(m: RegExpExecArray): Span {
  return { start: m.index, end: m.index + m[0].length, raw: m[0] };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const year4 = (y: number) => pad(y, 4);
const monthOk = (m: number) => m >= 1 && m <= 12;

/*
 * The builders write each entity as one literal, fields in the order of the span, then `kind`, `end_iso`
 * and the rest (cheaper than spreading the span into a base object and that into the entity).
 */

export function dayDate(span: Span, year: number, month: number, day: number): DateEntity {
  return {
    start: span.start, end: span.end, raw: span.raw, kind: 'date', end_iso: null,
    iso: `${year4(year)}-${pad(month)}-${pad(day)}`,
    year, month, day,
    precision: 'day',
    valid: monthOk(month) && isExists(year, month - 1, day),
    stated: ['d', 'm', 'y'],
  };
}

export function monthDate(span: Span, year: number, month: number): DateEntity {
  return {
    start: span.start, end: span.end, raw: span.raw, kind: 'date', end_iso: null,
    iso: `${year4(year)}-${pad(month)}`, year, month, day: null, precision: 'month', valid: monthOk(month), stated: ['m', 'y'],
  };
}

export function quarterDate(span: Span, year: number, quarter: number): DateEntity {
  const valid = quarter >= 1 && quarter <= 4;
  return {
    start: span.start, end: span.end, raw: span.raw, kind: 'date', end_iso: null,
    iso: `${year4(year)}-Q${quarter}`, year, month: null, day: null, precision: 'quarter', valid, stated: ['q', 'y'],
  };
}

/** `half` is 1 for `6 tháng đầu năm`, 2 for `6 tháng cuối năm`. */
export function halfYearDate(span: Span, year: number, half: 1 | 2): DateEntity {
  return {
    start: span.start, end: span.end, raw: span.raw, kind: 'date', end_iso: null,
    iso: `${year4(year)}-H${half}`, year, month: null, day: null, precision: 'half_year', valid: true, stated: ['h', 'y'],
  };
}

export function yearDate(span: Span, year: number): DateEntity {
  return {
    start: span.start, end: span.end, raw: span.raw, kind: 'date', end_iso: null,
    iso: year4(year), year, month: null, day: null, precision: 'year', valid: true, stated: ['y'],
  };
}

export function rangeDate(span: Span, from: number, to: number): DateEntity {
  return {
    start: span.start, end: span.end, raw: span.raw, kind: 'date', end_iso: year4(to),
    iso: `${year4(from)}/${year4(to)}`,
    year: from, month: null, day: null,
    precision: 'range',
    valid: true,
    stated: ['y'],
  };
}
