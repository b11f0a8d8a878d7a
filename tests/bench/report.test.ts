import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../bench/args.js';
import { cpuModel } from '../../bench/machine.js';
import { isMet, TARGETS, targetText } from '../../bench/targets.js';
import { rowsOf } from '../../bench/report.js';

const target = (id: string) => TARGETS.find((t) => t.id === id)!;

describe('targets', () => {
  it.each([
    ['pdf_ratio', 2, true],
    ['pdf_ratio', 2.01, false],
    ['check_seconds', 10, false], // strictly under 10 s
    ['check_seconds', 9.99, true],
    ['appender_rows_per_s', 999_999, false],
    ['recall', 100, true],
    ['peak_rss_mb', 1024, true],
  ] as const)('%s = %d → met %s', (id, value, met) => expect(isMet(target(id), value)).toBe(met));

  it('is not measured without a value', () => expect(isMet(target('jobs_speedup'), null)).toBeNull());

  it.each([
    ['pdf_ratio', '≤ 2.00×'],
    ['txt_mb_per_s', '≥ 20.0 MB/s'],
    ['appender_rows_per_s', '≥ 1.00 M rows/s'],
    ['check_seconds', '< 10.0 s'],
  ])('%s reads %s', (id, text) => expect(targetText(target(id))).toBe(text));

  it('lists every target, saying which were not run', () => {
    const rows = rowsOf([{ id: 'jobs_speedup', value: 1.45, measured: '--jobs 1 20 s / --jobs 2 13.8 s' }]);
    expect(rows.map((r) => r.id)).toEqual(TARGETS.map((t) => t.id));
    expect(rows.find((r) => r.id === 'jobs_speedup')).toMatchObject({ met: false, value: 1.45 });
    expect(rows.find((r) => r.id === 'pdf_ratio')).toMatchObject({ met: null, missing: 'not run (--only)' });
  });
});

describe('machine and arguments', () => {
  it('reads the CPU model from /proc/cpuinfo', () => {
    const info = 'processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13   64-Core Processor\nstepping\t: 1\n';
    expect(cpuModel(info)).toBe('AMD EPYC 7B13 64-Core Processor');
  });

  it.each([
    [[], { quick: false, profile: true, parts: 7 }],
    [['--quick', '--only', 'pdf,docx', '--no-profile'], { quick: true, profile: false, parts: 2 }],
  ])('parses %j', (argv, want) => {
    const a = parseBenchArgs(argv);
    expect({ quick: a.quick, profile: a.profile, parts: a.parts.size }).toEqual(want);
  });

  it('refuses an unknown part', () => expect(() => parseBenchArgs(['--only', 'pdf,speed'])).toThrow('unknown part speed'));
});
