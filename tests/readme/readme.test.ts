import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { demote, rebaseLinks, sectionOf, withIncludes } from '../../scripts/readme.js';
import { schemaSection } from '../../schemas/readme.js';

describe('README generated sections', () => {
  it('sectionOf returns the lines under a heading up to the next heading of the same level', () => {
    const md = '# T\n## A\na1\n### A.1\na2\n## B\nb1';
    expect(sectionOf(md, 'A')).toBe('a1\n### A.1\na2');
    expect(sectionOf(md, 'B')).toBe('b1');
    expect(sectionOf(md, 'C')).toBeNull();
  });

  it('demote drops the opening heading and puts the highest remaining heading at ###', () => {
    expect(demote('# Benchmark\ntext\n## Notes\nn\n### Deep\nd')).toBe('text\n### Notes\nn\n#### Deep\nd');
    expect(demote('### Bad inputs\n| a |')).toBe('| a |');
  });

  it('rebaseLinks makes relative links relative to the repository root, leaving URLs and anchors alone', () => {
    expect(rebaseLinks('[p](profile.md) [u](https://x.y/z) [a](#top) [r](/abs)', 'bench/results.md')).toBe(
      '[p](bench/profile.md) [u](https://x.y/z) [a](#top) [r](/abs)',
    );
  });

  it('withIncludes replaces a block with the file and keeps it (with a warning) when the file is missing', () => {
    const readme = 'x\n<!-- include:a/b.md -->\nold\n<!-- /include -->\ny\n<!-- include:gone.md -->\nkept\n<!-- /include -->\n';
    const warnings: string[] = [];
    const out = withIncludes(readme, (p) => (p === 'a/b.md' ? '# B\nnew [l](c.md)' : null), (w) => warnings.push(w));
    expect(out).toBe('x\n<!-- include:a/b.md -->\nnew [l](a/c.md)\n<!-- /include -->\ny\n<!-- include:gone.md -->\nkept\n<!-- /include -->\n');
    expect(warnings).toEqual(['gone.md not found: its README section is left as it was']);
  });

  it('the committed README holds the schema section generated from the current zod schemas', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(schemaSection());
  });
});
