import { type App, FuzzySuggestModal, type FuzzyMatch } from 'obsidian';
import type { ClientEntry } from '../core/review';
import { formatDay, plural } from '../core/review';

/** "Review client": a fuzzy list of clients, most recent session first, with their session count and last date. */
export class ClientPicker extends FuzzySuggestModal<ClientEntry> {
	constructor(
		app: App,
		private readonly clients: ClientEntry[],
		private readonly choose: (client: ClientEntry) => void,
	) {
		super(app);
		this.setPlaceholder('Choose a client to review');
		this.emptyStateText = 'No clients found. A session note names its client in its frontmatter ("client: Name").';
	}

	getItems(): ClientEntry[] {
		return this.clients;
	}

	getItemText(client: ClientEntry): string {
		// Aliases are searchable too, so "Sue" finds Susan.
		const aliases = client.profile?.aliases ?? [];
		return aliases.length > 0 ? `${client.name} (${aliases.join(', ')})` : client.name;
	}

	override renderSuggestion(match: FuzzyMatch<ClientEntry>, el: HTMLElement): void {
		super.renderSuggestion(match, el);
		const client = match.item;
		el.createDiv({
			cls: 'cr-picker-detail',
			text: `${plural(client.sessions.length, 'session')}${client.lastDate ? ` · last ${formatDay(client.lastDate)}` : ''}`,
		});
	}

	onChooseItem(client: ClientEntry): void {
		this.choose(client);
	}
}
