// Run by `npm version` (the "version" script), after package.json has its new version: the manifest gets the same
// version, and versions.json records which Obsidian it needs, so older apps are offered the last release they can run.
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';

const version = process.env.npm_package_version;
if (!version) {
	console.error('version-bump.mjs runs from `npm version`, which sets npm_package_version.');
	process.exit(1);
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const writeJson = (file, data) => writeFileSync(file, `${JSON.stringify(data, null, '\t')}\n`);

const manifest = readJson('manifest.json');
writeJson('manifest.json', { ...manifest, version });

const versions = readJson('versions.json');
writeJson('versions.json', { ...versions, [version]: manifest.minAppVersion });
