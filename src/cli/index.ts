import { run } from './main';
import { terminalText } from './terminal';

run(process.argv.slice(2), {
	out: (text) => process.stdout.write(text),
	err: (text) => process.stderr.write(text),
}).then(
	(status) => {
		process.exitCode = status;
	},
	(error: unknown) => {
		process.stderr.write(terminalText(`coaching-review: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`));
		process.exitCode = 1;
	},
);
