/** The generator's command-line arguments, parsed with node:util parseArgs; a mistake is a UsageError. */
import { parseArgs } from 'node:util';
import type { Format } from './ground-truth.js';
import { DEFAULT_ERRORS_PER_DOC, FORMATS, type GenerateOptions } from './generate.js';

export const USAGE = 'usage: gen --districts N --periods P --out DIR [--seed S] [--formats txt,docx,pdf] [--errors-per-doc K] [--all-kinds]';
const MAX_DISTRICTS = 1000;
const MAX_PERIODS = 40;

export class UsageError extends Error {}

function positiveInt(name: string, raw: string | undefined, max: number): number {
  const n = Number(raw);
  if (!raw || !Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`--${name} must be a whole number from 1 to ${max}`);
  return n;
}

export function parseCliArgs(argv: string[]): GenerateOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      districts: { type: 'string' },
      periods: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      formats: { type: 'string', default: FORMATS.join(',') },
      'errors-per-doc': { type: 'string' },
      'all-kinds': { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (!values.out) throw new UsageError('--out is required');
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new UsageError('--seed must be a whole number');
  const formats = values.formats.split(',').map((f) => f.trim()).filter(Boolean);
  const bad = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (bad.length || !formats.length) throw new UsageError(`--formats takes ${FORMATS.join(', ')}`);
  const errorsRaw = values['errors-per-doc'];
  const errorsPerDoc = errorsRaw === undefined ? DEFAULT_ERRORS_PER_DOC : Number(errorsRaw);
  if (!Number.isFinite(errorsPerDoc) || errorsPerDoc < 0) throw new UsageError('--errors-per-doc must be a number ≥ 0');
  return {
    districts: positiveInt('districts', values.districts, MAX_DISTRICTS),
    periods: positiveInt('periods', values.periods, MAX_PERIODS),
    out: values.out,
    seed,
    formats: [...new Set(formats)] as Format[],
    errorsPerDoc,
    allKinds: values['all-kinds'],
  };
}

