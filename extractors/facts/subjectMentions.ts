import { foldChars } from './fold.js';
import { DEPARTMENTS, flexibleSource } from './orgNames.js';
import { execAll } from './execAll.js';
import { outermost } from './outermost.js';
import { matchesIn, PatternSet, type Sites } from './patternSites.js';

/**
 * Who a figure belongs to, as written: `Dự án 6`, `Tiểu dự án 1` (also `Tiêu dự án 1`, `TDA1`),
 * `Tiểu dự án 1 ... thuộc Dự án 10`, `Nội dung số 01`, `Sở Thông tin và Truyền thông`, `UBND các huyện,
 * thành phố`, `UBND huyện Bình Gia` / `Huyện Bình Gia`, `tỉnh Lạng Sơn`. Matching runs on folded text, so
 * case and tone placement do not matter; offsets are those of the input.
 */
export type OrgKind = 'so' | 'ubnd_group' | 'huyen' | 'tinh' | 'thanh_pho' | 'xa';

export interface OrgRef {
  kind: OrgKind;
  /** Readable, canonical spelling: `Sở Thông tin và Truyền thông`, `huyện Bình Gia`. */
  readable: string;
}

export type Mention =
  | { kind: 'du_an'; start: number; end: number; da: number }
  | { kind: 'tieu_du_an'; start: number; end: number; tda: number; da: number | null }
  | { kind: 'noi_dung'; start: number; end: number; nd: number }
  | { kind: 'org'; start: number; end: number; org: OrgRef; /** Named with UBND / Ủy ban nhân dân / Sở, not a bare place name. */ formal: boolean };

const TDA = /(?<![a-z])(?:tieu\s+du\s+an|tda)\s*(?:so\s*)?0*(\d{1,2})(?!\d)/gu;
const DA = /(?<![a-z])du\s+an\s*(?:so\s*)?0*(\d{1,2})(?!\d)/gu;
const ND = /(?<![a-z])noi\s+dung\s*(?:so\s*)?0*(\d{1,2})(?!\d)/gu;
/** `Tiểu dự án 1 Giảm nghèo về thông tin thuộc Dự án 6`: the project a sub-project belongs to, a few words on. */
const BELONGS_TO = /^[^.;]{0,100}?\s(?:thuoc|tai|cua)\s+du\s+an\s*(?:so\s*)?0*(\d{1,2})(?!\d)/u;
const BELONGS_TO_WINDOW = 140;
const UBND = /(?<![a-z])(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+/gu;
const UBND_GROUP = /^cac\s+huyen(?:\s*,\s*thanh\s+pho)?(?![a-z])/u;
const PLACE = /(?<![a-z])(huyen|tinh|thanh\s+pho|xa)\s+/gu;
const SO_NAME = 1;
const SO_ABBR = 2;
const SO = new RegExp(
  String.raw`(?<![a-z])so\s+(?:(${DEPARTMENTS.map((d) => flexibleSource(d.folded)).join('|')})|(${DEPARTMENTS.flatMap((d) => d.abbreviations).join('|')}))(?![a-z])`,
  'gu',
);
/** One word of a proper name: capitalised (`Bình`) or all capitals in a header (`BÌNH`). */
const NAME_WORD = /^[ ]*(\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}+)(?![\p{L}\p{N}])/u;
const NAME_MAX_WORDS = 3;
/** Capitalised words that start a new phrase rather than continue a place name. */
const NAME_STOP = new Set(['sở', 'ubnd', 'ủy', 'uỷ', 'phòng', 'ban', 'báo', 'kế', 'đài', 'trung', 'hội', 'huyện', 'tỉnh', 'xã', 'thành', 'số', 'về', 'theo', 'tại', 'và', 'kính']);

const PLACE_KIND: Record<string, OrgKind> = { huyen: 'huyen', tinh: 'tinh', 'thanh pho': 'thanh_pho', xa: 'xa' };
const PLACE_WORD: Record<OrgKind, string> = { huyen: 'huyện', tinh: 'tỉnh', thanh_pho: 'thành phố', xa: 'xã', so: 'Sở', ubnd_group: 'UBND' };

