import type { Block } from '../../schemas/document.js';

/**
 * The section tree of a report from its numbering (`Phần 1`, `I.`, `1.`, `1.1.`, `1.1.1.`, `a)`, `(1)`),
 * as a path per block: `II › 1 › 1.1 › a`. Bullets (`-`, `+`) are list items, not sections.
 */
export interface SectionLevel {
  level: number;
  label: string;
  /** Text of the heading after its number, up to a colon or 120 characters (`Dự án 6. Truyền thông ...`). */
  title: string;
  start: number;
}

const LEVELS: ReadonlyArray<readonly [number, RegExp]> = [
  [0, /^(Phần\s+(?:\d{1,2}|[IVX]{1,4}|thứ\s+\p{L}+))\b[.:]?\s*/iu],
  [1, /^([IVXLC]{1,6})\.\s+/u],
  [4, /^(\d{1,2}\.\d{1,2}\.\d{1,2})\.?\s+/u],
  [3, /^(\d{1,2}\.\d{1,2})\.?\s+/u],
  [2, /^(\d{1,2})\.\s+/u],
  [5, /^([a-zđ])\)\s+/u],
  [6, /^\((\d{1,2})\)\s+/u],
];

export function sectionOf(text: string): SectionLevel | null {
  for (const [level, re] of LEVELS) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    const colon = rest.search(/:\s|:$|\n/u);
    const title = (colon >= 0 ? rest.slice(0, colon) : rest).slice(0, 120).trim();
    return { level, label: m[1].replace(/\s+/gu, ' '), title, start: 0 };
  }
  return null;
}

/** For every block, the stack of sections it lies in (outermost first). Remembered per blocks array (the facts ask again). */
export function sectionStacks(text: string, blocks: Block[]): SectionLevel[][] {
  const known = STACKS.get(blocks);
  if (known && known.text === text) return known.stacks;
  const stacks = buildStacks(text, blocks);
  STACKS.set(blocks, { text, stacks });
  return stacks;
}

const STACKS = new WeakMap<Block[], { text: string; stacks: SectionLevel[][] }>();

function buildStacks(text: string, blocks: Block[]): SectionLevel[][] {
  const stack: SectionLevel[] = [];
  const out: SectionLevel[][] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph' || b.kind === 'heading') {
      const s = sectionOf(text.slice(b.start, Math.min(b.end, b.start + 400)));
      if (s) {
        s.start = b.start;
        while (stack.length && stack[stack.length - 1].level >= s.level) stack.pop();
        stack.push(s);
      }
    }
    out.push([...stack]);
  }
  return out;
}

export const PATH_SEP = ' › ';

export function pathOf(stack: SectionLevel[]): string {
  return stack.map((s) => s.label).join(PATH_SEP);
}

/** Section path of a normalised offset: the path of the block that contains it. */
export function sectionPathAt(blocks: Block[], stacks: SectionLevel[][], offset: number): string {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (found < 0) return '';
  let paths = PATHS.get(stacks);
  if (!paths) PATHS.set(stacks, (paths = new Array<string | undefined>(stacks.length)));
  return (paths[found] ??= pathOf(stacks[found]));
}

/** Paths already joined, per stacks array and block. */
const PATHS = new WeakMap<SectionLevel[][], (string | undefined)[]>();
