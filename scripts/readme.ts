import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { withSchema } from '../schemas/readme.js';

/**
 * Regenerate the README's generated sections: the DuckDB schema (from the zod schemas) and every
 * `<!-- include:PATH[#Heading] -->` … `<!-- /include -->` block, replaced by that file's content (the part
 * under `## Heading` when one is named), its first `# ` title dropped and its headings pushed one level down.
 * A missing file leaves the block as it was and says so: the README keeps the last measured values.
 *
 * `npm run readme` (also `npm run schema:docs`).
 */
const INCLUDE = /<!-- include:([^#\s]+)(?:#([^>]+?))? -->\n[\s\S]*?<!-- \/include -->/gu;

/** The lines of `md` under the `## heading` (up to the next heading of the same or a higher level). */
export function sectionOf(md: string, heading: string): string | null {
  const lines = md.split('\n');
  const at = lines.findIndex((l) => /^#{1,6} /u.test(l) && l.replace(/^#+ /u, '').trim() === heading.trim());
  if (at < 0) return null;
  const level = lines[at].match(/^#+/u)![0].length;
  let end = lines.length;
  for (let i = at + 1; i < lines.length; i++) {
    const m = lines[i].match(/^(#+) /u);
    if (m && m[1].length <= level) {
      end = i;
      break;
    }
  }
  return lines.slice(at + 1, end).join('\n').trim();
}

/**
 * A file's Markdown ready to sit under a README `##` section: its opening heading dropped (the README has its
 * own), the other headings shifted so that the highest is `###`.
 */
export function demote(md: string): string {
  const lines = md.split('\n');
  const body = /^#{1,6} /u.test(lines[0] ?? '') ? lines.slice(1) : lines;
  const levels = body.map((l) => l.match(/^(#{1,6}) /u)?.[1].length).filter((n): n is number => n !== undefined);
  const shift = levels.length === 0 ? 0 : 3 - Math.min(...levels);
  return body
    .map((l) => {
      const m = l.match(/^(#{1,6}) /u);
      return m ? `${'#'.repeat(Math.min(6, Math.max(1, m[1].length + shift)))}${l.slice(m[1].length)}` : l;
    })
    .join('\n')
    .trim();
}

/** Relative Markdown links of a file at `path`, made relative to the repository root (where the README is). */
export function rebaseLinks(md: string, path: string): string {
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
  return md.replace(/\]\((?![a-z]+:|#|\/)([^)\s]+)\)/giu, (_m, target: string) => `](${dir}${target})`);
}

export function withIncludes(readme: string, read: (path: string) => string | null, warn: (msg: string) => void): string {
  return readme.replace(INCLUDE, (whole, path: string, heading: string | undefined) => {
    const text = read(path);
    if (text === null) {
      warn(`${path} not found: its README section is left as it was`);
      return whole;
    }
    const part = heading ? sectionOf(text, heading) : text;
    if (part === null) {
      warn(`${path} has no heading "${heading}": its README section is left as it was`);
      return whole;
    }
    const open = `<!-- include:${path}${heading ? `#${heading}` : ''} -->`;
    return `${open}\n${rebaseLinks(heading ? part : demote(part), path)}\n<!-- /include -->`;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2] ?? 'README.md';
  const read = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : null);
  const out = withSchema(withIncludes(readFileSync(path, 'utf8'), read, (m) => process.stderr.write(`readme: ${m}\n`)));
  writeFileSync(path, out);
  process.stderr.write(`readme: generated sections of ${path} regenerated\n`);
}
