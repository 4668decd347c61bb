import { readStepContent, type StepContext, type StepHints } from '../step-line';
import type { ActionStep, Owner } from './types';

/**
 * One list item (its text after the marker and checkbox) as an action step, read by the step-line module.
 * `sectionOwner` is the owner the section's heading implies, if any; `rule` says where the step stood.
 */
export function readStep(content: string, statusChar: string | null, line: number, rule: string, context: StepContext, sectionOwner: Owner | null, hints?: StepHints): ActionStep {
	const facts = readStepContent(content, statusChar, context, hints);
	return {
		text: facts.text,
		line,
		owner: facts.owner ?? sectionOwner ?? 'client',
		status: facts.status,
		statusChar,
		carried: statusChar === '>',
		due: facts.due,
		doneDate: facts.doneDate,
		id: facts.id,
		usesTasksSignifiers: facts.usesTasksSignifiers,
		rule: facts.ownerSource ? `${rule}; the coach's own, from ${facts.ownerSource}` : rule,
	};
}
