// The content pack's check and the partner overlay's: pure, on files already parsed (the host
// reads them: src/hosting/content).
export { checkPack, isCalendarDate, requiredFiles } from './check';
export { contradictionsOf } from './contradictions';
export { containsTerm, glossaryProblems, overlayGlossaryProblems } from './glossary';
export type { Glossary, GlossaryTerm } from './glossary';
export type { Contradiction } from './contradictions';
export { isHttpsUrl } from './urls';
export { checkOverlay, OVERLAY_SETTINGS_FILE } from './overlay';
export type { OverlayCheck, OverlayForm } from './overlay';
export { unsafeMarkdown } from './markdown';
export { formatProblem, formatProblems, problem } from './problems';
export type { PackFiles, Problem } from './problems';
