import { foldKey } from './fold.js';
import type { Mention, OrgRef } from './subjectMentions.js';

/**
 * Whose figure it is, built up from the section titles, the list item, and the sentence: an organisation
 * (`Sở Thông tin và Truyền thông`, `huyện Bình Gia`) and a project path (`Dự án 6 › Tiểu dự án 1 › Nội dung 1`).
 * The reporting body itself is implicit: it is left out of the path and stands alone when nothing else does.
 */
export interface SubjectState {
  org: OrgRef | null;
  da: number | null;
  tda: number | null;
  nd: number | null;
  /** The last project seen, kept across an organisation: an inline `Tiểu dự án 1` under `Dự án 6 › Sở ...` is `Dự án 6 › Tiểu dự án 1`. */
  lastDa: number | null;
}

export const SUBJECT_SEP = ' › ';

export const EMPTY_SUBJECT: SubjectState = { org: null, da: null, tda: null, nd: null, lastDa: null };

/** The state after one mention. */
export function applyMention(s: SubjectState, m: Mention): SubjectState {
  switch (m.kind) {
    case 'du_an':
      return { ...s, da: m.da, tda: null, nd: null, lastDa: m.da };
    case 'tieu_du_an': {
      const da = m.da ?? s.da ?? s.lastDa;
      return { ...s, da, tda: m.tda, nd: null, lastDa: da ?? s.lastDa };
    }
    case 'noi_dung':
      return { ...s, nd: m.nd };
    case 'org':
      return { ...s, org: m.org, da: null, tda: null, nd: null };
  }
}

export function hasProject(s: SubjectState): boolean {
  return s.da !== null || s.tda !== null || s.nd !== null;
}

/** `Dự án 6 › Tiểu dự án 1`, `UBND các huyện, thành phố › Dự án 6 › Tiểu dự án 1`, or the reporting body. */
export function subjectText(s: SubjectState, reporter: OrgRef | null): string {
  const parts: string[] = [];
  if (s.org && (!reporter || foldKey(s.org.readable) !== foldKey(reporter.readable))) parts.push(s.org.readable);
  if (s.da !== null) parts.push(`Dự án ${s.da}`);
  if (s.tda !== null) parts.push(`Tiểu dự án ${s.tda}`);
  if (s.nd !== null) parts.push(`Nội dung ${s.nd}`);
  if (!parts.length) return reporter ? reporter.readable : '';
  return parts.join(SUBJECT_SEP);
}

/** Matching key of a subject: `Dự án 6 › Tiểu dự án 1` → `du_an_6/tieu_du_an_1`. */
export function subjectKey(subject: string): string {
  return subject.split(SUBJECT_SEP).map(foldKey).filter((p) => p.length > 0).join('/');
}

const PROJECT_PART = /^(?:du_an|tieu_du_an|noi_dung)_\d+$/u;

/**
 * The key with the reporting body made explicit: a subject that starts with a project (`du_an_1`) belongs to
 * the body that reports it (`huyen_binh_gia/du_an_1`), so a district's `Dự án 1` meets the province's
 * `huyện Bình Gia › Dự án 1`.
 */
export function qualifiedKey(subject: string, reporter: string | null): string {
  const key = subjectKey(subject);
  const rep = reporter ? subjectKey(reporter) : '';
  if (!key) return rep;
  return rep && PROJECT_PART.test(key.split('/')[0]) ? `${rep}/${key}` : key;
}

/** Whether key `inner` lies strictly inside key `outer` (`so_x/du_an_6` inside `so_x`). */
export function extendsKey(inner: string, outer: string): boolean {
  return inner.length > outer.length && inner.startsWith(outer + '/');
}
