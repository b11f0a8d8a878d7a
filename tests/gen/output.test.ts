import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../scripts/gen/writers/pdf.js';
import { dong, readCorpus } from './audit.js';
import { runGen } from './run-gen.js';

const made: string[] = [];
async function gen(opts: Parameters<typeof runGen>[0]): Promise<string> {
  const dir = await runGen(opts);
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), root) : [relative(root, join(dir, e.name))]))
    .sort();
}

describe('determinism', () => {
  it('the same arguments give byte-identical files, another seed does not', async () => {
    const opts = { districts: 4, periods: 2, seed: 42, errorsPerDoc: 1, allKinds: true };
    const [a, b, c] = [await gen(opts), await gen(opts), await gen({ ...opts, seed: 43 })];
    const files = listFiles(a);
    expect(listFiles(b)).toEqual(files);
    for (const f of files) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
    expect(readFileSync(join(c, '2023-q1/binh-gia.txt'), 'utf8')).not.toBe(readFileSync(join(a, files.find((f) => f.endsWith('binh-gia.txt'))!), 'utf8'));
  });
});

describe('running again into the same folder', () => {
  it('replaces the earlier reports, leaving no stale supplement behind', async () => {
    const dir = await gen({ districts: 3, periods: 2, seed: 4, errorsPerDoc: 10 });
    expect(listFiles(dir).some((f) => f.endsWith('-bo-sung.txt'))).toBe(true);
    await runGen({ districts: 3, periods: 2, seed: 4, errorsPerDoc: 0, out: dir });
    expect(listFiles(dir).filter((f) => f.includes('-bo-sung'))).toEqual([]);
    expect(listFiles(dir)).toHaveLength(2 * 4 * 2 + 2);
  });
});

describe('a small run: 3 districts, 1 period', () => {
  it('writes one txt and one docx per district, a province report, the ground truth and the manifest', async () => {
    const dir = await gen({ districts: 3, periods: 1, seed: 1, errorsPerDoc: 0 });
    const period = readdirSync(dir).find((f) => /^\d{4}-/.test(f))!;
    expect(period).toMatch(/^2023-(q1|h1|nam)$/);
    const names = ['binh-gia', 'province', 'trang-dinh', 'van-quan'];
    expect(listFiles(dir)).toEqual([
      ...names.flatMap((n) => [`${period}/${n}.docx`, `${period}/${n}.txt`]),
      'ground_truth.json', 'manifest.json',
    ]);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.pdf).toEqual({ status: 'not_requested' });
    expect(manifest.files).toHaveLength(8);
    const text = readFileSync(join(dir, period, 'binh-gia.txt'), 'utf8');
    const entry = manifest.files.find((f: { file: string }) => f.file === `${period}/binh-gia.txt`);
    expect(entry.issuer.header_line).toBe('UBND HUYỆN BÌNH GIA');
    expect(text.startsWith('UBND HUYỆN BÌNH GIA\n')).toBe(true);
    expect(text).toContain(`\nSố: ${entry.number}/BC-UBND\n`);
    const [y, m, d] = entry.date.split('-');
    expect(text).toContain(`\nBình Gia, ngày ${d} tháng ${Number(m) <= 2 ? m : Number(m)} năm ${y}\n`);
    expect(text).toMatch(/\nSTT\tNội dung\tĐơn vị tính\tTổng số\t\tNăm 2022\t\tNăm 2023\t\tGhi chú\n\t\t\tKế hoạch\tThực hiện\tKế hoạch\tThực hiện\tKế hoạch\tThực hiện\t\n/);
    expect(text).toMatch(/\tTổng cộng\tTriệu đồng\t/);
    expect(text).toMatch(/Tổng kinh phí Tiểu dự án 1 năm 2023: [\d.,]+ (triệu )?đồng, trong đó ngân sách trung ương: [\d.,]+ (triệu )?đồng, ngân sách địa phương: [\d.,]+ (triệu )?đồng\. Kết quả giải ngân: [\d.,]+ (triệu )?đồng, đạt [\d,]+%/);
  });
});

