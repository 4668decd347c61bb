import { CONTROL_CHARACTERS } from '../core/markdown';
import type { Output } from './args';

/**
 * Text as the terminal may receive it: every control character but newline and tab taken out, so a note holding an
 * escape sequence cannot move the cursor, recolour the screen, set the window title or ring the bell.
 */
export function terminalText(text: string): string {
	return text.replace(CONTROL_CHARACTERS, '');
}

/** The command line's output, each piece through `terminalText`. */
export function terminalOutput(io: Output): Output {
	return { out: (text) => io.out(terminalText(text)), err: (text) => io.err(terminalText(text)) };
}
