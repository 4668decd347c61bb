/** The public face of core/summary: what the plugin, the command line and the dashboard use. */
export { clientSummary } from './client-summary';
export type { ClientSummary, SummaryStep } from './client-summary';
export { renderClientSummary } from './render-client-summary';