describe('province totals', () => {
  it('equal the sums of the district reports, sub-project by sub-project, in text and table', async () => {
    const dir = await gen({ districts: 6, periods: 3, seed: 11, errorsPerDoc: 0 });
    const docs = readCorpus(dir);
    const folders = [...new Set(docs.map((d) => d.doc.split('/')[0]))];
    expect(folders).toHaveLength(3);
    for (const folder of folders) {
      const province = docs.find((d) => d.doc === `${folder}/province`)!;
      const districts = docs.filter((d) => d.doc.startsWith(`${folder}/`) && d !== province);
      expect(districts).toHaveLength(6);
      const table = province.tables[0];
      const total = table.rows.at(-1)!;
      expect(total[1]).toBe('Tổng cộng');
      for (const [i, short] of ['Tiểu dự án 1', 'Tiểu dự án 2', 'Dự án 7'].entries()) {
        const sentence = (text: string, province: boolean) =>
          new RegExp(`Tổng kinh phí ${short} năm \\d{4}${province ? ' toàn tỉnh' : ''}: ([\\d.,]+) (triệu đồng|đồng)[^\\n]*?Kết quả giải ngân: ([\\d.,]+) (triệu đồng|đồng)`).exec(text)!;
        const sums = districts.map((d) => sentence(d.text, false)).reduce(
          (acc, m) => [acc[0] + dong(m[1], m[2]), acc[1] + dong(m[3], m[4])], [0, 0]);
        const p = sentence(province.text, true);
        expect([dong(p[1], p[2]), dong(p[3], p[4])]).toEqual(sums);
        // table: the sub-project's Kế hoạch / Thực hiện pair of the Tổng cộng row
        expect([dong(total[4 + 2 * i], 'triệu đồng'), dong(total[5 + 2 * i], 'triệu đồng')]).toEqual(sums);
      }
    }
  });
});

describe('pdf', () => {
  it('without LibreOffice, PDFs are skipped with a warning and the manifest says so', async () => {
    const warnings: string[] = [];
    const dir = await gen({ districts: 2, periods: 1, seed: 2, errorsPerDoc: 1, formats: ['txt', 'docx', 'pdf'], soffice: null, warn: (m) => warnings.push(m) });
    expect(warnings).toEqual(['gen: soffice not found, PDFs skipped']);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.pdf).toEqual({ status: 'skipped', reason: 'soffice (LibreOffice) not found' });
    expect(listFiles(dir).filter((f) => f.endsWith('.pdf'))).toEqual([]);
    const gt = JSON.parse(readFileSync(join(dir, 'ground_truth.json'), 'utf8')) as { file: string }[];
    expect(gt.length).toBeGreaterThan(0);
    expect(new Set(gt.map((e) => e.file.split('.').pop()))).toEqual(new Set(['txt', 'docx']));
  });

  it('finds soffice only where PATH says', () => {
    expect(findSoffice('/nonexistent-a:/nonexistent-b')).toBeNull();
  });
});

describe('docx', () => {
  it('comes back through mammoth with the text, bold headings and the merged Tổng số header', async () => {
    const dir = await gen({ districts: 2, periods: 1, seed: 5, errorsPerDoc: 0 });
    const period = readdirSync(dir).find((f) => /^\d{4}-/.test(f))!;
    const buffer = readFileSync(join(dir, period, 'van-quan.docx'));
    const { value: html, messages } = await mammoth.convertToHtml({ buffer });
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(html).toContain('<p><strong>UBND HUYỆN VĂN QUAN</strong></p>');
    // the header rows repeat on each page (w:tblHeader), so mammoth gives them as <thead> / <th>
    expect(html.match(/<th colspan="2"><p><strong>Tổng số<\/strong><\/p><\/th>/g)).toHaveLength(2);
    expect(html).toContain('<th colspan="2"><p><strong>Năm 2022</strong></p></th>');
    expect(html).toContain('<th><p><strong>Kế hoạch</strong></p></th><th><p><strong>Thực hiện</strong></p></th>');
    const txt = readFileSync(join(dir, period, 'van-quan.txt'), 'utf8');
    const { value: raw } = await mammoth.extractRawText({ buffer });
    const words = (s: string) => s.normalize('NFC').split(/\s+/).filter(Boolean);
    expect(words(raw)).toEqual(words(txt));
  });
});
