import type { Raw } from 'crisp-sandbox';
import { acme } from './support/conversation.ts';
import { describe, expect } from './support/fixtures.ts';
import { callsOf, test } from './support/rest.ts';

const UserErrors = /* GraphQL */ `userErrors { code field }`;

type Edge<K extends string> = { node: Record<K, string> & { count: number } };

/** Segment (or data key) → how many of the website's conversations use it. */
function usage(records: ReturnType<typeof acme>['records'], namesOf: (meta: Raw) => string[]) {
  const counts = new Map<string, number>();
  for (const r of records)
    for (const name of namesOf(r.conversation.meta ?? {}))
      counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

describe('conversation suggestions', () => {
  test('suggested segments and data keys read the two suggest routes, with their counts', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, records } = acme(sandbox);
    const data = await gateway.executeOk(
      `query($w: ID) { website(id: $w) {
        suggestedConversationSegments(first: 50) { edges { node { segment count } } }
        suggestedConversationDataKeys(first: 50) { edges { node { key count } } }
      } }`,
      { w: websiteId },
    );
    const segments = usage(records, (m) => m.segments ?? []);
    const keys = usage(records, (m) => Object.keys(m.data ?? {}));
    const w = data.website;
    expect(segments.size).toBeGreaterThan(0);
    expect(
      new Map(
        w.suggestedConversationSegments.edges.map((e: Edge<'segment'>) => [
          e.node.segment,
          e.node.count,
        ]),
      ),
    ).toEqual(segments);
    expect(
      new Map(
        w.suggestedConversationDataKeys.edges.map((e: Edge<'key'>) => [e.node.key, e.node.count]),
      ),
    ).toEqual(keys);
    expect(callsOf(sandbox, 'website.conversation.list_suggested_segments')[0]).toMatchObject({
      method: 'GET',
      path: `/website/${websiteId}/conversations/suggest/segments/1`,
    });
    expect(callsOf(sandbox, 'website.conversation.list_suggested_data_keys')[0]).toMatchObject({
      method: 'GET',
      path: `/website/${websiteId}/conversations/suggest/data/1`,
    });
  });

  test('deleting a suggested segment and data key sends their names in the DELETE body', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, records } = acme(sandbox);
    const segment = records.flatMap((r) => r.conversation.meta.segments ?? [])[0] as string;
    const key = Object.keys(records[0]!.conversation.meta.data)[0]!;
    const data = await gateway.executeOk(
      `mutation($s: DeleteSuggestedConversationSegmentInput!, $k: DeleteSuggestedConversationDataKeyInput!) {
        deleteSuggestedConversationSegment(input: $s) { deletedSegment website { id } ${UserErrors} }
        deleteSuggestedConversationDataKey(input: $k) { deletedKey ${UserErrors} }
      }`,
      { s: { websiteId, segment }, k: { websiteId, key } },
    );
    expect(data).toEqual({
      deleteSuggestedConversationSegment: {
        deletedSegment: segment,
        website: { id: `Website:${websiteId}` },
        userErrors: [],
      },
      deleteSuggestedConversationDataKey: { deletedKey: key, userErrors: [] },
    });
    expect(callsOf(sandbox, 'website.conversation.delete_suggested_segment')).toEqual([
      expect.objectContaining({
        method: 'DELETE',
        path: `/website/${websiteId}/conversations/suggest/segment`,
        body: { segment },
      }),
    ]);
    expect(callsOf(sandbox, 'website.conversation.delete_suggested_data_key')).toEqual([
      expect.objectContaining({
        method: 'DELETE',
        path: `/website/${websiteId}/conversations/suggest/data`,
        body: { key },
      }),
    ]);

    const after = await gateway.executeOk(
      `query($w: ID) { website(id: $w) { suggestedConversationSegments(first: 50) { edges { node { segment } } } } }`,
      { w: websiteId },
    );
    const left = after.website.suggestedConversationSegments.edges.map(
      (e: Edge<'segment'>) => e.node.segment,
    );
    expect(left).not.toContain(segment);
  });

  test('an empty segment or data key is refused with no call', async ({ gateway, sandbox }) => {
    const { websiteId } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($s: DeleteSuggestedConversationSegmentInput!, $k: DeleteSuggestedConversationDataKeyInput!) {
        deleteSuggestedConversationSegment(input: $s) { deletedSegment ${UserErrors} }
        deleteSuggestedConversationDataKey(input: $k) { deletedKey ${UserErrors} }
      }`,
      { s: { websiteId, segment: '' }, k: { websiteId, key: '' } },
    );
    expect(data.deleteSuggestedConversationSegment).toEqual({
      deletedSegment: null,
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'segment'] }],
    });
    expect(data.deleteSuggestedConversationDataKey.userErrors[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'key'],
    });
    expect(sandbox.calls).toEqual([]);
  });
});
