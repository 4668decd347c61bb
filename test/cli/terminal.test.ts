import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { terminalText } from '../../src/cli/terminal';
import { tempVault } from '../helpers';

const ESC = String.fromCharCode(27);
const BEL = String.fromCharCode(7);
const CSI = String.fromCharCode(0x9b);

async function cli(...argv: string[]) {
	let out = '';
	let err = '';
	const status = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
	return { status, out, err };
}

describe('terminal output', () => {
	it('keeps newlines and tabs and takes out every other control character', () => {
		expect(terminalText(`a\tb\nc${ESC}[2J${ESC}]0;title${BEL}d\r${CSI}31me${String.fromCharCode(0x7f)}`)).toBe('a\tb\nc[2J]0;titled31me');
	});

	it('prints no control sequence from a note, in a review, a client list or a warning', async () => {
		const vault = tempVault({
			'Clients/Ann Lee/2026-10-14.md': `---\nclient: Ann Lee${ESC}[31m\ndate: 2026-10-14\n---\n## In her words\nI finally ${ESC}]0;pwned${BEL}called ${ESC}[2Jthe bank.\n- [ ] Call ${CSI}31mthe bank\n`,
			'Clients/Ann Lee/broken.md': `---\nclient: [Ann${ESC}[5m\n---\nx\n`,
		});
		for (const argv of [
			['clients', vault],
			['review', vault, '--client', 'ann', '--today', '2026-11-22'],
			['review', vault, '--client', 'ann', '--today', '2026-11-22', '--client-facing', '--markdown'],
			['review', vault, '--client', 'ann', '--today', '2026-11-22', '--json'],
		]) {
			const { out, err } = await cli(...argv);
			for (const text of [out, err]) {
				expect(text, argv.join(' ')).not.toContain(ESC);
				expect(text, argv.join(' ')).not.toContain(BEL);
				expect(text, argv.join(' ')).not.toContain(CSI);
			}
			expect(out.length, argv.join(' ')).toBeGreaterThan(0);
		}
		const review = await cli('review', vault, '--client', 'ann', '--today', '2026-11-22');
		expect(review.out).toContain('called \\[2Jthe bank.');
	});
});
