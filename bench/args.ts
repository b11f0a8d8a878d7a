import { parseArgs } from 'node:util';

/** `npm run bench [-- --quick] [--only pdf,docx,txt,appender,scale,accuracy,scaleout] [--no-profile]`. */
export const PARTS = ['txt', 'appender', 'pdf', 'docx', 'scale', 'accuracy', 'scaleout'] as const;
export type Part = (typeof PARTS)[number];

export interface BenchArgs {
  quick: boolean;
  parts: Set<Part>;
  profile: boolean;
}

export const USAGE = `usage: npm run bench [-- --quick] [--only ${PARTS.join(',')}] [--no-profile]`;

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, 'no-profile': { type: 'boolean', default: false } },
    strict: true,
  });
  const only = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : [...PARTS];
  const bad = only.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (bad.length) throw new Error(`unknown part ${bad.join(', ')}; parts: ${PARTS.join(', ')}`);
  return { quick: values.quick, parts: new Set(only as Part[]), profile: !values['no-profile'] };
}

const MINUTE = 60_000;

/** Corpus sizes and row counts: `--quick` finishes in a few minutes, the full run in about twenty. */
export function sizes(quick: boolean) {
  return quick
    ? {
      mixed: { districts: 6, periods: 2 }, small: { districts: 5, periods: 20 }, large: { districts: 25, periods: 20 },
      appenderRows: 300_000, txtGenerated: 200, profileTxt: 100, profileOther: 10,
      limits: { ingestMs: 10 * MINUTE, checkMs: 3 * MINUTE, oneCheckMs: MINUTE },
    }
    : {
      mixed: { districts: 40, periods: 5 }, small: { districts: 50, periods: 20 }, large: { districts: 500, periods: 20 },
      appenderRows: 2_000_000, txtGenerated: 1000, profileTxt: 300, profileOther: 30,
      limits: { ingestMs: 45 * MINUTE, checkMs: 10 * MINUTE, oneCheckMs: 3 * MINUTE },
    };
}
