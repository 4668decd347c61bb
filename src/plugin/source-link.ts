/**
 * A click on (or inside) an element carrying `data-path` and `data-line` opens that note at that line, the way the
 * dashboard and the caseload link every quote, step and promise to its source. True when the click was such a link.
 */
export function openSourceLink(target: Element, event: Event, openSource: (path: string, line: number) => void): boolean {
	const link = target.closest('[data-path]');
	const path = link?.getAttribute('data-path');
	if (!link || !path) return false;
	event.preventDefault();
	openSource(path, Number(link.getAttribute('data-line') ?? '1'));
	return true;
}
