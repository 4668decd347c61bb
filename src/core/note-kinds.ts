/** Kinds of note the reader must tell apart before anything else reads them. */

/**
 * The frontmatter key that marks the plugin's own exports (reviews, client summaries): they quote the sessions, so
 * reading them as sessions would count everything twice.
 */
export const EXPORT_MARKER = 'coaching-review';
