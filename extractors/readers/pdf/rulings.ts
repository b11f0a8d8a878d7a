/**
 * Ruled tables: the cell borders a page draws give the grid exactly. Horizontal and vertical rules that cross
 * each other form one grid; its distinct x positions are the column boundaries, its y positions the row
 * boundaries, and a boundary missing inside a cell (no rule there) merges the slots on both sides into one
 * cell with a colspan or rowspan.
 */

export interface Rule {
  /** Position across the rule (y of a horizontal rule, x of a vertical one). */
  at: number;
  from: number;
  to: number;
}

export interface GridCellRect {
  r0: number;
  c0: number;
  /** Inclusive. */
  r1: number;
  c1: number;
}

export interface RuledGrid {
  /** Column boundaries, ascending. */
  xs: number[];
  /** Row boundaries, ascending (y downwards). */
  ys: number[];
  /** Cells in row-major order of their top-left slot. */
  cells: GridCellRect[];
  /** For each slot (r * nCols + c) the index of its cell. */
  slotCell: number[];
}

/** Rules closer than this (points) across their direction are one rule; ends closer than this touch. */
const JOIN = 1.5;

function rulesOf(flat: readonly number[]): Rule[] {
  const out: Rule[] = [];
  for (let k = 0; k + 2 < flat.length; k += 3) out.push({ at: flat[k], from: flat[k + 1], to: flat[k + 2] });
  return out;
}

/** Merges collinear rules that overlap or touch (a border drawn cell by cell becomes one rule). */
function mergeRules(rules: Rule[]): Rule[] {
  rules.sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Rule[] = [];
  let group: Rule[] = [];
  const flushGroup = (): void => {
    group.sort((a, b) => a.from - b.from);
    let cur: Rule | null = null;
    for (const r of group) {
      if (cur !== null && r.from <= cur.to + JOIN) {
        if (r.to > cur.to) cur.to = r.to;
        continue;
      }
      cur = { at: r.at, from: r.from, to: r.to };
      out.push(cur);
    }
    group = [];
  };
  for (const r of rules) {
    if (group.length > 0 && r.at - group[0].at > JOIN) flushGroup();
    group.push(r);
  }
  flushGroup();
  return out;
}

function crosses(h: Rule, v: Rule): boolean {
  return v.at >= h.from - JOIN && v.at <= h.to + JOIN && h.at >= v.from - JOIN && h.at <= v.to + JOIN;
}

/** Distinct positions, close ones merged (their mean). */
function positions(values: number[]): number[] {
  values.sort((a, b) => a - b);
  const out: number[] = [];
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (n > 0 && v - sum / n > JOIN) {
      out.push(sum / n);
      sum = 0;
      n = 0;
    }
    sum += v;
    n++;
  }
  if (n > 0) out.push(sum / n);
  return out;
}

function covered(rules: readonly Rule[], at: number, along: number): boolean {
  for (const r of rules) if (Math.abs(r.at - at) <= JOIN && along >= r.from - JOIN && along <= r.to + JOIN) return true;
  return false;
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}

function buildGrid(hs: readonly Rule[], vs: readonly Rule[]): RuledGrid | null {
  const xs = positions(vs.map((v) => v.at));
  const ys = positions(hs.map((h) => h.at));
  const nCols = xs.length - 1;
  const nRows = ys.length - 1;
  if (nCols < 1 || nRows < 1 || nCols * nRows < 2) return null;
  const parent = Array.from({ length: nCols * nRows }, (_, i) => i);
  const union = (a: number, b: number): void => {
    parent[find(parent, a)] = find(parent, b);
  };
  for (let r = 0; r < nRows; r++) {
    const ymid = (ys[r] + ys[r + 1]) / 2;
    for (let c = 0; c < nCols; c++) {
      const xmid = (xs[c] + xs[c + 1]) / 2;
      if (c + 1 < nCols && !covered(vs, xs[c + 1], ymid)) union(r * nCols + c, r * nCols + c + 1);
      if (r + 1 < nRows && !covered(hs, ys[r + 1], xmid)) union(r * nCols + c, (r + 1) * nCols + c);
    }
  }
  const byRoot = new Map<number, GridCellRect>();
  const cells: GridCellRect[] = [];
  const rootOfSlot: number[] = [];
  for (let r = 0; r < nRows; r++) {
    for (let c = 0; c < nCols; c++) {
      const root = find(parent, r * nCols + c);
      rootOfSlot.push(root);
      const cell = byRoot.get(root);
      if (cell === undefined) {
        const fresh = { r0: r, c0: c, r1: r, c1: c };
        byRoot.set(root, fresh);
        cells.push(fresh);
      } else {
        cell.r1 = Math.max(cell.r1, r);
        cell.c1 = Math.max(cell.c1, c);
        cell.c0 = Math.min(cell.c0, c);
      }
    }
  }
  const index = new Map<GridCellRect, number>(cells.map((c, i) => [c, i]));
  const slotCell = rootOfSlot.map((root) => index.get(byRoot.get(root) as GridCellRect) as number);
  return { xs, ys, cells, slotCell };
}

/** The ruled grids of one page (rules as collected by collectGlyphs). */
export function findRuledGrids(hFlat: readonly number[], vFlat: readonly number[]): RuledGrid[] {
  if (hFlat.length < 6 || vFlat.length < 6) return [];
  const hs = mergeRules(rulesOf(hFlat));
  const vs = mergeRules(rulesOf(vFlat));
  // Connected components of crossing rules.
  const n = hs.length + vs.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < hs.length; i++) {
    for (let j = 0; j < vs.length; j++) {
      if (crosses(hs[i], vs[j])) parent[find(parent, i)] = find(parent, hs.length + j);
    }
  }
  const groups = new Map<number, { h: Rule[]; v: Rule[] }>();
  for (let i = 0; i < n; i++) {
    const root = find(parent, i);
    let g = groups.get(root);
    if (g === undefined) {
      g = { h: [], v: [] };
      groups.set(root, g);
    }
    if (i < hs.length) g.h.push(hs[i]);
    else g.v.push(vs[i - hs.length]);
  }
  const grids: RuledGrid[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    const grid = buildGrid(g.h, g.v);
    if (grid !== null) grids.push(grid);
  }
  grids.sort((a, b) => a.ys[0] - b.ys[0]);
  return grids;
}
