/** The vault index: which notes are sessions, their readings kept current, and the clients they group into. */
export { type IndexChange, type IndexOptions, VaultIndex } from './vault-index';
export { isFrontmatterWarning, keepsReading, mayBeSession, type NoteHead, reportedWarnings } from './scope';
