import type { Callout, MarkdownDocument } from '../markdown/types';
import type { RoleHeading, SectionKind } from './headings';
import { place, type Placement } from './placement';
import type { ReadingRules } from './rules';

/**
 * Whose a line's surroundings make it. `client`: nothing around the line takes it from the client, so its own markers
 * and headings decide (and prose nobody claims is still the coach's). `coach` and `private`: a coach's or private
 * heading, or a coach's callout, holds the line, and everything inside it is the coach's whatever it says.
 */
export type ScopeKind = 'client' | 'coach' | 'private';

/** A coach's or private scope in force: what opened it, as a rule text ("the heading 'Private notes'"). */
export interface CoachScope {
	readonly kind: 'coach' | 'private';
	readonly rule: string;
}

/**
 * A heading whose words say it is private ("Coach's private notes", "Confidential: referral") is a private scope even
 * when no setting names it: when in doubt, a line is the coach's.
 */
const PRIVATE_WORDS = /(?:^|[^\p{L}\p{N}])(?:private|confidential|coach only)(?![\p{L}\p{N}])/iu;

/** Private outranks coach: a private heading under a coach's one, or the other way round, is private. */
function stronger(outer: CoachScope | null, inner: CoachScope | null): CoachScope | null {
	if (outer === null) return inner;
	if (inner === null || outer.kind === 'private' || inner.kind === 'coach') return outer;
	return inner;
}

/**
 * The scope of each line, as a stack: the headings above it (each level closing the deeper ones) and the callouts
 * around it (each nested in the one around it). A coach's or private scope dominates everything inside it, sub-headings
 * and nested callouts included: the outermost one holding a line is the line's scope. Only text lines ask.
 */
export class Scopes {
	// The open headings, outermost first: their levels and the coach's scope each opened (null for none).
	private readonly levels: number[] = [];
	private readonly opened: (CoachScope | null)[] = [];
	/** The scope the headings put the lines under them in, worked out when a heading is entered. */
	private byHeadings: CoachScope | null = null;
	/** Per callout: the scope its own type and the callouts around it make (undefined until asked). */
	private readonly byCallout: (CoachScope | null | undefined)[] = [];
	/** Scopes dominating a placement, by rule text: one object per kind of line and scope. */
	private readonly dominated = new Map<string, Placement>();

	constructor(
		private readonly doc: Pick<MarkdownDocument, 'callouts' | 'table'>,
		private readonly rules: ReadingRules,
	) {}

	/**
	 * A heading of `level` outside quotes and lists, whose `text` gives `entry` (null for a text with no role); a label
	 * (`**Private:**` on a line of its own) enters as a heading below every level (`kind` 'label').
	 */
	enterHeading(level: number, entry: RoleHeading | null, text = '', kind: SectionKind = 'heading'): void {
		const { levels, opened } = this;
		while (levels.length > 0 && (levels[levels.length - 1] ?? 0) >= level) {
			levels.pop();
			opened.pop();
		}
		levels.push(level);
		opened.push(this.headingScope(entry, text, kind));
		let scope: CoachScope | null = null;
		for (const each of opened) scope = stronger(scope, each);
		this.byHeadings = scope;
	}

	/** The coach's or private scope holding a line inside callout `callout` (-1 for none), or null for the client's. */
	at(callout: number): CoachScope | null {
		if (callout < 0) return this.byHeadings;
		return stronger(this.byHeadings, this.calloutScope(callout));
	}

	/** The kind of scope of a line inside callout `callout` (-1 for none). */
	kind(callout: number): ScopeKind {
		return this.at(callout)?.kind ?? 'client';
	}

	/**
	 * Where text a line's own markers place (`placement`) goes inside `scope`: the coach's notes, saying which marker the
	 * scope overrode. Placements already the coach's, or skipped, are kept as they are.
	 */
	dominate(placement: Placement, scope: CoachScope): Placement {
		if (placement.target !== 'client') return placement;
		return this.placement(`${placement.rule} inside ${scope.rule}`, scope);
	}

	/**
	 * A checkbox, or an item under a steps heading, inside `scope`: the coach's own to-do, kept with the coach's notes.
	 * Never a client's step, and never a promise to the client, so it reaches nothing a client sees.
	 */
	toDo(kind: string, scope: CoachScope): Placement {
		const key = `${kind} inside ${scope.rule}`;
		let known = this.dominated.get(key);
		if (!known) {
			known = place('coach', this.rules.intern(`${key}: the coach's own to-do, never a client's step`));
			this.dominated.set(key, known);
		}
		return known;
	}

	private placement(what: string, scope: CoachScope): Placement {
		let known = this.dominated.get(what);
		if (!known) {
			const whose = scope.kind === 'private' ? "a private scope: the coach's alone" : "a coach's scope: the coach's";
			known = place('coach', this.rules.intern(`${what}, ${whose}`));
			this.dominated.set(what, known);
		}
		return known;
	}

	private headingScope(entry: RoleHeading | null, text: string, kind: SectionKind): CoachScope | null {
		if (entry === null || (entry.role !== 'coach-notes' && entry.role !== 'private-notes')) {
			return PRIVATE_WORDS.test(text) ? { kind: 'private', rule: this.rules.intern(`the ${kind} '${text.trim()}', private by its words`) } : null;
		}
		return { kind: entry.role === 'private-notes' ? 'private' : 'coach', rule: this.rules.intern(`the ${entry.kind} '${entry.heading}'`) };
	}

	private calloutScope(index: number): CoachScope | null {
		const known = this.byCallout[index];
		if (known !== undefined) return known;
		const callout = this.doc.callouts[index];
		let scope: CoachScope | null = null;
		if (callout) {
			const own = this.rules.coachCallouts.has(callout.type) ? { kind: 'coach' as const, rule: this.rules.ruleFor('callout', callout.type) } : null;
			const parent = this.enclosing(callout);
			scope = stronger(parent < 0 ? null : this.calloutScope(parent), own);
		}
		this.byCallout[index] = scope;
		return scope;
	}

	/**
	 * The callout a callout is nested in, or -1: the innermost callout around the line before its first line that is
	 * shallower than it. A quote that reaches the callout's first line holds the line before it too (a blank line ends
	 * every quote), so what held that line and is shallower still holds the callout.
	 */
	private enclosing(callout: Callout): number {
		const before = callout.line - 1;
		if (before < 0 || this.doc.table.quoteDepth(before) === 0) return -1;
		let candidate = this.doc.table.callout(before);
		// Callouts come in order, so a chain of parents always points back: it ends.
		while (candidate >= 0) {
			const found = this.doc.callouts[candidate];
			if (!found) return -1;
			if (found.depth < callout.depth) return candidate;
			candidate = this.enclosing(found);
		}
		return -1;
	}
}
