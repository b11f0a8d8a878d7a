import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupByFlow } from '../../extractors/facts/flowIndex.js';
import { buildFlows, toFlow, type Flow } from '../../extractors/facts/flows.js';
import { linkPercentBases, type PercentLink } from '../../extractors/facts/percentLinks.js';
import type { Work } from '../../extractors/facts/work.js';
import { readTxt } from '../../extractors/readers/txt.js';
import { assemble } from '../../pipeline/assemble.js';
import { readFileSync } from 'node:fs';

/** The plain definition: every flow scans every entity. */
function plainGroups<E extends { start: number }>(flows: Flow[], items: E[]): E[][] {
  return flows.map((f) => items.filter((x) => toFlow(f, x.start) !== null));
}

/** Flows from random pieces: gaps, touching ends, pieces of one flow split around another's. */
const flowsArb = fc.array(fc.tuple(fc.nat(5), fc.nat(6), fc.nat(2)), { minLength: 1, maxLength: 25 }).map((specs) => {
  const flows: Flow[] = [];
  let pos = 0;
  specs.forEach(([gap, len, join], i) => {
    const start = pos + gap;
    const end = start + len;
    pos = end;
    const target = join > 0 && flows.length > 0 ? flows[(i * 7) % flows.length] : null;
    const piece = { start, end, at: 0, block: i };
    if (target) {
      const last = target.pieces[target.pieces.length - 1];
      piece.at = last.at + (last.end - last.start) + 1;
      target.pieces.push(piece);
    } else flows.push({ text: '', pieces: [piece] });
  });
  return { flows, size: pos + 3 };
});

describe('groupByFlow equals every flow scanning every entity', () => {
  it('random pieces and offsets', () => {
    fc.assert(fc.property(flowsArb, fc.array(fc.nat(200)), ({ flows, size }, offsets) => {
      const items = offsets.map((o, i) => ({ start: o % size, i }));
      expect(groupByFlow(flows, items)).toEqual(plainGroups(flows, items));
    }), { numRuns: 2000 });
  });

  it.each(['000_63739cf91234dbc4', '001_157e71765e27d8f0', '002_5400b95413840074', '004_7690d259663c1765'])('seed %s: every offset of the text', (name) => {
    const a = assemble(readTxt(new Uint8Array(readFileSync(`fixtures/seeds/${name}.txt`))));
    const flows = buildFlows(a.text, a.blocks);
    const items = Array.from({ length: a.text.length + 1 }, (_, start) => ({ start }));
    const groups = groupByFlow(flows, items);
    expect(groups).toEqual(plainGroups(flows, items));
    // most offsets lie in running text (not tables, not the blank lines between blocks)
    expect(groups.reduce((n, g) => n + g.length, 0)).toBeGreaterThan(a.text.length / 3);
  });
});

/** The plain definition of the base of a rate: every allocation tried for every link. */
function plainBases(links: PercentLink[], works: Work[], allocated: (w: Work) => boolean): (Work | null)[] {
  return links.map((l) => {
    const f = l.fact;
    if (!f || l.share || allocated(f)) return l.base;
    const candidates = works.filter((c) => c !== f && c.budget && c.amount.start < f.amount.start
      && allocated(c) && c.qualified === f.qualified && c.fund === f.fund
      && c.capital === f.capital && c.period === f.period
      && (c.flow === f.flow || c.amount.section_path === f.amount.section_path));
    return candidates.length ? candidates[candidates.length - 1] : null;
  });
}

const MEASURES = ['kinh_phi', 'giai_ngan', 'bo_tri', 'nhu_cau'] as const;

describe('linkPercentBases equals its plain definition', () => {
  it('random figures (few keys, flows and sections, so that many compete)', () => {
    const workArb = fc.record({
      start: fc.nat(40), budget: fc.boolean(), measure: fc.constantFrom(...MEASURES), qualified: fc.constantFrom('a', 'a/b'),
      fund: fc.constantFrom('tong', 'trung_uong'), capital: fc.constantFrom(null, 'su_nghiep'), period: fc.constantFrom('2023', ''),
      flow: fc.nat(2), section: fc.constantFrom('I', 'II'),
    });
    fc.assert(fc.property(fc.array(workArb, { maxLength: 30 }), fc.array(fc.tuple(fc.nat(40), fc.boolean()), { maxLength: 15 }), (specs, linkSpecs) => {
      const flows = [0, 1, 2].map(() => ({ text: '', pieces: [] }) as Flow);
      const works = specs.map((s) => ({
        amount: { start: s.start, section_path: s.section }, budget: s.budget, measure: s.measure, qualified: s.qualified,
        fund: s.fund, capital: s.capital, period: s.period, flow: flows[s.flow],
      }) as unknown as Work);
      if (!works.length) return;
      const links: PercentLink[] = linkSpecs.map(([k, share]) => ({ percent: null as never, fact: works[k % works.length], base: null, share }));
      const expected = plainBases(links, works, (w) => ['kinh_phi', 'bo_tri'].includes(w.measure));
      linkPercentBases(links, works);
      expect(links.map((l) => l.base)).toEqual(expected);
      links.forEach((l, i) => expect(l.base).toBe(expected[i]));
    }), { numRuns: 3000 });
  });
});
