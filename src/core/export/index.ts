/** The public face of core/export: what the plugin, the command line and the dashboard use. */
export { chooseExportPath, exportFileName, exportNoteText } from './export-note';
export type { ExportKind } from './export-note';
export { safeFolder } from './file-names';
export { DEFAULT_SESSION_TEMPLATE, buildNewSessionNote, newSessionPath } from './new-session';
