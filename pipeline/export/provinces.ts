/**
 * The 63 province-level units (tỉnh, thành phố trực thuộc trung ương) as written before the 2025 merger; the
 * 34 units since 1 July 2025 all keep one of these names. Each has a stable ASCII slug (the partition value)
 * and the spellings seen in text (old and new tone placement fold to the same key, see `foldName`).
 */
export interface Province {
  slug: string;
  name: string;
  /** Other ways the name is written (Bắc Cạn, Kontum, Huế...). */
  aliases?: string[];
}

export const PROVINCES: readonly Province[] = [
  { slug: 'an-giang', name: 'An Giang' },
  { slug: 'ba-ria-vung-tau', name: 'Bà Rịa - Vũng Tàu' },
  { slug: 'bac-giang', name: 'Bắc Giang' },
  { slug: 'bac-kan', name: 'Bắc Kạn', aliases: ['Bắc Cạn'] },
  { slug: 'bac-lieu', name: 'Bạc Liêu' },
  { slug: 'bac-ninh', name: 'Bắc Ninh' },
  { slug: 'ben-tre', name: 'Bến Tre' },
  { slug: 'binh-dinh', name: 'Bình Định' },
  { slug: 'binh-duong', name: 'Bình Dương' },
  { slug: 'binh-phuoc', name: 'Bình Phước' },
  { slug: 'binh-thuan', name: 'Bình Thuận' },
  { slug: 'ca-mau', name: 'Cà Mau' },
  { slug: 'can-tho', name: 'Cần Thơ' },
  { slug: 'cao-bang', name: 'Cao Bằng' },
  { slug: 'da-nang', name: 'Đà Nẵng' },
  { slug: 'dak-lak', name: 'Đắk Lắk' },
  { slug: 'dak-nong', name: 'Đắk Nông' },
  { slug: 'dien-bien', name: 'Điện Biên' },
  { slug: 'dong-nai', name: 'Đồng Nai' },
  { slug: 'dong-thap', name: 'Đồng Tháp' },
  { slug: 'gia-lai', name: 'Gia Lai' },
  { slug: 'ha-giang', name: 'Hà Giang' },
  { slug: 'ha-nam', name: 'Hà Nam' },
  { slug: 'ha-noi', name: 'Hà Nội' },
  { slug: 'ha-tinh', name: 'Hà Tĩnh' },
  { slug: 'hai-duong', name: 'Hải Dương' },
  { slug: 'hai-phong', name: 'Hải Phòng' },
  { slug: 'hau-giang', name: 'Hậu Giang' },
  { slug: 'ho-chi-minh', name: 'Hồ Chí Minh' },
  { slug: 'hoa-binh', name: 'Hòa Bình' },
  { slug: 'hung-yen', name: 'Hưng Yên' },
  { slug: 'khanh-hoa', name: 'Khánh Hòa' },
  { slug: 'kien-giang', name: 'Kiên Giang' },
  { slug: 'kon-tum', name: 'Kon Tum', aliases: ['Kontum'] },
  { slug: 'lai-chau', name: 'Lai Châu' },
  { slug: 'lam-dong', name: 'Lâm Đồng' },
  { slug: 'lang-son', name: 'Lạng Sơn' },
  { slug: 'lao-cai', name: 'Lào Cai' },
  { slug: 'long-an', name: 'Long An' },
  { slug: 'nam-dinh', name: 'Nam Định' },
  { slug: 'nghe-an', name: 'Nghệ An' },
  { slug: 'ninh-binh', name: 'Ninh Bình' },
  { slug: 'ninh-thuan', name: 'Ninh Thuận' },
  { slug: 'phu-tho', name: 'Phú Thọ' },
  { slug: 'phu-yen', name: 'Phú Yên' },
  { slug: 'quang-binh', name: 'Quảng Bình' },
  { slug: 'quang-nam', name: 'Quảng Nam' },
  { slug: 'quang-ngai', name: 'Quảng Ngãi' },
  { slug: 'quang-ninh', name: 'Quảng Ninh' },
  { slug: 'quang-tri', name: 'Quảng Trị' },
  { slug: 'soc-trang', name: 'Sóc Trăng' },
  { slug: 'son-la', name: 'Sơn La' },
  { slug: 'tay-ninh', name: 'Tây Ninh' },
  { slug: 'thai-binh', name: 'Thái Bình' },
  { slug: 'thai-nguyen', name: 'Thái Nguyên' },
  { slug: 'thanh-hoa', name: 'Thanh Hóa' },
  { slug: 'thua-thien-hue', name: 'Thừa Thiên Huế', aliases: ['Huế', 'Thừa Thiên - Huế'] },
  { slug: 'tien-giang', name: 'Tiền Giang' },
  { slug: 'tra-vinh', name: 'Trà Vinh' },
  { slug: 'tuyen-quang', name: 'Tuyên Quang' },
  { slug: 'vinh-long', name: 'Vĩnh Long' },
  { slug: 'vinh-phuc', name: 'Vĩnh Phúc' },
  { slug: 'yen-bai', name: 'Yên Bái' },
];

/** The partition value of documents whose province is not known. */
export const UNKNOWN_PROVINCE = 'unknown';

/** `Thanh Hoá`, `THANH HÓA`, `Thanh  Hoa` → `thanh hoa`: no marks, đ → d, lower case, one space between words. */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐÐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
}

const BY_FOLD: ReadonlyMap<string, Province> = new Map(
  PROVINCES.flatMap((p) => [p.name, ...(p.aliases ?? [])].map((n) => [foldName(n), p] as const)),
);

/** The longest number of words a province name has (`Bà Rịa - Vũng Tàu`). */
export const MAX_NAME_WORDS = 4;

/** The province a name (or the longest leading run of its words) spells, or null. */
export function provinceNamed(words: string): Province | null {
  const parts = foldName(words).split(' ').filter(Boolean);
  for (let n = Math.min(MAX_NAME_WORDS, parts.length); n >= 1; n--) {
    const hit = BY_FOLD.get(parts.slice(0, n).join(' '));
    if (hit) return hit;
  }
  return null;
}
