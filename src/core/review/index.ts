/** The public face of core/review: what the plugin, the command line and the dashboard use. */
export { findClient, mayBeFoundBy } from './clients';
export type { ClientEntry, ClientMatch } from './clients';
export { dayNumber, isDay, localToday } from './days';
export { STATUS_LABEL, describeCadence, firstName, formatDay, plural } from './format';
export { clientKey } from '../names';
export { ProgressDetections, progressPattern, reviewWords } from './progress';
export type { ProgressMatcher, ReviewedWords } from './progress';
export { renderMarkdown } from './render-markdown';
export { buildReview, reviewJson } from './review';
export type { ClientReview, ReviewOptions, ReviewSession, ReviewThread } from './review';
export { hasOwnQuotes, raisedIn, sessionSpan } from './wording';
