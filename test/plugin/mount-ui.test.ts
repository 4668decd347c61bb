// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import '../stubs/obsidian';
import { mountUi } from '../../src/plugin/mount-ui';
import { renderDashboard } from '../../src/ui/dashboard';
import { exampleReview } from '../vault';

describe('mounting the dashboard with Obsidian DOM helpers', () => {
	it('sets note text as text: a hostile note creates no element', async () => {
		const root = document.createElement('div');
		mountUi(root, renderDashboard(await exampleReview('Tom')));
		expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
		expect(root.textContent).toContain('<script>alert("hi")</script>');
		expect(root.textContent).toContain('Report the app bug <b>today</b>');
		expect(root.querySelectorAll('img, script, b, iframe, object')).toHaveLength(0);
		expect([...root.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).toBe(false);
	});

	it('draws the chart in the SVG namespace and marks every source', async () => {
		const root = document.createElement('div');
		mountUi(root, renderDashboard(await exampleReview('Susan Lee')));
		const circles = root.querySelectorAll('circle');
		expect(circles.length).toBe(24);
		expect(circles[0]?.namespaceURI).toBe('http://www.w3.org/2000/svg');
		const sources = root.querySelectorAll('[data-path]');
		expect(sources.length).toBeGreaterThan(50);
		for (const el of sources) expect(Number(el.getAttribute('data-line'))).toBeGreaterThan(0);
	});
});
