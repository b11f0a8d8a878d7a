/**
 * Provincial departments (Sở) by their folded name and abbreviations, with the readable form used in
 * subjects. Matching runs on folded text (see fold.ts), so case and tone placement do not matter.
 */
export interface DepartmentName {
  /** Folded words of the name, `-` and `,` optional (`lao dong - thuong binh va xa hoi`). */
  folded: string;
  readable: string;
  /** Folded abbreviations after `Sở` (`tttt`, `ldtbxh`). */
  abbreviations: string[];
}

export const DEPARTMENTS: readonly DepartmentName[] = [
  { folded: 'thong tin va truyen thong', readable: 'Thông tin và Truyền thông', abbreviations: ['tttt', 'ttt&t'] },
  { folded: 'lao dong - thuong binh va xa hoi', readable: 'Lao động - Thương binh và Xã hội', abbreviations: ['ldtbxh', 'ldtb&xh', 'ld-tbxh', 'ld-tb&xh', 'ldt bxh'] },
  { folded: 'ke hoach va dau tu', readable: 'Kế hoạch và Đầu tư', abbreviations: ['khdt', 'kh&dt'] },
  { folded: 'tai chinh', readable: 'Tài chính', abbreviations: ['tc'] },
  { folded: 'noi vu', readable: 'Nội vụ', abbreviations: ['nv'] },
  { folded: 'xay dung', readable: 'Xây dựng', abbreviations: ['xd'] },
  { folded: 'y te', readable: 'Y tế', abbreviations: ['yt'] },
  { folded: 'giao duc va dao tao', readable: 'Giáo dục và Đào tạo', abbreviations: ['gddt', 'gd&dt'] },
  { folded: 'nong nghiep va phat trien nong thon', readable: 'Nông nghiệp và Phát triển nông thôn', abbreviations: ['nn&ptnt', 'nnptnt'] },
  { folded: 'tai nguyen va moi truong', readable: 'Tài nguyên và Môi trường', abbreviations: ['tnmt', 'tn&mt'] },
  { folded: 'van hoa, the thao va du lich', readable: 'Văn hóa, Thể thao và Du lịch', abbreviations: ['vhttdl', 'vhtt&dl'] },
  { folded: 'cong thuong', readable: 'Công Thương', abbreviations: ['ct'] },
  { folded: 'giao thong van tai', readable: 'Giao thông vận tải', abbreviations: ['gtvt'] },
  { folded: 'khoa hoc va cong nghe', readable: 'Khoa học và Công nghệ', abbreviations: ['khcn'] },
  { folded: 'tu phap', readable: 'Tư pháp', abbreviations: [] },
  { folded: 'ngoai vu', readable: 'Ngoại vụ', abbreviations: [] },
];

/** `lao dong - thuong binh` → a regex source accepting any spacing around `-` and `,`. */
export function flexibleSource(folded: string): string {
  return folded
    .split(/\s+/u)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('\\s*')
    .replace(/\\s\*-\\s\*/gu, '\\s*-?\\s*')
    .replace(/,/gu, ',?');
}
