import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockContexts } from '../../extractors/facts/blockContext.js';
import { docSearch } from '../../extractors/facts/docSearch.js';
import { FlowLabels } from '../../extractors/facts/flowLabels.js';
import { reportingBody } from '../../extractors/facts/reportingBody.js';
import { buildFlows } from '../../extractors/facts/flows.js';
import { capitalHits, fundHits, measureHits } from '../../extractors/facts/labels.js';
import { execAll } from '../../extractors/facts/execAll.js';
import { foldChars } from '../../extractors/facts/fold.js';
import { matchesIn, PatternSet, relaxedSource } from '../../extractors/facts/patternSites.js';
import { findMentions, MENTION_PATTERNS, mentionSites } from '../../extractors/facts/subjectMentions.js';
import { periodHits } from '../../extractors/facts/period.js';
import { sentenceAt, sentenceBounds } from '../../extractors/facts/sentences.js';
import { readTxt } from '../../extractors/readers/txt.js';
import { assemble } from '../../pipeline/assemble.js';

/** Label words, their look-around neighbours, cases, spacing and punctuation. */
const PIECES = [
  'kinh phí', 'Kinh phí', 'KINH PHÍ', 'nguồn kinh phí', 'vốn', 'Vốn', 'nguồn vốn', 'tổng vốn', 'ngân sách', 'Ngân sách', 'NGÂN SÁCH', 'dự toán',
  'trung ương', 'TW', 'NSTW', 'vốn TW', 'tỉnh', 'huyện', 'xã', 'cấp', 'NS', 'đối ứng', 'địa phương', 'NSĐP', 'huy động', 'được', 'đã',
  'xã hội hóa', 'xã hội hoá', 'khác', 'hợp pháp', 'đầu tư phát triển', 'ĐTPT', 'sự nghiệp', 'chi', 'giao', 'bàn', 'chuyển', 'thông', 'nhiệm',
  'kế hoạch', 'số', 'triển khai', 'thực hiện', 'giá trị', 'khối lượng', 'giải ngân', 'phân bổ', 'bố trí', 'nhu cầu', 'đề xuất', 'đề nghị',
  'năm', 'Năm', 'NĂM', '2023', '2021', '2025', '1999', '6', 'tháng', 'đầu', 'cuối', 'giai đoạn', '-', '–', '/', '30/6/', '12',
  ' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', ',', '.', ';', ':', '(', ')', 'a', 'x', 'K', '\u212a', 'ſ', 'ı', '1.200', 'triệu đồng',
];

const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 70 }).map((p) => p.join(''));

function plain(s: string) {
  return { m: measureHits(s), f: fundHits(s), c: capitalHits(s), p: periodHits(s) };
}

function fast(l: FlowLabels, a: number, b: number) {
  return { m: l.measures(a, b), f: l.funds(a, b), c: l.capitals(a, b), p: l.periods(a, b) };
}

describe('FlowLabels equals the plain search of each substring', () => {
  it('random Vietnamese-ish text, every range ends on random offsets', () => {
    fc.assert(fc.property(textArb, fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 12 }), (text, ranges) => {
      const l = new FlowLabels(text);
      for (const [x, y] of ranges) {
        const a = x % (text.length + 1);
        const b = y % (text.length + 1);
        expect(fast(l, a, b)).toEqual(plain(text.slice(a, b)));
      }
    }), { numRuns: 1500 });
  });

  it('every range of a short text (also reversed ones)', () => {
    const text = 'Tổng kinh phí giao năm 2023 (ngân sách TW: 1.200 triệu đồng), kế hoạch 2021 - 2025; bàn giao vốn đối ứng địa phương';
    const l = new FlowLabels(text);
    for (let a = 0; a <= text.length; a++) for (let b = 0; b <= text.length; b += 3) expect(fast(l, a, b)).toEqual(plain(text.slice(a, b)));
  });

  it('a text with a surrogate is searched the plain way', () => {
    const text = 'kinh phí 😀 vốn TW năm 2023';
    const l = new FlowLabels(text);
    for (let a = 0; a <= text.length; a++) expect(fast(l, a, text.length)).toEqual(plain(text.slice(a)));
  });

  it.each(['000_63739cf91234dbc4', '001_157e71765e27d8f0', '002_5400b95413840074', '004_7690d259663c1765'])('seed %s: every flow, each sentence up to each of its words', (name) => {
    const a = assemble(readTxt(new Uint8Array(readFileSync(`fixtures/seeds/${name}.txt`))));
    let found = 0;
    for (const flow of buildFlows(a.text, a.blocks)) {
      const l = new FlowLabels(flow.text);
      for (let at = 0; at <= flow.text.length; at += 7) {
        const s = sentenceAt(sentenceBounds(flow.text), at);
        const got = fast(l, s.start, at);
        expect(got).toEqual(plain(flow.text.slice(s.start, at)));
        found += got.m.length + got.f.length + got.c.length + got.p.length;
      }
    }
    expect(found).toBeGreaterThan(100);
  });
});

