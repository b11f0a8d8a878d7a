import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { readDocx } from '../../extractors/readers/docx.js';
it('dump', async () => {
  for (const id of ['000_63739cf91234dbc4', '001_157e71765e27d8f0', '002_5400b95413840074', '004_7690d259663c1765']) {
    const doc = await readDocx(readFileSync(`fixtures/seeds/${id}.docx`));
    writeFileSync(`/tmp/dxdev/${id}.json`, JSON.stringify(doc, null, 1));
    const txt = doc.blocks.map((b) => b.kind === 'table'
      ? 'TABLE\n' + b.rows.map((r) => r.map((c) => c.pieces.map((p) => doc.lines[p.line].text.slice(p.from, p.to)).join(' ') + (c.colspan > 1 ? `{${c.colspan}}` : '')).join(' | ')).join('\n')
      : `[${b.kind}${b.level ?? ''}${b.bold ? ' B' : ''}] ` + b.pieces.map((p) => doc.lines[p.line].text.slice(p.from, p.to)).join(' ')).join('\n');
    writeFileSync(`/tmp/dxdev/${id}.txt`, txt + '\nWARN ' + JSON.stringify(doc.warnings));
  }
});
