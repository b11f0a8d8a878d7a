/**
 * The province and its districts: Lạng Sơn's eleven real districts, then synthetic two-syllable names
 * when more are asked for. Each district is an issuer (`UBND huyện Bình Gia`, header `UBND HUYỆN BÌNH GIA`).
 */
import type { Rng } from './prng.js';
import { upper } from './format.js';

export interface District {
  /** `Bình Gia`, also the place in the date line. */
  name: string;
  /** `huyện` or `thành phố`. */
  level: 'huyện' | 'thành phố';
  /** `UBND huyện Bình Gia`. */
  issuerName: string;
  /** `UBND HUYỆN BÌNH GIA`. */
  headerLine: string;
  /** File name part: `binh-gia`. */
  slug: string;
}

export interface Province {
  name: string;
  issuerName: string;
  headerLine: string;
  districts: District[];
}

export const PROVINCE_NAME = 'Lạng Sơn';
export const REAL_DISTRICTS: readonly { name: string; level: District['level'] }[] = [
  { name: 'Bình Gia', level: 'huyện' }, { name: 'Văn Quan', level: 'huyện' },
  { name: 'Tràng Định', level: 'huyện' }, { name: 'Lộc Bình', level: 'huyện' },
  { name: 'Đình Lập', level: 'huyện' }, { name: 'Cao Lộc', level: 'huyện' },
  { name: 'Văn Lãng', level: 'huyện' }, { name: 'Bắc Sơn', level: 'huyện' },
  { name: 'Chi Lăng', level: 'huyện' }, { name: 'Hữu Lũng', level: 'huyện' },
  { name: 'Lạng Sơn', level: 'thành phố' },
];

const FIRST_SYLLABLES = [
  'An', 'Bảo', 'Bình', 'Cẩm', 'Đông', 'Đức', 'Hà', 'Hải', 'Hòa', 'Hồng', 'Khánh', 'Kim', 'Lâm', 'Long',
  'Mai', 'Minh', 'Mỹ', 'Na', 'Nam', 'Ngọc', 'Phú', 'Phúc', 'Quảng', 'Quế', 'Sơn', 'Tân', 'Thạch', 'Thanh',
  'Thái', 'Tiên', 'Trà', 'Trung', 'Tuy', 'Vạn', 'Vĩnh', 'Xuân', 'Yên',
];
const SECOND_SYLLABLES = [
  'Bằng', 'Châu', 'Dương', 'Điền', 'Định', 'Giang', 'Hà', 'Hiệp', 'Hưng', 'Khê', 'Lạc', 'Lâm', 'Linh',
  'Lợi', 'Lương', 'Mỹ', 'Nguyên', 'Ninh', 'Phong', 'Phước', 'Quang', 'Sơn', 'Tâm', 'Thành', 'Thủy',
  'Thịnh', 'Tiến', 'Trạch', 'Trường', 'Tường', 'Xuyên', 'Yên',
];

/** ASCII slug of a Vietnamese name: `Tràng Định` → `trang-dinh`. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function district(name: string, level: District['level']): District {
  const issuerName = `UBND ${level} ${name}`;
  const slug = level === 'thành phố' ? `thanh-pho-${slugify(name)}` : slugify(name);
  return { name, level, issuerName, headerLine: upper(issuerName), slug };
}

/** `count` districts: the real ones first, then synthetic names drawn without repeats. */
export function makeProvince(count: number, rng: Rng): Province {
  const districts = REAL_DISTRICTS.slice(0, count).map((d) => district(d.name, d.level));
  const taken = new Set(districts.map((d) => d.slug));
  const combos = FIRST_SYLLABLES.flatMap((a) => SECOND_SYLLABLES.filter((b) => b !== a).map((b) => `${a} ${b}`));
  const pool = rng.shuffle(combos);
  for (const name of pool) {
    if (districts.length >= count) break;
    const d = district(name, 'huyện');
    if (taken.has(d.slug)) continue;
    taken.add(d.slug);
    districts.push(d);
  }
  if (districts.length < count) throw new Error(`at most ${districts.length} districts can be named`);
  const issuerName = `UBND tỉnh ${PROVINCE_NAME}`;
  return { name: PROVINCE_NAME, issuerName, headerLine: upper(issuerName), districts };
}

/** `huyện Bình Gia` / `thành phố Lạng Sơn`, as used in running text. */
export function districtPhrase(d: District): string {
  return `${d.level} ${d.name}`;
}
