import { isSpecific } from './labels.js';
import { listEnd } from './listedParts.js';
import { measureClass } from './measureClass.js';
import { qualifiedKey, subjectText, extendsKey } from './subject.js';
import type { OrgRef } from './subjectMentions.js';
import type { FlowScan } from './scanFlow.js';
import type { Work } from './work.js';

/** Words that may open a label and stay in it (`Tổng kinh phí`). */
const TOTAL_BEFORE = /(?:^|[\s:;,(])(tổng(?:\s+số)?\s+)$/iu;

/**
 * Links the figures of one flow to the totals they are listed under (`trong đó`, `bao gồm`, parentheses;
 * and `Kết quả giải ngân: X, ... ngân sách trung ương: A; ngân sách địa phương: B`, where the parts follow
 * without a marker) and resolves what each figure is: a listed part takes what its own clause states and
 * inherits the rest from its total; a figure of its own falls back to its sentence, then to the headings.
 */
export function linkAndResolve(scan: FlowScan, reporter: OrgRef | null, reportYear: number | null): void {
  const { works, sentences } = scan;
  const scopes: { parent: Work; end: number }[] = [];
  let lastTop: Work | null = null;
  /** The last figure of its own that named its subject: `Kinh phí của Tiểu dự án 1 ... là X` before `... và Tiểu dự án 7 ... là Y`. */
  let lastNamed: Work | null = null;
  works.forEach((w, k) => {
    while (scopes.length && scopes[scopes.length - 1].end <= w.at) scopes.pop();
    const own = resolveOwnSubject(w, reporter);
    if (scopes.length) {
      const p = scopes[scopes.length - 1].parent;
      if (w.ownSubject && !extendsKey(own.qualified, p.qualified)) scopes.length = 0;
      else {
        w.parent = p;
        w.via = 'listed';
      }
    }
    if (!w.parent && lastTop && lastTop.sentence === w.sentence && implicitPart(lastTop, w)) {
      w.parent = lastTop;
      w.via = 'implicit';
    }
    resolve(w, own, reportYear, lastNamed);
    if (!w.parent && w.ownSubject) lastNamed = w;
    if (!w.parent) lastTop = w;
    else if (lastTop && lastTop.sentence !== w.sentence) lastTop = null;
    const end = listEnd(w.flow.text, w.endAt, sentences, k + 1 < works.length ? works[k + 1].at : null);
    if (end !== null) scopes.push({ parent: w, end });
  });
}

function resolveOwnSubject(w: Work, reporter: OrgRef | null): { text: string; qualified: string } {
  const text = subjectText(w.subject, reporter);
  return { text, qualified: qualifiedKey(text, reporter?.readable ?? null) };
}

/** `X, ngân sách trung ương: A` after a total with no fund named: A is its central-budget part. */
function implicitPart(total: Work, w: Work): boolean {
  if (total.local.fund || total.fallback.fund || total.context.fund) return false;
  if (!w.local.fund || w.ownSubject) return false;
  const m = w.local.measure;
  return !m || !isSpecific(m.value) || measureClass(m.value) === measureClass(total.measure);
}

/**
 * A figure of its own. Its clause decides; then its sentence and headings. A figure that names a new subject
 * with no label words of its own (`... và Tiểu dự án 7 ... là 21.000.000 đồng`) is parallel to the last named
 * one (`Kinh phí của Tiểu dự án 1 ... là 6.595.000.000 đồng`) and reads like it: the fund source of the
 * parts listed in between (`ngân sách đối ứng địa phương: 192.000.000 đồng`) is not its own.
 */
function resolve(w: Work, own: { text: string; qualified: string }, reportYear: number | null, parallel: Work | null): void {
  const p = w.parent;
  if (p) {
    const m = w.local.measure;
    w.measure = m && isSpecific(m.value) ? m.value : p.measure;
    w.fund = w.local.fund?.value ?? p.fund;
    w.capital = w.local.capital?.value ?? p.capital;
    w.period = w.local.period?.period ?? p.period;
    w.subjectText = w.ownSubject ? own.text : p.subjectText;
    w.qualified = w.ownSubject ? own.qualified : p.qualified;
    w.budget = w.budget || p.budget;
  } else if (w.ownSubject && w.afterFigure && !w.local.measure && !w.local.fund && !w.local.capital && parallel) {
    w.parallel = true;
    w.measure = parallel.measure;
    w.fund = parallel.fund;
    w.capital = parallel.capital;
    w.period = w.local.period?.period ?? parallel.period;
    w.subjectText = own.text;
    w.qualified = own.qualified;
  } else {
    w.measure = (w.local.measure ?? w.fallback.measure)?.value ?? w.context.measure ?? 'unknown';
    w.fund = (w.local.fund ?? w.fallback.fund)?.value ?? w.context.fund ?? 'tong';
    w.capital = (w.local.capital ?? w.fallback.capital)?.value ?? null;
    w.period = (w.local.period ?? w.fallback.period)?.period ?? w.context.period ?? (reportYear !== null ? String(reportYear) : '');
    w.subjectText = own.text;
    w.qualified = own.qualified;
  }
  w.label = labelOf(w);
}

/** Longest label kept whole; a longer stretch between the words is cut to the nearest word. */
const LABEL_MAX = 60;

/** The words that gave measure, fund source and capital type, as printed (`Ngân sách TW`, `Tổng nguồn vốn sự nghiệp Ngân sách trung ương`). */
function labelOf(w: Work): string {
  if (w.parallel) return '';
  const all = w.clauseHits.map((h) => ({ start: h.start + w.clauseAt, end: h.end + w.clauseAt }));
  const used = all.length ? all : [w.fallback.measure, w.fallback.fund, w.fallback.capital].filter((h) => h !== null).map((h) => ({ start: h!.start, end: h!.end }));
  if (!used.length) return '';
  let start = Math.min(...used.map((h) => h.start));
  const end = Math.max(...used.map((h) => h.end));
  if (end - start > LABEL_MAX) start = Math.max(...used.map((h) => h.start));
  const before = TOTAL_BEFORE.exec(w.flow.text.slice(Math.max(0, start - 12), start));
  if (before) start -= before[1].length;
  return w.flow.text.slice(start, end).replace(/\s+/gu, ' ').trim();
}