describe('relaxedSource', () => {
  it.each([
    [String.raw`(?<![\p{L}\p{N}])(?:vốn|ngân sách)(?![\p{L}\p{N}])`, '(?:vốn|ngân sách)'],
    [String.raw`(?<!(?:bàn|chuyển)\s)giao(?!\s+(?:thông|ban)(?![\p{L}]))`, 'giao'],
    [String.raw`(?:giai\s+đoạn\s+)?(?<!\d)(?<from>(?:19|20)\d{2})[(?)](x)`, String.raw`(?:giai\s+đoạn\s+)?(?:(?:19|20)\d{2})[(?)](?:x)`],
  ])('%s', (src, expected) => {
    expect(relaxedSource(src)).toBe(expected);
  });
});

const MENTION_PIECES = [
  'Dự án', 'dự án', 'DỰ ÁN', 'Tiểu dự án', 'Tiêu dự án', 'TDA', 'tda', 'Nội dung', 'số', ' ', '  ', '\n', '0', '01', '6', '10', '123',
  'Sở', 'SỞ', 'Thông tin và Truyền thông', 'Lao động - Thương binh và Xã hội', 'LĐTBXH', 'TTTT', 'UBND', 'Ủy ban nhân dân', 'các huyện',
  'huyện', 'Huyện', 'tỉnh', 'thành phố', 'xã', 'Bình Gia', 'Lạng Sơn', 'thuộc', ',', '.', ';', ':', 'a', 'x',
];

describe('PatternSet equals a plain search of every pattern', () => {
  it('subject mention patterns on random folded text and substrings', () => {
    const set = new PatternSet(MENTION_PATTERNS);
    fc.assert(fc.property(fc.array(fc.constantFrom(...MENTION_PIECES), { maxLength: 50 }), fc.nat(), fc.nat(), (parts, x, y) => {
      const f = foldChars(parts.join(''));
      const a = x % (f.length + 1);
      const b = Math.max(a, y % (f.length + 1));
      const sites = set.sites(f)!;
      const got = matchesIn(set, sites, f, a, b, 0, MENTION_PATTERNS.length).map((ms) => ms.map((m) => [m.index, ...m]));
      const want = MENTION_PATTERNS.map((re) => execAll(re, f.slice(a, b)).map((m) => [m.index, ...m]));
      expect(got).toEqual(want);
    }), { numRuns: 2000 });
  });
});

describe('searches of a part of the document equal searches of the part alone', () => {
  it('labels and mentions of random parts, through the document sites', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES, ...MENTION_PIECES), { maxLength: 60 }), fc.nat(), fc.nat(), fc.nat(), fc.nat(), (parts, x, y, u, v) => {
      const doc = parts.join('');
      const o = x % (doc.length + 1);
      const part = doc.slice(o, o + (y % (doc.length - o + 1)));
      const a = u % (part.length + 1);
      const b = v % (part.length + 1);
      const alone = fast(new FlowLabels(part), a, b);
      expect(fast(new FlowLabels(doc).within(o), a, b)).toEqual(alone);
      const range = [[o, o + part.length]] as const;
      expect(fast(FlowLabels.inRanges(doc, range).within(o), a, b)).toEqual(alone);
      const folded = foldChars(doc);
      const plainMentions = findMentions(part);
      expect(findMentions(part, folded.slice(o, o + part.length), { ...mentionSites(folded), offset: o })).toEqual(plainMentions);
      expect(findMentions(part, folded.slice(o, o + part.length), { ...mentionSites(folded, range), offset: o })).toEqual(plainMentions);
    }), { numRuns: 1500 });
  });
});

describe('block contexts do not depend on which blocks are searched whole', () => {
  it.each(['000_63739cf91234dbc4', '001_157e71765e27d8f0', '002_5400b95413840074', '004_7690d259663c1765'])('seed %s', (name) => {
    const a = assemble(readTxt(new Uint8Array(readFileSync(`fixtures/seeds/${name}.txt`))));
    const flows = buildFlows(a.text, a.blocks);
    const leadsOnly = blockContexts(a.text, a.blocks, docSearch(a.text, a.blocks, []));
    expect(blockContexts(a.text, a.blocks, docSearch(a.text, a.blocks, flows))).toEqual(leadsOnly);
    expect(leadsOnly.filter((c) => c.lead !== null).length).toBeGreaterThan(1);
  });
});

describe('the reporting body found through the document sites equals the plain search', () => {
  it('seeds, unseen and public-vn texts, with no header issuer (the opening sentence decides)', () => {
    const txts = (dir: string) => readdirSync(dir).filter((x) => x.endsWith('.txt')).sort().map((x) => `${dir}/${x}`);
    let found = 0;
    for (const f of [...txts('fixtures/seeds'), ...txts('fixtures/unseen'), ...txts('fixtures/public-vn').slice(0, 80)]) {
      const a = assemble(readTxt(new Uint8Array(readFileSync(f))));
      const plainBody = reportingBody(null, a.text);
      expect(reportingBody(null, a.text, docSearch(a.text, a.blocks, [], true))).toEqual(plainBody);
      if (plainBody) found++;
    }
    expect(found).toBeGreaterThan(0);
  });
});
