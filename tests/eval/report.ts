/** Renders the evaluation as Markdown (printed and written to out/eval.md). Pure. */
import type { DocEval } from './evaluate.js';
import {
  EVAL_KINDS, F1_TARGETS, INFO_KINDS, pairMismatches, scores,
  type AnyKind, type EvalItem, type Scores,
} from './match.js';
import type { ShapeCounts } from './shapes.js';

const show = (s: string) => s.replace(/\n/g, '⏎');
const cellText = (s: string) => show(s).replace(/\|/g, '\\|');
const f3 = (x: number) => x.toFixed(3);

function sum(evals: DocEval[], kind: AnyKind): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const e of evals) {
    tp += e.results[kind].tp;
    fp += e.results[kind].fp.length;
    fn += e.results[kind].fn.length;
  }
  return scores(tp, fp, fn);
}

function scoreTable(evals: DocEval[], formats: string[], kinds: readonly AnyKind[], graded: boolean): string[] {
  const out = [
    `| kind | format | docs | TP | FP | FN | precision | recall | F1 |${graded ? ' target | |' : ''}`,
    `|---|---|---:|---:|---:|---:|---:|---:|---:|${graded ? '---:|---|' : ''}`,
  ];
  for (const kind of kinds) {
    for (const format of [...formats, 'all']) {
      const rows = evals.filter((e) => format === 'all' || e.format === format);
      if (rows.length === 0) continue;
      const s = sum(rows, kind);
      const target = graded ? F1_TARGETS[kind as keyof typeof F1_TARGETS] : null;
      const verdict = target === null ? '' : ` ${target.toFixed(2)} | ${s.f1 >= target ? 'ok' : '**below**'} |`;
      out.push(`| ${kind} | ${format} | ${rows.length} | ${s.tp} | ${s.fp} | ${s.fn} | ${f3(s.precision)} | ${f3(s.recall)} | ${f3(s.f1)} |${verdict}`);
    }
  }
  return out;
}

function perDocTable(evals: DocEval[]): string[] {
  const kinds = [...EVAL_KINDS, ...INFO_KINDS];
  const out = [`| doc | format | ${kinds.join(' | ')} |`, `|---|---|${kinds.map(() => '---:').join('|')}|`];
  for (const e of evals) {
    const cells = kinds.map((k) => {
      const r = e.results[k];
      const s = scores(r.tp, r.fp.length, r.fn.length);
      return `${f3(s.f1)} (${r.tp}/${r.fp.length}/${r.fn.length})`;
    });
    out.push(`| ${e.doc} | ${e.format}${e.error ? ' ⚠' : ''} | ${cells.join(' | ')} |`);
  }
  return out;
}

function headerSection(evals: DocEval[], formats: string[]): string[] {
  const out: string[] = [];
  for (const format of formats) {
    out.push(`### ${format}`, '');
    const rows = evals.filter((e) => e.format === format && !e.error);
    const diffs = rows.flatMap((e) => e.header.map((d) => `| ${e.doc} | ${d.field} | ${cellText(d.gold)} | ${cellText(d.got)} |`));
    if (diffs.length === 0) out.push(`All header fields equal the gold (${rows.length} documents).`, '');
    else out.push('| doc | field | gold | got |', '|---|---|---|---|', ...diffs, '');
  }
  return out;
}

const at = (x: EvalItem) => `…${show(x.context)}⟨${show(x.raw)}⟩`;

function errorsSection(evals: DocEval[]): string[] {
  const failed = evals.filter((e) => e.error);
  if (failed.length === 0) return [];
  return ['## Files that could not be read', '', ...failed.map((e) => `- ${e.doc}.${e.format}: ${e.error}`), ''];
}

function listingSection(evals: DocEval[], kinds: readonly AnyKind[]): string[] {
  const out: string[] = [];
  for (const e of evals) {
    for (const kind of kinds) {
      const r = e.results[kind];
      if (r.fp.length === 0 && r.fn.length === 0) continue;
      const { mismatches, missed, extra } = pairMismatches(r);
      out.push(`### ${e.doc} · ${e.format} · ${kind} (FN ${r.fn.length}, FP ${r.fp.length})`, '');
      for (const m of mismatches) out.push(`- ≠ ${at(m.gold)} gold: ${m.gold.detail} · got: ${m.pred.detail}`);
      for (const x of missed) out.push(`- FN ${at(x)} (${x.detail})`);
      for (const x of extra) out.push(`- FP ${at(x)} (${x.detail})`);
      out.push('');
    }
  }
  return out.length ? out : ['None: every entity matched on every format.', ''];
}

function shapesSection(shapes: ShapeCounts | null): string[] {
  const out = ['## References in fixtures/public-vn by symbol shape', ''];
  if (!shapes) return [...out, 'Not computed.', ''];
  out.push(`${shapes.files} files, ${shapes.refs} references${shapes.failedFiles.length ? `, ${shapes.failedFiles.length} files unreadable` : ''}.`, '');
  if (shapes.byShape.length) out.push('| shape | references |', '|---|---:|', ...shapes.byShape.map(([s, n]) => `| \`${cellText(s)}\` | ${n} |`), '');
  for (const f of shapes.failedFiles) out.push(`- unreadable: ${f.file}: ${f.error}`);
  return out;
}

export function renderReport(evals: DocEval[], shapes: ShapeCounts | null, when: string): string {
  const formats = [...new Set(evals.map((e) => e.format))];
  const docs = [...new Set(evals.map((e) => e.doc))];
  return [
    `# doisoat evaluation (${when})`,
    '',
    `${docs.length} gold documents (${docs.join(', ')}), formats: ${formats.join(', ')}. ` +
      'Matching is a multiset match per kind: money by (whitespace-normalised raw, value_dong), dates by ' +
      '(raw, iso, precision), references by (raw without spaces, ref_type_name, issued_on).',
    '',
    '## Scores per kind × format',
    '',
    ...scoreTable(evals, formats, EVAL_KINDS, true),
    '',
    'Not graded (for information): quantities by (raw, value, of_total), percents by (raw, value).',
    '',
    ...scoreTable(evals, formats, INFO_KINDS, false),
    '',
    '## Per document: F1 (TP/FP/FN)',
    '',
    ...perDocTable(evals),
    '',
    '## Header fields that differ from gold',
    '',
    ...headerSection(evals, formats),
    ...errorsSection(evals),
    '## False negatives and false positives (graded kinds)',
    '',
    '`≠` = found with the same raw but a different value/type/date; `FN` = missed; `FP` = not in the gold.',
    '',
    ...listingSection(evals, EVAL_KINDS),
    '<details><summary>Not graded: quantities and percents</summary>',
    '',
    ...listingSection(evals, INFO_KINDS),
    '</details>',
    '',
    ...shapesSection(shapes),
  ].join('\n');
}
