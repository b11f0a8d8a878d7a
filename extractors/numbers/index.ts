export { parseNumber, toNumber, wholePart, type ParsedNumber, type MalformedNumber } from './parseNumber.js';
export { dongInterval, type DongInterval } from './dongInterval.js';
export { parseNumberWords, DIGIT_WORDS } from './numberWords.js';
export { scaleMultiplier, SCALE_MULTIPLIERS } from './scales.js';
export { labelBefore, NUMBER_LABELS } from './labelBefore.js';
export * from './patterns.js';
export * from './textWindow.js';
export { unknownEntity, tidyUnknowns } from './unknowns.js';
