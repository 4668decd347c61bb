import { dayNumber } from '../core/review';
import { formatDay } from '../core/review';
import type { ClientReview } from '../core/review';
import { h, s, type UiNode } from './tree';

const WIDTH = 480;
/** Beyond this many rated sessions the lines speak for themselves: no point per session. */
export const MAX_CHART_POINTS = 60;
const HEIGHT = 180;
const PAD = { left: 28, right: 12, top: 12, bottom: 26 };

/**
 * The client's own ratings beside the coach's, 0 to 10 over time. Colours come from theme variables in
 * styles.css; the coach's line is also dashed, so the two read apart without colour.
 */
export function ratingChart(review: ClientReview, clientLabel: string): UiNode | null {
	const rated = review.ratings.filter((r) => r.date !== null);
	if (rated.length === 0) return null;
	const clientName = `${clientLabel}'s rating`;
	if (rated.length === 1 && rated[0]) return singleRating(rated[0], clientName);
	const days = rated.map((r) => dayNumber(r.date ?? ''));
	const first = Math.min(...days);
	const last = Math.max(...days);
	const span = Math.max(1, last - first);
	const x = (day: number) => (rated.length === 1 ? (PAD.left + WIDTH - PAD.right) / 2 : PAD.left + ((day - first) / span) * (WIDTH - PAD.left - PAD.right));
	const y = (value: number) => PAD.top + (1 - value / 10) * (HEIGHT - PAD.top - PAD.bottom);
	const round = (n: number) => Math.round(n * 10) / 10;

	const series = (key: 'client' | 'coach', cls: string, label: string): UiNode[] => {
		const points = rated.flatMap((r, i) => {
			const value = r[key];
			return value === null ? [] : [{ x: round(x(days[i] ?? first)), y: round(y(value)), value, r }];
		});
		if (points.length === 0) return [];
		const nodes: UiNode[] = [];
		if (points.length > 1) nodes.push(s('polyline', { cls: ['cr-chart-line', cls], attrs: { points: points.map((p) => `${p.x},${p.y}`).join(' '), fill: 'none' } }));
		for (const p of points.length <= MAX_CHART_POINTS ? points : []) {
			nodes.push(
				s('circle', { cls: ['cr-chart-point', cls], attrs: { cx: p.x, cy: p.y, r: 4, 'data-series': key, 'data-session': p.r.path } }, [
					s('title', { text: `${label}: ${p.value} on ${formatDay(p.r.date)}` }),
				]),
			);
		}
		return nodes;
	};

	const grid = [0, 5, 10].flatMap((v) => [
		s('line', { cls: 'cr-chart-grid', attrs: { x1: PAD.left, x2: WIDTH - PAD.right, y1: round(y(v)), y2: round(y(v)) } }),
		s('text', { cls: 'cr-chart-label', text: String(v), attrs: { x: PAD.left - 8, y: round(y(v)) + 4, 'text-anchor': 'end' } }),
	]);
	const dates = [
		s('text', { cls: 'cr-chart-label', text: formatDay(rated[0]?.date ?? null), attrs: { x: PAD.left, y: HEIGHT - 6, 'text-anchor': 'start' } }),
		rated.length > 1 && s('text', { cls: 'cr-chart-label', text: formatDay(rated[rated.length - 1]?.date ?? null), attrs: { x: WIDTH - PAD.right, y: HEIGHT - 6, 'text-anchor': 'end' } }),
	];
	return h('figure', { cls: 'cr-chart' }, [
		s(
			'svg',
			{ cls: 'cr-chart-svg', attrs: { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': `${clientName} and your rating, 0 to 10, by session` } },
			[...grid, ...dates, ...series('coach', 'cr-series-coach', 'Your rating'), ...series('client', 'cr-series-client', clientName)],
		),
		h('figcaption', { cls: 'cr-chart-legend' }, [
			rated.some((r) => r.client !== null) && h('span', { cls: ['cr-legend', 'cr-legend-client'], text: clientName }),
			rated.some((r) => r.coach !== null) && h('span', { cls: ['cr-legend', 'cr-legend-coach'], text: 'Your rating' }),
		]),
		ratingValues(rated, clientName),
	]);
}

type Rating = ClientReview['ratings'][number];

/** One rated session is a value, not a lone dot on an empty chart. */
function singleRating(r: Rating, clientName: string): UiNode {
	const value = (label: string, v: number | null, cls: string) =>
		v !== null && h('div', { cls: ['cr-rating-value', cls] }, [h('span', { cls: 'cr-rating-number', text: String(v) }), h('span', { cls: 'cr-rating-label', text: label })]);
	return h('figure', { cls: ['cr-chart', 'cr-chart-single'] }, [
		h('div', { cls: 'cr-rating-values' }, [value(clientName, r.client, 'cr-series-client'), value('Your rating', r.coach, 'cr-series-coach')]),
		h('figcaption', { cls: 'cr-chart-legend', text: `Out of 10, on ${formatDay(r.date)}. More sessions rated draw a chart.` }),
	]);
}

/**
 * Every value of the chart as a table behind a disclosure: a tap shows them, where a hover tooltip on a point
 * never would on a phone. Drawn only when opened.
 */
function ratingValues(rated: Rating[], clientName: string): UiNode {
	const cell = (v: number | null) => h('td', { text: v === null ? '–' : String(v) });
	return h(
		'details',
		{
			cls: 'cr-chart-values',
			lazy: () => [
				h('table', { cls: 'cr-values-table' }, [
					h('thead', {}, [h('tr', {}, [h('th', { text: 'Session' }), h('th', { text: clientName }), h('th', { text: 'Your rating' })])]),
					h('tbody', {}, [...rated].reverse().map((r) => h('tr', {}, [h('td', { text: formatDay(r.date) }), cell(r.client), cell(r.coach)]))),
				]),
			],
		},
		[h('summary', { text: 'Show the values' })],
	);
}
