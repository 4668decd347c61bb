import { parseFrontmatter } from '../src/cli/frontmatter';
import { buildCaseload, CaseloadFactsCache, collectPromises } from '../src/core/caseload';
import { buildReview } from '../src/core/review/review';
import { parseNote } from '../src/core/session/parse-note';
import { defaultSettings } from '../src/core/settings';
import { VaultIndex } from '../src/core/vault-index';
import { renderCaseloadPage } from '../src/ui/caseload';
import type { UiNode } from '../src/ui/tree';
import { timeInTurns } from './measure';
import { type SyntheticNote, syntheticVault } from './synthetic-vault';

const TODAY = '2026-11-22';

export interface CaseloadFigures {
	/** The whole page drawn (reviews, rows, promises, the UI tree) with every review built anew, median. */
	allReviewsMs: number;
	/** The same on the very first draw after the index was built (one sample: the JIT compiler and caches cold). */
	firstDrawMs: number;
	/** The page drawn again after one note changed: only that client's review rebuilt. */
	oneChangedMs: number;
	/** The baseline beside them: one client's review build (50 sessions). */
	oneReviewMs: number;
	clients: number;
	notes: number;
}

/** Every node of a tree: so the tree is used, without the cost of a generator's walk. */
function countNodes(node: UiNode): number {
	let n = 1;
	for (const child of node.children ?? []) n += countNodes(child);
	return n;
}

/** 10,000 notes over 200 clients (50 sessions each): the synthetic vault's 20 clients, each split into ten. */
export function caseloadVault(count = 10_000, clients = 200): SyntheticNote[] {
	return syntheticVault(count, 5, 20).map((note, i) => {
		const name = /^Clients\/([^/]+)\//.exec(note.path)?.[1] ?? '';
		const renamed = `${name} ${Math.floor((i % clients) / 20) + 1}`;
		return { path: note.path.replace(`Clients/${name}/`, `Clients/${renamed}/`), text: note.text.replace(`[[${name}]]`, `[[${renamed}]]`) };
	});
}

/** The caseload page drawn from an index as the plugin's view draws it, reviews kept per client between draws. */
export function measureCaseload(notes: SyntheticNote[] = caseloadVault()): CaseloadFigures {
	const index = new VaultIndex(defaultSettings(), { compact: true });
	for (const note of notes) index.put(index.read(parseNote(note.path, note.text, parseFrontmatter)));
	index.finishBuild();
	const entries = index.clients();
	let sink = 0;
	const cache = new CaseloadFactsCache();
	const draw = () => {
		cache.fill(index.clients(), index.reviewOptions(TODAY), () => true);
		const clients = cache.clients(index.clients()) ?? [];
		const caseload = buildCaseload(clients, { today: TODAY });
		const ledger = collectPromises(clients, { today: TODAY });
		sink += countNodes(renderCaseloadPage(caseload, ledger, { interactive: true }));
	};
	const start = performance.now();
	draw();
	const firstDrawMs = performance.now() - start;
	const changedKey = entries[0]?.key ?? '';
	const one = entries[0];
	if (!one) throw new Error('no client');
	const [oneReviewMs = Number.NaN, allReviewsMs = Number.NaN, oneChangedMs = Number.NaN] = timeInTurns(
		[
			() => void (sink += buildReview(one, index.reviewOptions(TODAY)).sessionCount),
			() => {
				cache.forget(null);
				draw();
			},
			() => {
				cache.forget(new Set([changedKey]));
				draw();
			},
		],
		9,
	);
	if (sink === 0) throw new Error('nothing drawn');
	return { allReviewsMs, firstDrawMs, oneChangedMs, oneReviewMs, clients: entries.length, notes: notes.length };
}
