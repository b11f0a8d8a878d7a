import { foldChars } from './fold.js';
import { findMentions, type MentionSites, type OrgRef } from './subjectMentions.js';

/** How far into the text the `<body> báo cáo ...` sentence is looked for. */
export const BODY_WINDOW = 6000;
const REPORTS = /^\s*(?:xin\s+)?bao\s+cao(?![a-z])/u;

/**
 * The body that reports: from the issuing-body lines of the header (`UBND HUYỆN BÌNH GIA` → `huyện Bình Gia`;
 * the last line names the issuer, `UBND TỈNH ... / SỞ ...` → the Sở), else from the sentence that opens the
 * body (`Sở Thông tin và Truyền thông báo cáo kết quả ...`, `Ủy ban Nhân dân huyện Phong Thổ báo cáo ...`).
 * `search`: the folded text and its mention sites (covering the first BODY_WINDOW characters), when the caller has them.
 */
export function reportingBody(issuerName: string | null, text: string, search?: { folded: string; mentions: MentionSites }): OrgRef | null {
  if (issuerName) {
    const orgs = issuerName.split(' / ').flatMap((line) => findMentions(line).filter((m) => m.kind === 'org'));
    const last = orgs.pop();
    if (last && last.kind === 'org') return last.org;
  }
  const head = text.slice(0, BODY_WINDOW);
  const foldedHead = search ? search.folded.slice(0, BODY_WINDOW) : foldChars(head);
  for (const m of findMentions(head, foldedHead, search ? { ...search.mentions, offset: 0 } : undefined)) {
    if (m.kind === 'org' && REPORTS.test(foldedHead.slice(m.end, m.end + 20))) return m.org;
  }
  return null;
}
