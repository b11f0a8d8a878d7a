/**
 * Checks of the hand-made gold files themselves (not of any extractor):
 * every entry is found in its text, in document order, preceded by its context; values follow
 * /tmp/conventions (recomputed here from the raw); a raw is annotated exactly as often as it
 * stands in the text as a token, unless it lies inside another gold entry or is a declared exclusion.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { goldText, listGoldFiles, loadGold, sourceDirOf, type GoldFile } from '../eval/gold.js';

const KINDS = ['amounts', 'dates', 'doc_refs', 'quantities', 'percents'] as const;
type Kind = (typeof KINDS)[number];

/** How many entries each gold file should hold (counted when it was written); catches lost or doubled entries. */
const EXPECTED_COUNTS: Record<string, Record<Kind, number>> = {
  '000_63739cf91234dbc4': { amounts: 14, dates: 34, doc_refs: 13, quantities: 2, percents: 0 },
  '001_157e71765e27d8f0': { amounts: 12, dates: 170, doc_refs: 57, quantities: 41, percents: 2 },
  '002_5400b95413840074': { amounts: 9, dates: 26, doc_refs: 5, quantities: 4, percents: 1 },
  '004_7690d259663c1765': { amounts: 0, dates: 25, doc_refs: 4, quantities: 25, percents: 10 },
  '100_binhgia_giamngheo_2023': { amounts: 28, dates: 50, doc_refs: 11, quantities: 26, percents: 7 },
  // fixtures/heldout: real texts from fixtures/public-vn, annotated blind (before any extractor ran on them).
  '17a5f80bab4841da': { amounts: 138, dates: 20, doc_refs: 32, quantities: 5, percents: 0 },
  '7be157f921ad56af': { amounts: 33, dates: 7, doc_refs: 15, quantities: 0, percents: 5 },
  '879553949728a7dc': { amounts: 21, dates: 8, doc_refs: 27, quantities: 0, percents: 0 },
};

/**
 * Token occurrences of a raw that are deliberately NOT gold entries (and lie inside no other entry),
 * with the reason. Everything else that reads like an annotated raw must be annotated.
 */
const EXCLUSIONS: Record<string, Record<string, { count: number; why: string }>> = {
  '004_7690d259663c1765': { '2049/BC-UBND': { count: 1, why: 'the report\'s own `Số: 2049/BC-UBND` line is not a reference' } },
  '100_binhgia_giamngheo_2023': { '245/BC-UBND': { count: 1, why: 'the report\'s own `Số: 245/BC-UBND` line is not a reference' } },
};

const SUPERSCRIPT = /[¹²³⁴⁵⁶⁷⁸⁹⁰]/u;
const WORDCHAR = /[\p{L}\p{N}]/u;

interface Located { kind: Kind; raw: string; start: number; end: number }

/** Find each entry's `context + raw` after the previous entry of the same kind; null when missing. */
function locate(text: string, kind: Kind, entries: { raw: string; context: string }[]): (Located | null)[] {
  let from = 0;
  return entries.map((e) => {
    const i = text.indexOf(e.context + e.raw, Math.max(0, from - e.context.length));
    if (i < 0) return null;
    const start = i + e.context.length;
    if (start < from) return null;
    from = start + e.raw.length;
    return { kind, raw: e.raw, start, end: from };
  });
}

/** Offsets where `raw` stands as a token (not glued to a letter, digit or number separator). */
function tokenOccurrences(text: string, raw: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(raw); i >= 0; i = text.indexOf(raw, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + raw.length] ?? ' ';
    if (WORDCHAR.test(before) || /[.,/]/.test(before)) continue;
    if (WORDCHAR.test(after) && !SUPERSCRIPT.test(after)) continue;
    out.push(i);
  }
  return out;
}

// ---------------------------------------------------------------- independent value parsers

const UNIT_EXPONENT: Record<string, number> = { 'đồng': 0, 'nghìn đồng': 3, 'triệu đồng': 6, 'tỷ đồng': 9 };
/** number, unit, optional `/per` of a rate (`40 triệu đồng/hộ`). */
const MONEY_RAW = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))? (đồng|nghìn đồng|triệu đồng|tỷ đồng)(?:\/(\p{L}+(?:\/\p{L}+)*))?$/u;

function moneyOf(raw: string): { value: bigint; min: bigint; max: bigint; per: string | undefined } | null {
  const m = MONEY_RAW.exec(raw);
  if (!m) return null;
  const intPart = m[1].replaceAll('.', '');
  const dec = m[2] ?? '';
  const exp = UNIT_EXPONENT[m[3]];
  if (dec.length > exp) return null;
  const step = 10n ** BigInt(exp - dec.length); // đồng per unit of the last printed digit
  const value = BigInt(intPart + dec) * step;
  const per = m[4];
  if (exp === 0) return { value, min: value, max: value, per };
  return { value, min: value - step / 2n, max: value + step / 2n, per };
}

