import type { Raw } from 'crisp-sandbox';
import { describe, expect, test } from 'vitest';
import {
  acme,
  acmeId,
  call,
  eventsNamed,
  sandbox,
  useDirectorySandbox,
} from './support/directory.ts';

useDirectorySandbox();

describe('operators and availability', () => {
  test('operators are listed with their details, and one can be read by user_id', async () => {
    const list = (await call('GET', `/website/${acmeId}/operators/list`)).data as Raw[];
    expect(list.length).toBeGreaterThanOrEqual(4);
    expect(list.length).toBeLessThanOrEqual(6);
    expect(list.filter((o) => o.details.role === 'owner').length).toBeGreaterThanOrEqual(1);
    const first = list[0]!.details;
    expect(first).toMatchObject({
      first_name: expect.any(String),
      email: expect.stringContaining('@'),
      role: expect.stringMatching(/owner|member/),
    });
    expect((await call('GET', `/website/${acmeId}/operator/${first.user_id}`)).data).toEqual(first);
    expect(
      (await call('GET', `/website/${acmeId}/operator/00000000-0000-4000-8000-000000000000`))
        .status,
    ).toBe(404);
  });

  test('last active operators are sorted newest first', async () => {
    const active = (await call('GET', `/website/${acmeId}/operators/active`)).data as Raw[];
    expect(active.length).toBe(acme.operators.size);
    expect(active.map((a) => a.timestamp)).toEqual(
      [...active.map((a) => a.timestamp)].sort((a, b) => b - a),
    );
  });

  test('availability reflects the team', async () => {
    expect((await call('GET', `/website/${acmeId}/availability/status`)).data).toMatchObject({
      status: 'online',
      since: expect.any(Number),
    });
    const operators = (await call('GET', `/website/${acmeId}/availability/operators`))
      .data as Raw[];
    expect(operators.some((o) => o.type === 'online')).toBe(true);
  });

  test('inviting, promoting and unlinking operators (user tier)', async () => {
    const base = `/website/${acmeId}/operator`;
    expect(
      (
        await call(
          'POST',
          base,
          { email: 'new.agent@acme.example', role: 'member', verify: true },
          'user',
        )
      ).status,
    ).toBe(200);
    const listed = (await call('GET', `/website/${acmeId}/operators/list`)).data as Raw[];
    expect(listed).toContainEqual(
      expect.objectContaining({
        type: 'invite',
        details: expect.objectContaining({ email: 'new.agent@acme.example' }),
      }),
    );
    expect(
      (await call('POST', base, { email: 'x@acme.example', role: 'admin' }, 'user')).reason,
    ).toBe('invalid_data');

    const member = [...acme.operators.values()].find((o) => o.details.role === 'member')!.details;
    expect(
      (
        await call(
          'PATCH',
          `${base}/${member.user_id}`,
          { role: 'owner', title: 'Team Lead' },
          'user',
        )
      ).status,
    ).toBe(200);
    expect((await call('GET', `${base}/${member.user_id}`)).data).toMatchObject({
      role: 'owner',
      title: 'Team Lead',
    });
    expect((await call('DELETE', `${base}/${member.user_id}`, undefined, 'user')).status).toBe(200);
    expect((await call('GET', `${base}/${member.user_id}`)).status).toBe(404);
    const active = (await call('GET', `/website/${acmeId}/operators/active`)).data as Raw[];
    expect(active.some((a) => a.user_id === member.user_id)).toBe(false);
  });

  test('the last owner can be neither demoted nor unlinked', async () => {
    const site = sandbox.seed.websites[1]!;
    const id = site.website.website_id;
    const owners = [...site.operators.values()]
      .filter((o) => o.details.role === 'owner')
      .map((o) => o.details.user_id as string);
    for (const extra of owners.slice(1))
      await call('DELETE', `/website/${id}/operator/${extra}`, undefined, 'user');
    const last = owners[0]!;
    expect(
      (await call('PATCH', `/website/${id}/operator/${last}`, { role: 'member' }, 'user')).reason,
    ).toBe('not_allowed');
    expect(
      (await call('DELETE', `/website/${id}/operator/${last}`, undefined, 'user')).reason,
    ).toBe('not_allowed');
  });

  test('unlinking the last online operator takes the website offline', async () => {
    const site = sandbox.seed.websites[2]!;
    const id = site.website.website_id;
    const member = [...site.operators.values()].find((o) => o.details.role === 'member')!;
    member.details.availability = 'online';
    site.availability = { status: 'online', since: 1 };
    await call('DELETE', `/website/${id}/operator/${member.details.user_id}`, undefined, 'user');
    expect((await call('GET', `/website/${id}/availability/status`)).data.status).toBe('offline');
    expect(eventsNamed('website:users:available')).toEqual([
      expect.objectContaining({ website_id: id, data: { website_id: id, available: false } }),
    ]);
  });
});
