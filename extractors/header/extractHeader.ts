import type { Block, Header, Span } from '../../schemas/document.js';
import { isTypeLine, typeCodeOfName } from './typeNames.js';
import { splitSignerTitle, isPersonName, isSignerTitle } from './signature.js';

/**
 * The frame of the report (domain.md §1): issuing body, `Số: 1488/BC-STTTT`, place-and-date line,
 * type line and title, `Kính gửi`, `Nơi nhận`, signature. Pure; never throws; missing parts are null.
 */
const NUMBER_LINE = /^Số\s*:?\s*(\d*)\s*\/\s*([\p{L}\d][\p{L}\d\-–/.]*(?: [\p{Lu}Đ\d][\p{Lu}\d\-–/.]*)*)/u;
const PLACE_DATE = /^([\p{L}][\p{L} .'-]{0,40}?),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/u;
const NATIONAL_MOTTO = /CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập\s*-\s*Tự do/iu;
const KINH_GUI = /^Kính gửi\s*:?\s*/u;
const NOI_NHAN = /^Nơi nhận\s*:?\s*/u;
const HEAD_SCAN = 14;

export function extractHeader(text: string, blocks: Block[]): Header {
  const bt = (b: Block) => text.slice(b.start, b.end);
  const span = (start: number, end: number): Span => ({ start, end, raw: text.slice(start, end) });
  const spans: Record<string, Span> = {};
  const h: Header = {
    number: null, number_raw: null, symbol: null, doc_type_code: null, doc_type_name: null, issuer_code: null,
    issuer_name: null, issuing_body_lines: [], place: null, issued_on: null, issued_year: null, issued_month: null,
    issued_day: null, date_precision: null, title: null, recipients: [], signer_title: null, signer_name: null,
    noi_nhan: [], is_draft: false, spans,
  };
  const head = blocks.slice(0, HEAD_SCAN).filter((b) => b.kind !== 'table');
  let numberIdx = -1;
  let dateIdx = -1;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    const t = bt(b);
    const m = numberIdx < 0 ? NUMBER_LINE.exec(t) : null;
    if (m) {
      numberIdx = i;
      h.number_raw = m[1] || null;
      h.number = m[1] ? parseInt(m[1], 10) : null;
      h.symbol = m[2].replace(/\s+/gu, '').replace(/–/gu, '-');
      const parts = h.symbol.split('-');
      if (parts.length >= 2) { h.doc_type_code = parts[0]; h.issuer_code = parts.slice(1).join('-'); }
      spans.number = span(b.start, b.start + m[0].length);
      continue;
    }
    const d = dateIdx < 0 ? PLACE_DATE.exec(t) : null;
    if (d) {
      dateIdx = i;
      h.place = d[1].trim();
      h.issued_day = d[2] ? parseInt(d[2], 10) : null;
      h.issued_month = parseInt(d[3], 10);
      h.issued_year = parseInt(d[4], 10);
      h.date_precision = h.issued_day ? 'day' : 'month';
      h.issued_on = h.issued_day ? `${h.issued_year}-${pad(h.issued_month)}-${pad(h.issued_day)}` : null;
      spans.date = span(b.start, b.start + d[0].length);
    }
  }
  // issuing body: upper-case lines above the number line, the national motto excluded
  const firstFrame = Math.min(...[numberIdx, dateIdx].filter((x) => x >= 0), head.length);
  for (let i = 0; i < firstFrame; i++) {
    const t = bt(head[i]).trim();
    if (!t || NATIONAL_MOTTO.test(t) || /^-+$/u.test(t)) continue;
    if (t === t.toUpperCase() && t.length <= 120) h.issuing_body_lines.push(t);
  }
  h.issuer_name = h.issuing_body_lines.length ? h.issuing_body_lines.join(' / ') : null;
  // type line and title
  const after = Math.max(numberIdx, dateIdx) + 1;
  for (let i = after; i < head.length; i++) {
    const t = bt(head[i]).trim();
    if (!isTypeLine(t)) continue;
    h.doc_type_name = t;
    h.doc_type_code ??= typeCodeOfName(t);
    spans.type = span(head[i].start, head[i].end);
    const next = head[i + 1];
    if (next && isTitle(bt(next))) {
      h.title = bt(next).trim();
      spans.title = span(next.start, next.end);
    }
    break;
  }
  for (let i = 0; i < head.length; i++) {
    const t = bt(head[i]);
    if (!KINH_GUI.test(t)) continue;
    // `Kính gửi: A` or `Kính gửi:` followed by `- A;` `- B.` lines; a hyphen inside a name (`Lao động - Thương binh`) is not a separator
    const parts = [t.replace(KINH_GUI, '')];
    let end = head[i].end;
    for (let j = i + 1; j < head.length && (head[j].kind === 'list_item' || /^[-–+•]\s/u.test(bt(head[j]))); j++) {
      parts.push(bt(head[j]));
      end = head[j].end;
    }
    h.recipients = parts.flatMap((x) => x.split(/;\s*/u)).map((x) => x.replace(/^[-–+•]\s*/u, '').replace(/[.;,]\s*$/u, '').trim()).filter(Boolean);
    spans.recipients = span(head[i].start, end);
    break;
  }
  extractClose(text, blocks, h, span);
  h.is_draft = h.number === null || (h.issued_year !== null && h.issued_day === null);
  return h;
}

function extractClose(text: string, blocks: Block[], h: Header, span: (s: number, e: number) => Span): void {
  const bt = (b: Block) => text.slice(b.start, b.end).trim();
  let ni = -1;
  for (let i = blocks.length - 1; i >= 0; i--) if (NOI_NHAN.test(bt(blocks[i]))) { ni = i; break; }
  let i = ni >= 0 ? ni : Math.max(0, blocks.length - 30);
  if (ni >= 0) {
    const first = bt(blocks[ni]).replace(NOI_NHAN, '');
    const items: string[] = first ? [first] : [];
    h.spans.noi_nhan = span(blocks[ni].start, blocks[ni].end);
    for (i = ni + 1; i < blocks.length; i++) {
      const t = bt(blocks[i]);
      if (blocks[i].kind !== 'list_item' && !/^[-–+•}]/u.test(t)) break;
      items.push(t);
    }
    h.noi_nhan = items.flatMap((t) => t.split(/\s+(?=-\s)/u)).map((t) => t.replace(/^[-–+•]\s*/u, '').trim()).filter(Boolean);
  }
  const titles: string[] = [];
  let titleStart = -1;
  for (; i < blocks.length; i++) {
    const t = bt(blocks[i]);
    if (blocks[i].kind === 'table') break;
    if (isSignerTitle(t)) {
      if (titleStart < 0) titleStart = blocks[i].start;
      titles.push(...splitSignerTitle(t));
      continue;
    }
    if (titles.length && isPersonName(t)) {
      h.signer_name = t;
      h.spans.signer_name = span(blocks[i].start, blocks[i].end);
      break;
    }
    if (titles.length) break;
  }
  if (titles.length) h.signer_title = titles.join(' / ');
}

/** The trích yếu after the type line: not `Kính gửi`, not the opening of the body (`... như sau:`, `Căn cứ ...`). */
function isTitle(t: string): boolean {
  const s = t.trim();
  return s.length > 0 && s.length <= 400 && !KINH_GUI.test(s) && !/như sau\s*:?\s*$/u.test(s) && !/^(Căn cứ|Phần\s|I\.\s)/u.test(s);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
