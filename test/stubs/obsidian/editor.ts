/** Obsidian's `Editor`, for the parts the plugin uses: the open note's text, read and changed line by line. */
export interface EditorPosition {
	line: number;
	ch: number;
}

export interface EditorChange {
	from: EditorPosition;
	to?: EditorPosition;
	text: string;
}

export class Editor {
	private lines: string[] = [''];
	/** Stub record of every change made through the editor, for tests. */
	readonly changes: EditorChange[] = [];

	getValue(): string {
		return this.lines.join('\n');
	}

	setValue(content: string): void {
		this.lines = content.split('\n');
	}

	getLine(line: number): string {
		return this.lines[line] ?? '';
	}

	lineCount(): number {
		return this.lines.length;
	}

	private offset(pos: EditorPosition): number {
		let at = 0;
		for (let i = 0; i < pos.line; i++) at += (this.lines[i] ?? '').length + 1;
		return at + pos.ch;
	}

	replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition, _origin?: string): void {
		this.changes.push({ from, ...(to ? { to } : {}), text: replacement });
		const value = this.getValue();
		const start = this.offset(from);
		const end = to ? this.offset(to) : start;
		this.setValue(value.slice(0, start) + replacement + value.slice(end));
	}

	transaction(tx: { changes?: EditorChange[] }, _origin?: string): void {
		// Obsidian applies a transaction's changes against the text as it was: from the last, offsets stay right.
		const changes = [...(tx.changes ?? [])].sort((a, b) => this.offset(b.from) - this.offset(a.from));
		for (const change of changes) this.replaceRange(change.text, change.from, change.to);
	}

	setCursor(_pos: EditorPosition | number, _ch?: number): void {}
}