const pad2 = (s: string) => s.padStart(2, '0');
function dateOf(printed: string): { iso: string; precision: string } | null {
  const raw = printed.replace(/\s+/gu, ' '); // a date broken over two lines (heldout 879…: `ngày 20⏎tháng 11 năm 2025`)
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw))) return { iso: `${m[3]}-${pad2(m[2])}-${pad2(m[1])}`, precision: 'day' };
  if ((m = /^ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/u.exec(raw))) return { iso: `${m[3]}-${pad2(m[2])}-${pad2(m[1])}`, precision: 'day' };
  if ((m = /^tháng (\d{1,2})(?: năm |\/)(\d{4})$/u.exec(raw))) return { iso: `${m[2]}-${pad2(m[1])}`, precision: 'month' };
  if ((m = /^Quý ([1-4])\/(\d{4})$/u.exec(raw))) return { iso: `${m[2]}-Q${m[1]}`, precision: 'quarter' };
  if ((m = /^6 tháng (đầu|cuối) năm (\d{4})$/iu.exec(raw))) return { iso: `${m[2]}-H${m[1].toLowerCase() === 'đầu' ? 1 : 2}`, precision: 'half_year' };
  if ((m = /^(?:năm|Năm|NĂM) (\d{4})$/u.exec(raw))) return { iso: m[1], precision: 'year' };
  if ((m = /^(\d{4}) ?[-–] ?(\d{4})$/u.exec(raw))) return { iso: `${m[1]}/${m[2]}`, precision: 'range' };
  return null;
}

