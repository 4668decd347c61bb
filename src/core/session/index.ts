/** The public face of core/session: what the plugin, the command line and the dashboard use. */
export type { Frontmatter } from './frontmatter-fields';
export { withoutUnreadableFields } from './frontmatter-shape';
export { parseNote, readNoteBody } from './parse-note';
export type { ParsedFrontmatter, ParsedNote } from './parse-note';
export { readSession } from './read-session';
export { compileRules } from './rules';
export type { ReadingRules } from './rules';
export type { SessionReading, StepStatus, Warning } from './types';
export { sessionLikeness, UNNAMED_SESSIONS, unnamedSessionWarnings } from './unnamed-sessions';
export type { SessionLikeness } from './unnamed-sessions';
