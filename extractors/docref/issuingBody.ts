/**
 * The issuing body after `của`: `của Sở Lao động - Thương binh và Xã hội về việc …` →
 * `Sở Lao động - Thương binh và Xã hội`. Words are taken while they look like part of an agency name:
 * capitalised words and acronyms (`UBND`, `Lạng`), agency phrases written in lower case
 * (`lao động`, `thương binh`, `xã hội`) and place words (`tỉnh`, `huyện`). It stops at anything else:
 * a verb (`thực hiện`, `hướng dẫn`), `về`, punctuation, a footnote mark, a line end.
 */

/** Lower-case two-word phrases that belong to agency names. */
const AGENCY_PHRASES: ReadonlySet<string> = new Set([
  'lao động', 'thương binh', 'xã hội', 'thông tin', 'truyền thông', 'kế hoạch', 'đầu tư', 'tài chính',
  'nội vụ', 'y tế', 'giáo dục', 'đào tạo', 'văn hóa', 'văn hoá', 'thể thao', 'du lịch', 'nông nghiệp',
  'phát triển', 'nông thôn', 'khoa học', 'công nghệ', 'xây dựng', 'giao thông', 'vận tải', 'tư pháp',
  'ngoại vụ', 'công thương', 'tài nguyên', 'môi trường', 'nhân dân', 'dân tộc', 'thành phố', 'thị xã',
  'thị trấn', 'chính phủ', 'thủ tướng', 'trung ương', 'thường trực', 'thường vụ', 'hội đồng', 'ủy ban',
  'uỷ ban', 'chủ tịch', 'giám đốc', 'bộ trưởng', 'quốc hội', 'nhà nước', 'bảo hiểm', 'ngân hàng',
  'chính trị', 'chấp hành', 'bí thư',
]);
/** Lower-case single words that belong to agency names. */
const AGENCY_WORDS: ReadonlySet<string> = new Set(['tỉnh', 'huyện', 'xã', 'quận', 'phường', 'và', 'trưởng']);
/** Words (any case) that start what follows the body: subject, verbs, dates. */
const STOP_PHRASES: ReadonlySet<string> = new Set(['quy định', 'hướng dẫn', 'ban hành', 'triển khai', 'thực hiện', 'phê duyệt']);
const STOP_WORDS: ReadonlySet<string> = new Set(['về', 'v', 'ngày', 'năm', 'số', 'tại', 'theo', 'gửi']);
/** Trailing words that cannot end a name. */
const TRAILING_CONNECTORS: ReadonlySet<string> = new Set(['và']);

const WORD = /\p{L}[\p{L}\p{M}0-9]*/uy;
const GAP = /[^\S\n]+(?:[-–][^\S\n]+)?/uy;

function wordAt(text: string, at: number): string | null {
  WORD.lastIndex = at;
  return WORD.exec(text)?.[0] ?? null;
}

/** The next word after `at` (skipping one gap), lower-cased, for two-word phrases. */
function nextWord(text: string, at: number): string | null {
  GAP.lastIndex = at;
  const gap = GAP.exec(text);
  return gap ? wordAt(text, at + gap[0].length)?.toLowerCase() ?? null : null;
}

/** The body starting at `index` (just after `của `): its end and text, or null when no word qualifies. */
export function readIssuingBody(text: string, index: number): { end: number; value: string } | null {
  let pos = index;
  const ends: { end: number; last: string }[] = [];
  for (;;) {
    const word = wordAt(text, pos);
    if (!word) break;
    const lower = word.toLowerCase();
    const after = pos + word.length;
    const next = nextWord(text, after);
    const pair = next ? `${lower} ${next}` : '';
    if (STOP_WORDS.has(lower) || STOP_PHRASES.has(pair)) break;
    let end = after;
    let last = lower;
    if (AGENCY_PHRASES.has(pair)) {
      GAP.lastIndex = after;
      end = after + (GAP.exec(text)?.[0].length ?? 0) + (next?.length ?? 0);
      last = next ?? lower;
    } else if (!(/^\p{Lu}/u.test(word) || AGENCY_WORDS.has(lower))) break;
    ends.push({ end, last });
    GAP.lastIndex = end;
    const gap = GAP.exec(text);
    if (!gap) break;
    pos = end + gap[0].length;
  }
  while (ends.length > 0 && TRAILING_CONNECTORS.has(ends[ends.length - 1].last)) ends.pop();
  if (ends.length === 0) return null;
  const end = ends[ends.length - 1].end;
  return { end, value: text.slice(index, end) };
}
