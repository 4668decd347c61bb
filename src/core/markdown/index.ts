/** The public face of core/markdown: what the plugin, the command line and the dashboard use. */
export { CONTROL_CHARACTERS } from './inert-markdown';
export type { FrontmatterBlock, MarkdownDocument } from './types';
