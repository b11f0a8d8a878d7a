/**
 * A reference printed without a type name inside a list takes the name of the reference it
 * continues: `Kế hoạch số 220/KH-UBND ngày 19/10/2022 …; số 222/KH-UBND …` → both `Kế hoạch`;
 * `Công văn số: 172/STTTT-TTBCXB …; 774/STTTT-TTBCXB …` → both `Công văn` (`type_name_stated: false`).
 * Conditions: same paragraph, preceded by `;`, `,` or `và`, and the code agrees with the name
 * (a `KH` code under `Kế hoạch`, no code under `Công văn`); otherwise the name stays null.
 */
import type { DocRef } from '../../schemas/entities.js';
import type { Refiner } from '../types.js';
import { inheritable } from './refIssues.js';

const LIST_SEPARATOR_BEFORE = /(?:[;,]|(?<![\p{L}])và)[^\S\n]*$/u;

export const ListContinuationRefiner: Refiner<DocRef> = (refs, ctx) => {
  const sorted = [...refs].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const ref = sorted[i];
    const prev = sorted[i - 1];
    if (ref.ref_type_name !== null || !prev.ref_type_name) continue;
    const between = ctx.text.slice(prev.end, ref.full_start);
    if (between.includes('\n') || !LIST_SEPARATOR_BEFORE.test(between)) continue;
    if (!inheritable(prev.ref_type_name, ref.type_code)) continue;
    sorted[i] = { ...ref, ref_type_name: prev.ref_type_name, type_name_stated: false };
  }
  return sorted;
};
