export { extractFacts, type ExtractedFacts } from './extractFacts.js';
export { reportingBody } from './reportingBody.js';
export { findMentions, type Mention, type OrgRef, type OrgKind } from './subjectMentions.js';
export { subjectKey, qualifiedKey, extendsKey, SUBJECT_SEP } from './subject.js';
export { foldKey, foldChars } from './fold.js';
export { measureClass, type MeasureClass } from './measureClass.js';
