/** The step line, read and written in one place: checkbox, Tasks emoji, Dataview fields, ids and owner markers. */
export type { StepStatus, Owner } from './types';
export { isStepStatusChar, statusFromChar, STATUS_CHAR } from './status';
export { parseCheckboxLine, type CheckboxLine } from './parse-line';
export { readStepContent, type StepContext, type StepFacts, type StepHints } from './read';
export { compileOwnerMarkers, findOwnerMarkers, type OwnerMarkers } from './owner';
export { readStepFields, forEachStepField, normaliseFieldKey, type FieldVisitor, type StepField } from './fields';
export { scanTasksEmoji, hasTasksEmoji, type SignVisitor, type TasksScan, type TasksValues } from './tasks-emoji';
export { readTrailingBlockId } from './block-id';
export { openCommentStart } from './comments';
export { cutSpans, SpanCutter, type SpanList } from './spans';
export { withStatus, addDoneDate, removeDoneDate, hasDoneDate, formatStepLine, type StepToWrite, type StepIdStyle } from './write';
