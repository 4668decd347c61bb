import { describe, expect, it } from 'vitest';
import { findClient, groupClients } from '../../../src/core/review/clients';
import { buildReview } from '../../../src/core/review/review';
import type { SessionReading } from '../../../src/core/session/types';
import { defaultSettings } from '../../../src/core/settings';
import { read } from '../../helpers';

const ANN_PROFILE = read('---\ntype: client\naliases: [Annie, Bob Ray]\n---\n# Ann Lee\n', 'Clients/Ann Lee.md');
const annSession = read('---\nclient: Annie\ndate: 2026-10-01\n---\n## In her words\nAnn speaking.\n', 'Clients/Ann Lee/2026-10-01.md');

function bobSession(path = 'Sessions/2026-10-02 Bob.md', clients = 'Bob Ray'): SessionReading {
	return read(`---\nclient: ${clients}\ndate: 2026-10-02\n---\n## In his words\nBob speaking.\n`, path);
}

function both(readings: SessionReading[]) {
	for (const order of [readings, [...readings].reverse()]) {
		const clients = groupClients(order);
		const ann = findClient(clients, 'Ann Lee');
		const bob = findClient(clients, 'Bob Ray');
		if (ann.kind !== 'found' || bob.kind !== 'found') throw new Error('Ann and Bob are not two clients');
		expect(ann.client).not.toBe(bob.client);
		expect(ann.client.sessions.map((s) => s.path)).toEqual(['Clients/Ann Lee/2026-10-01.md']);
		const review = buildReview(ann.client, { today: '2026-11-22', settings: defaultSettings() });
		expect(review.sessions.flatMap((s) => s.clientWords.map((w) => w.text))).toEqual(['Ann speaking.']);
		const warning = review.warnings.find((w) => w.message.includes('"Bob Ray"'));
		expect(warning?.path).toBe('Clients/Ann Lee.md');
		return { warning, bob: bob.client };
	}
	throw new Error('unreachable');
}

describe('an alias that is another client’s name', () => {
	it("is another profile's name: a warning naming both notes, and the two are not merged, in either order", () => {
		const bobProfile = read('---\ntype: client\n---\n# Bob Ray\n', 'Clients/Bob Ray.md');
		const { warning, bob } = both([ANN_PROFILE, annSession, bobProfile, bobSession()]);
		expect(warning?.message).toContain('Clients/Ann Lee.md');
		expect(warning?.message).toContain('Clients/Bob Ray.md');
		expect(bob.profile?.path).toBe('Clients/Bob Ray.md');
	});

	it("is another profile's alias: neither gets it, and each is warned", () => {
		const other = read('---\ntype: client\naliases: [Bob Ray]\n---\n# Cy Doe\n', 'Clients/Cy Doe.md');
		const clients = groupClients([ANN_PROFILE, other, annSession, bobSession()]);
		const bob = findClient(clients, 'Bob Ray');
		expect(bob.kind === 'found' && bob.client.profile).toBe(null);
		const warned = clients.filter((c) => c.warnings.some((w) => w.message.includes('"Bob Ray"')));
		expect(warned.map((c) => c.name).sort()).toEqual(['Ann Lee', 'Cy Doe']);
		expect(warned[0]?.warnings[0]?.message).toMatch(/Clients\/(Ann Lee|Cy Doe)\.md and Clients\/(Ann Lee|Cy Doe)\.md/);
	});

	it('is a client with a folder of their own', () => {
		const { warning } = both([ANN_PROFILE, annSession, bobSession('Clients/Bob Ray/2026-10-02.md')]);
		expect(warning?.message).toContain('Clients/Bob Ray/2026-10-02.md');
	});

	it('is someone in a group session with the client', () => {
		const group = read('---\nclient: [Ann Lee, Bob Ray]\ndate: 2026-10-03\n---\n## In their words\nBoth of us.\n', 'Sessions/2026-10-03 group.md');
		const clients = groupClients([ANN_PROFILE, annSession, group]);
		const ann = findClient(clients, 'Ann Lee');
		const bob = findClient(clients, 'Bob Ray');
		expect(ann.kind === 'found' && bob.kind === 'found' && ann.client !== bob.client).toBe(true);
		expect(ann.kind === 'found' && ann.client.warnings[0]?.message).toContain('Sessions/2026-10-03 group.md');
	});

	it('still gathers an alias that is only a spelling in session notes', () => {
		const clients = groupClients([ANN_PROFILE, annSession, bobSession()]);
		// No sign Bob Ray is anyone but Ann: the alias gathers, as aliases are for.
		expect(clients).toHaveLength(1);
		expect(clients[0]?.warnings).toEqual([]);
		expect(clients[0]?.sessions).toHaveLength(2);
	});
});
