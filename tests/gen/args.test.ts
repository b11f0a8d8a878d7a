import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../scripts/gen/args.js';

describe('gen arguments', () => {
  it('takes the documented options with their defaults', () => {
    expect(parseCliArgs(['--districts', '3', '--periods', '1', '--out', '/tmp/x'])).toEqual({
      districts: 3, periods: 1, out: '/tmp/x', seed: 1, formats: ['txt', 'docx', 'pdf'], errorsPerDoc: 1 / 3, allKinds: false,
    });
    expect(parseCliArgs(['--districts', '12', '--periods', '4', '--out', 'o', '--seed', '7', '--formats', 'txt,docx', '--errors-per-doc', '10', '--all-kinds'])).toEqual({
      districts: 12, periods: 4, out: 'o', seed: 7, formats: ['txt', 'docx'], errorsPerDoc: 10, allKinds: true,
    });
  });

  it.each([
    [['--periods', '1', '--out', 'o'], /--districts/],
    [['--districts', '0', '--periods', '1', '--out', 'o'], /--districts/],
    [['--districts', '2', '--periods', '1'], /--out/],
    [['--districts', '2', '--periods', '1', '--out', 'o', '--formats', 'txt,odt'], /--formats/],
    [['--districts', '2', '--periods', '1', '--out', 'o', '--errors-per-doc', '-1'], /--errors-per-doc/],
    [['--districts', '2', '--periods', '1', '--out', 'o', '--bogus'], /bogus/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
