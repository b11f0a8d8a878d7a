/** A report spec to blocks, by kind; the wording is drawn from a stream of its own per report. */
import { districtBlocks } from './district-text.js';
import type { Block, ReportSpec } from './model.js';
import { provinceBlocks } from './province-text.js';
import { rngFor } from './prng.js';
import { supplementBlocks } from './supplement-text.js';

export function reportBlocks(spec: ReportSpec, seed: number): Block[] {
  const rng = rngFor(seed, 'prose', spec.doc);
  switch (spec.body.kind) {
    case 'district':
      return districtBlocks(spec, spec.body, rng);
    case 'province':
      return provinceBlocks(spec, spec.body, rng);
    case 'supplement':
      return supplementBlocks(spec, spec.body);
  }
}
