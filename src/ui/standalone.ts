import type { ClientReview } from '../core/review';
import { clientSummary } from '../core/summary';
import { renderClientSummaryPage } from './client-summary';
import { renderDashboard } from './dashboard';
import { escapeHtml, toHtml } from './to-html';

/** Obsidian's theme variables, for a page read outside Obsidian: its default light and dark colours (the caseload's browser test uses them too). */
export const THEME = `
:root {
	color-scheme: light dark;
	--font-interface: ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
	--font-ui-small: 0.9em;
	--font-ui-smaller: 0.8em;
	--font-semibold: 600;
	--radius-s: 4px;
	--radius-m: 8px;
	--radius-l: 12px;
	--background-primary: #ffffff;
	--background-secondary: #f6f6f6;
	--background-modifier-border: #e0e0e0;
	--text-normal: #222222;
	--text-muted: #5c5c5c;
	--text-accent: #6b4fd8;
	--interactive-accent: #7852ee;
	--text-success: #18794e;
	--text-warning: #b4530a;
}
@media (prefers-color-scheme: dark) {
	:root {
		--background-primary: #1e1e1e;
		--background-secondary: #262626;
		--background-modifier-border: #3f3f3f;
		--text-normal: #dadada;
		--text-muted: #a3a3a3;
		--text-accent: #a68af9;
		--interactive-accent: #8a6cf2;
		--text-success: #5fd39b;
		--text-warning: #f0a85c;
	}
}
html, body { margin: 0; background: var(--background-primary); color: var(--text-normal); font-family: var(--font-interface); }
`;

export interface StandaloneOptions {
	/** The client's own summary instead of the coach's dashboard. */
	clientFacing?: boolean;
	/** The vault's name, for `obsidian://open` links. */
	vault: string;
	/** The plugin's styles.css. */
	css: string;
	privacy?: boolean;
	/** Every client's name, for privacy mode to blur wherever it appears. */
	names?: readonly string[];
}

/** In the head of every page written, so the command line knows a file it may replace. */
export const GENERATOR_META = '<meta name="generator" content="coaching-review">';

/** The dashboard as one HTML file: styles inline, no script, nothing fetched. */
export function standalonePage(review: ClientReview, options: StandaloneOptions): string {
	const tree = options.clientFacing ? renderClientSummaryPage(clientSummary(review)) : renderDashboard(review, { privacy: options.privacy ?? false, names: options.names });
	const body = toHtml(tree, options.vault);
	const title = options.clientFacing ? 'summary of our sessions' : 'client review';
	// In privacy mode the page's title (a browser tab, a window list) names no one either.
	const heading = options.privacy && !options.clientFacing ? 'Client review' : `${review.client}: ${title}`;
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${GENERATOR_META}
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'">
<title>${escapeHtml(heading)}</title>
<style>${THEME}
${options.css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
