/** The public face of core/detect: what the plugin, the command line and the dashboard use. */
export { PROPOSED_ROLES, ROLE_LABELS } from './roles';
export type { ProposedRole } from './roles';
export { scanNoteStyle } from './scan';
export type { Detected, DetectedKind, NoteToScan, StyleScan } from './scan';
export { settingsFromProposals, settingsFromScan } from './to-settings';
export type { DetectedSettings } from './to-settings';