function isValidDay(iso: string): boolean {
  const [y, mo, d] = iso.split('-').map(Number);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

function numberOf(s: string): { value: number; decimals: number } {
  const [i, d = ''] = s.split(',');
  return { value: Number(i.replaceAll('.', '') + (d ? `.${d}` : '')), decimals: d.length };
}

/** The `ngày <date>` printed right after a reference, as ISO; null when none follows. */
const DATE_AFTER_REF = /^\s*ngày\s+(?:(\d{1,2})\/(\d{1,2})\/(\d{4})|(\d{1,2}) tháng (\d{1,2}) năm (\d{4}))/u;
function dateAfter(text: string, end: number): string | null {
  const m = DATE_AFTER_REF.exec(text.slice(end, end + 40));
  if (!m) return null;
  return m[1] ? `${m[3]}-${pad2(m[2])}-${pad2(m[1])}` : `${m[6]}-${pad2(m[5])}-${pad2(m[4])}`;
}

const REF_TYPE_NAMES = ['Công văn', 'Kế hoạch', 'Quyết định', 'Thông tư', 'Nghị quyết', 'Tờ trình', 'Báo cáo', 'Nghị định', 'Hướng dẫn', 'Chỉ thị', 'Thông báo', 'Luật', 'Kết luận'];

// ---------------------------------------------------------------- the checks

const files = listGoldFiles().map((path) => {
  const gold: GoldFile = loadGold(path);
  const dir = sourceDirOf(gold.doc);
  const text = dir ? goldText(readFileSync(join(dir, `${gold.doc}.txt`), 'utf8')) : '';
  return { path, stem: basename(path, '.json'), gold, dir, text };
});

describe('gold files', () => {
  it('exist for the four seeds, the unseen report and the held-out texts, each mapped to its text', () => {
    expect(files.map((f) => f.stem)).toEqual(Object.keys(EXPECTED_COUNTS).sort());
    for (const f of files) {
      expect(f.gold.doc, f.path).toBe(f.stem);
      expect(f.dir, `${f.stem}: no <stem>.txt in fixtures/seeds, fixtures/unseen or fixtures/heldout`).not.toBeNull();
    }
  });
});

describe.each(files)('$stem', ({ stem, gold, text }) => {
  const located = new Map<Kind, (Located | null)[]>(KINDS.map((k) => [k, locate(text, k, gold[k])]));
  const all = [...located.values()].flat().filter((x): x is Located => x !== null);

  it('has the intended number of entries per kind', () => {
    const counts = Object.fromEntries(KINDS.map((k) => [k, gold[k].length]));
    expect(counts).toEqual(EXPECTED_COUNTS[stem]);
  });

  it.each(KINDS)('%s: every raw stands in the text after its context, in document order', (kind) => {
    const missing = gold[kind].filter((_, i) => located.get(kind)![i] === null).map((e) => `${e.context}⟨${e.raw}⟩`);
    expect(missing).toEqual([]);
    for (const e of gold[kind]) {
      expect(e.raw, 'no Markdown residue').not.toMatch(/\*\*|^#/);
      expect(e.raw).toBe(e.raw.trim());
      expect(e.context.length).toBeLessThanOrEqual(40);
    }
  });

  it('annotates every token occurrence of each raw (none missed, none doubled)', () => {
    const problems: string[] = [];
    const raws = new Set(all.map((x) => x.raw));
    for (const raw of raws) {
      const occ = tokenOccurrences(text, raw);
      const inside = occ.filter((i) => all.some((x) => x.start <= i && i + raw.length <= x.end && !(x.start === i && x.raw === raw)));
      const annotated = all.filter((x) => x.raw === raw).length;
      const excluded = EXCLUSIONS[stem]?.[raw]?.count ?? 0;
      if (occ.length - inside.length !== annotated + excluded) {
        problems.push(`${JSON.stringify(raw)}: ${occ.length} token occurrences, ${inside.length} inside other entries, ${annotated} annotated, ${excluded} excluded`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('amounts: value and interval recomputed from the raw', () => {
    for (const a of gold.amounts) {
      const v = moneyOf(a.raw);
      expect(v, a.raw).not.toBeNull();
      expect({ raw: a.raw, value: a.value_dong, min: a.min_dong, max: a.max_dong, per: a.per }).toEqual({
        raw: a.raw, value: String(v!.value), min: String(v!.min), max: String(v!.max), per: v!.per,
      });
      expect([null, 'khoang', 'tren', 'hon', 'gan', 'duoi', 'du_kien', 'du_uoc', 'toi_da', 'toi_thieu']).toContain(a.qualifier);
    }
  });

  it('dates: iso and precision recomputed from the raw; days exist', () => {
    for (const d of gold.dates) {
      expect({ raw: d.raw, ...dateOf(d.raw) }).toEqual({ raw: d.raw, iso: d.iso, precision: d.precision });
      if (d.precision === 'day') expect(isValidDay(d.iso), d.raw).toBe(true);
    }
  });

  it('doc_refs: issued_on is the `ngày <date>` printed right after the reference (null when none)', () => {
    const refs = located.get('doc_refs')!;
    gold.doc_refs.forEach((r, i) => {
      const at = refs[i];
      if (!at) return; // reported by the location test
      expect({ raw: r.raw, issued_on: r.issued_on }).toEqual({ raw: r.raw, issued_on: dateAfter(text, at.end) });
      expect(REF_TYPE_NAMES).toContain(r.ref_type_name);
      expect(r.raw).toMatch(/^\d+(?:\s*\/\s*|-)[\p{L}\d\s/-]+$/u);
    });
  });

  it('percents and quantities: values recomputed from the raw', () => {
    for (const p of gold.percents) {
      const m = /^([\d.,]+)%$/.exec(p.raw);
      expect(m, p.raw).not.toBeNull();
      expect({ raw: p.raw, ...numberOf(m![1]) }).toEqual({ raw: p.raw, value: p.value, decimals: p.decimals });
    }
    for (const q of gold.quantities) {
      const ratio = /^(\d+)\/(\d+) (.+)$/u.exec(q.raw);
      if (ratio) {
        expect({ raw: q.raw, value: q.value, of_total: q.of_total, unit: q.unit }).toEqual({ raw: q.raw, value: Number(ratio[1]), of_total: Number(ratio[2]), unit: ratio[3] });
      } else {
        const m = /^([\d.,]+) (.+)$/u.exec(q.raw);
        expect(m, q.raw).not.toBeNull();
        expect({ raw: q.raw, value: q.value, of_total: q.of_total, unit: q.unit }).toEqual({ raw: q.raw, value: numberOf(m![1]).value, of_total: null, unit: m![2] });
      }
    }
  });

  it('header: printed parts stand in the text', () => {
    const h = gold.header;
    const flat = text.replace(/#+ /g, '').replace(/\s+/g, ' ');
    if (h.symbol === null) {
      // A text without an administrative header (a Q&A article): every header field is empty.
      expect(flat).not.toMatch(/(?:^| )Số: ?\d*\/?[\p{Lu}Đ]/u);
      expect(Object.entries(h).filter(([k, v]) => k !== 'recipients' && k !== 'is_draft' && v !== null)).toEqual([]);
      expect([h.recipients, h.is_draft]).toEqual([[], false]);
      return;
    }
    if (h.title) expect(flat).toContain(h.title);
    if (h.issuer_name) for (const part of h.issuer_name.split(' / ')) expect(text).toMatch(new RegExp(`^${part}\\s*$`, 'mu'));
    if (h.signer_name) expect(text).toMatch(new RegExp(`^${h.signer_name}$`, 'mu'));
    if (h.signer_title) for (const part of h.signer_title.split(' / ')) expect(text).toMatch(new RegExp(`^${part.replace('.', '\\.')}\\s*$`, 'mu'));
    if (h.doc_type_name) expect(text).toMatch(new RegExp(`^(?:#+ )?${h.doc_type_name}$`, 'mu'));
    // A normative decision carries the year between number and symbol (`Số: 44/2025/QĐ-CTUBND`).
    expect(flat).toMatch(new RegExp(`Số: ${h.number ?? ''}/(?:${h.issued_year}/)?${h.symbol}`, 'u'));
    expect(h.symbol).toBe(`${h.doc_type_code}-${h.issuer_code}`);
    const dateLine = h.issued_day === null
      ? `${h.place}, ngày tháng ${h.issued_month} năm ${h.issued_year}`
      : `${h.place}, ngày ${String(h.issued_day).padStart(2, '0')} tháng ${h.issued_month} năm ${h.issued_year}`;
    expect(flat).toContain(dateLine);
    expect(h.is_draft).toBe(h.number === null || h.issued_day === null);
    for (const r of h.recipients) expect(flat).toContain(`Kính gửi: ${r}`);
    if (h.recipients.length === 0) expect(text).not.toContain('Kính gửi');
  });
});
