import { provinceNamed, UNKNOWN_PROVINCE, type Province } from './provinces.js';

/**
 * Stage (pure): the province a document belongs to, for partitioning. In order of trust:
 * 1. the issuing-body lines above `CỘNG HÒA ...` and `Số:` (`UBND TỈNH LẠNG SƠN`, `UBND THÀNH PHỐ HÀ NỘI`);
 * 2. the place of the place-and-date line, when it names a province (`Lạng Sơn, ngày ...`);
 * 3. the province the body names most often as `tỉnh X` (a district report: `... của UBND tỉnh Lạng Sơn`).
 * Only names in the list of provinces count (`tỉnh Vân Nam` is not one); otherwise `unknown`.
 */
export interface ProvinceInput {
  issuer_name: string | null;
  place: string | null;
  text: string;
}

export interface ProvinceFound {
  /** Partition value: the province's slug, or `unknown`. */
  tinh: string;
  name: string | null;
  from: 'issuer' | 'place' | 'body' | null;
}

/** How far into the text the issuing-body lines may reach. */
const HEADER_CHARS = 400;
/** The issuing-body lines end where the national motto or the `Số:` line begins. */
const HEADER_END = /C[ỘO]NG\s+H[ÒOÓ]A\s+X[ÃA]\s+H[ỘO]I|(?<![\p{L}])Số\s*:/iu;
/** A capitalised name of up to five words after its unit word; group 1 is the name. */
const NAME = String.raw`(\p{Lu}\p{L}*(?:(?:[^\S\n]*-[^\S\n]*|[^\S\n]+)\p{Lu}\p{L}*){0,4})`;
const HEADER_UNIT = new RegExp(String.raw`(?<![\p{L}])(?:TỈNH|[Tt]ỉnh|THÀNH[^\S\n]+PHỐ|[Tt]hành[^\S\n]+phố|TP\.?)[^\S\n]+${NAME}`, 'gu');
const BODY_UNIT = new RegExp(String.raw`(?<![\p{L}])(?:tỉnh|Tỉnh|TỈNH)[^\S\n]+${NAME}`, 'gu');
const NAME_GROUP = 1;

export function provinceOf(doc: ProvinceInput): ProvinceFound {
  const text = doc.text.normalize('NFC');
  const head = text.slice(0, HEADER_CHARS).split(HEADER_END)[0];
  for (const area of [doc.issuer_name?.normalize('NFC') ?? '', head]) {
    for (const m of area.matchAll(HEADER_UNIT)) {
      const p = provinceNamed(m[NAME_GROUP]);
      if (p) return found(p, 'issuer');
    }
  }
  const atPlace = doc.place ? provinceNamed(doc.place) : null;
  if (atPlace && sameWordCount(atPlace, doc.place!)) return found(atPlace, 'place');
  const counts = new Map<Province, number>();
  for (const m of text.matchAll(BODY_UNIT)) {
    const p = provinceNamed(m[NAME_GROUP]);
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  let best: Province | null = null;
  for (const [p, n] of counts) if (!best || n > counts.get(best)!) best = p; // ties: the first named
  return best ? found(best, 'body') : { tinh: UNKNOWN_PROVINCE, name: null, from: null };
}

function found(p: Province, from: ProvinceFound['from']): ProvinceFound {
  return { tinh: p.slug, name: p.name, from };
}

/** The place must be the province's name itself, not a longer district name that starts with it. */
function sameWordCount(p: Province, place: string): boolean {
  const words = (s: string) => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
  return [p.name, ...(p.aliases ?? [])].some((n) => words(n) === words(place));
}
