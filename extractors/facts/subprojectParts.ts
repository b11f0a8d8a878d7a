import type { Block } from '../../schemas/document.js';
import { PATH_SEP } from '../sections/sectionTree.js';
import type { BlockContext } from './blockContext.js';
import { measureClass } from './measureClass.js';
import { extendsKey, qualifiedKey, subjectText } from './subject.js';
import type { OrgRef } from './subjectMentions.js';
import type { Work } from './work.js';

/**
 * Sub-projects that the text presents as the parts of a total, without `trong đó`:
 * `Ngân sách được bố trí năm 2023: 6.616.000.000 đồng. ... Kinh phí của Tiểu dự án 1 ... là 6.595.000.000
 * đồng ... và Tiểu dự án 7 ... là 21.000.000 đồng` (seed 000), or a total followed by list items
 * `- Dự án 6: ... Nguồn vốn 1.551 triệu đồng` / `- Dự án 7: ... Tiểu dự án 2: ... 20,6 triệu đồng` (seed 002).
 * After a total, in the same section, every figure of its own whose subject lies inside the total's subject
 * and is the first of its sub-project is a part. The parts are linked only when they form a complete split:
 * at least two, each of the same measure class, fund source and period as the total, and no sub-project
 * named in that stretch (a list item, a lead) left without its figure.
 */
export function linkSubprojectParts(works: Work[], blocks: Block[], contexts: BlockContext[], reporter: OrgRef | null): void {
  const tops = works.filter((w) => !w.parent && w.budget).sort((a, b) => a.amount.start - b.amount.start);
  for (let i = 0; i < tops.length; i++) {
    const total = tops[i];
    if (total.parent) continue;
    const units = new Map<string, Work | null>();
    let stop = Number.POSITIVE_INFINITY;
    for (let j = i + 1; j < tops.length; j++) {
      const f = tops[j];
      if (f.amount.section_path !== total.amount.section_path || !extendsKey(f.qualified, total.qualified)) {
        stop = f.amount.start;
        break;
      }
      const keys = [...units.keys()];
      if (keys.some((u) => f.qualified === u || extendsKey(f.qualified, u))) continue;
      if (keys.some((u) => extendsKey(u, f.qualified))) {
        units.set(f.qualified, null);
        continue;
      }
      units.set(f.qualified, compatible(f, total) ? f : null);
    }
    const parts = [...units.values()];
    if (parts.length < 2 || parts.some((p) => p === null)) continue;
    if (unitWithoutFigure(total, [...units.keys()], stop, blocks, contexts, reporter)) continue;
    for (const p of parts) {
      p!.parent = total;
      p!.via = 'part';
      if (p!.capital === null) p!.capital = total.capital;
    }
  }
}

function compatible(f: Work, total: Work): boolean {
  return measureClass(f.measure) === measureClass(total.measure) && measureClass(f.measure) !== 'unknown'
    && f.fund === total.fund && f.period === total.period && (f.capital === null || f.capital === total.capital);
}

/** A sub-project named by a heading or list item after the total (and before `stop`) with no figure among the parts. */
function unitWithoutFigure(total: Work, units: string[], stop: number, blocks: Block[], contexts: BlockContext[], reporter: OrgRef | null): boolean {
  const first = Math.min(...total.flow.pieces.map((p) => p.block));
  const path = total.amount.section_path;
  for (let b = first + 1; b < blocks.length && blocks[b].start < stop; b++) {
    const here = contexts[b].sections.map((s) => s.label).join(PATH_SEP);
    if (here !== path && !here.startsWith(path + PATH_SEP)) break;
    const lead = contexts[b].lead;
    if (!lead) continue;
    const q = qualifiedKey(subjectText(lead, reporter), reporter?.readable ?? null);
    if (!extendsKey(q, total.qualified)) continue;
    if (!units.some((u) => u === q || extendsKey(u, q) || extendsKey(q, u))) return true;
  }
  return false;
}