/** `BÌNH GIA` → `Bình Gia`. */
export function titleCase(name: string): string {
  let t = TITLE_CASED.get(name);
  if (t === undefined) {
    if (TITLE_CASED.size >= TITLE_CASED_MAX) TITLE_CASED.clear();
    TITLE_CASED.set(name, (t = name.toLowerCase().replace(/(^|[ ])(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase())));
  }
  return t;
}

/** Names already cased (places repeat through a report); emptied when full. */
const TITLE_CASED = new Map<string, string>();
const TITLE_CASED_MAX = 10_000;

function departmentOf(foldedName: string | undefined, abbr: string | undefined): string | null {
  const flat = (s: string) => s.replace(/[\s,-]+/gu, ' ').trim();
  if (foldedName) return DEPARTMENTS.find((x) => flat(x.folded) === flat(foldedName))?.readable ?? null;
  if (abbr) return DEPARTMENTS.find((x) => x.abbreviations.includes(abbr))?.readable ?? null;
  return null;
}

/** A place name right after `at` in the original text (`Bình Gia` in `huyện Bình Gia`): readable form and printed length. */
function nameAt(text: string, at: number): { name: string; length: number } | null {
  const words: string[] = [];
  let pos = at;
  while (words.length < NAME_MAX_WORDS) {
    const m = NAME_WORD.exec(text.slice(pos, pos + 30));
    if (!m || NAME_STOP.has(m[1].toLowerCase())) break;
    words.push(m[1]);
    pos += m[0].length;
  }
  return words.length ? { name: titleCase(words.join(' ')), length: pos - at } : null;
}

/** The mention patterns, searched in one scan of the folded text (see patternSites.ts). */
export const MENTION_PATTERNS = [TDA, DA, ND, SO, UBND, PLACE];
const MENTION_SET = new PatternSet(MENTION_PATTERNS);

/**
 * The folded document and its mention sites, for searches of its parts: `findMentions(text, folded, { ...s, offset })`
 * with `folded === s.doc.slice(offset, offset + folded.length)`.
 */
export interface MentionSites {
  doc: string;
  sites: Sites | null;
  offset: number;
}

/** Sites of the folded document, found in `ranges` only (searches must lie inside one of them, see PatternSet.sites). */
export function mentionSites(foldedDoc: string, ranges?: readonly (readonly [number, number])[]): MentionSites {
  return { doc: foldedDoc, sites: MENTION_SET.sites(foldedDoc, ranges), offset: 0 };
}

/** The matches of each mention pattern in `f` (as `matchAll` gives them). */
function mentionMatches(f: string, within: MentionSites | undefined): RegExpExecArray[][] {
  if (within && within.sites) return matchesIn(MENTION_SET, within.sites, within.doc, within.offset, within.offset + f.length, 0, MENTION_PATTERNS.length, f);
  const sites = MENTION_SET.sites(f);
  return sites ? matchesIn(MENTION_SET, sites, f, 0, f.length, 0, MENTION_PATTERNS.length, f) : MENTION_PATTERNS.map((re) => execAll(re, f));
}


/**
 * Every subject mention in `text`, in order; a `thuộc Dự án 10` tail belongs to its sub-project, nested matches
 * are dropped. `folded` is `foldChars(text)` when the caller has it.
 */
export function findMentions(text: string, folded?: string, within?: MentionSites): Mention[] {
  const f = folded ?? foldChars(text);
  const [tdas, das, nds, sos, ubnds, places] = mentionMatches(f, within);
  const out: Mention[] = [];
  for (const m of tdas) {
    const end = m.index + m[0].length;
    const tail = BELONGS_TO.exec(f.slice(end, end + BELONGS_TO_WINDOW));
    out.push({ kind: 'tieu_du_an', start: m.index, end: tail ? end + tail[0].length : end, tda: Number(m[1]), da: tail ? Number(tail[1]) : null });
  }
  for (const m of das) out.push({ kind: 'du_an', start: m.index, end: m.index + m[0].length, da: Number(m[1]) });
  for (const m of nds) out.push({ kind: 'noi_dung', start: m.index, end: m.index + m[0].length, nd: Number(m[1]) });
  for (const m of sos) {
    if (!/^sở$/iu.test(text.slice(m.index, m.index + 2))) continue;
    const name = departmentOf(m[SO_NAME], m[SO_ABBR]);
    if (name) out.push({ kind: 'org', start: m.index, end: m.index + m[0].length, org: { kind: 'so', readable: `Sở ${name}` }, formal: true });
  }
  /** Where a `UBND ` prefix ends → where it starts, for `UBND huyện Bình Gia`. */
  const ubndStarts = new Map<number, number>();
  for (const m of ubnds) {
    const at = m.index + m[0].length;
    const group = UBND_GROUP.exec(f.slice(at));
    if (group) out.push({ kind: 'org', start: m.index, end: at + group[0].length, org: { kind: 'ubnd_group', readable: 'UBND các huyện, thành phố' }, formal: true });
    else ubndStarts.set(at, m.index);
  }
  for (const m of places) {
    const at = m.index + m[0].length;
    const n = nameAt(text, at);
    if (!n) continue;
    const kind = PLACE_KIND[m[1].replace(/\s+/gu, ' ')];
    const formalStart = ubndStarts.get(m.index);
    out.push({
      kind: 'org', start: formalStart ?? m.index, end: at + n.length,
      org: { kind, readable: `${PLACE_WORD[kind]} ${n.name}` }, formal: formalStart !== undefined,
    });
  }
  return outermost(out);
}
