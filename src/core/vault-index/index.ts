/** The vault index: which notes are sessions, their readings kept current, and the clients they group into. */
export { type IndexChange, type IndexOptions, type ReadDepth, sameGrouping, VaultIndex } from './vault-index';
export { isFrontmatterWarning, keepsReading, mayBeSession, mayHoldSession, type NoteHead, reportedWarnings } from './scope';
