import { acme } from './support/conversation.ts';
import { describe, expect } from './support/fixtures.ts';
import { callsOf, userTest } from './support/rest.ts';

const UserErrors = /* GraphQL */ `userErrors { code field }`;
const PLUGIN_ID = '8c842203-7ed8-4e29-a608-7cf78a7d2fcc';
const Answer = /* GraphQL */ `widgetAction { correlationId attempts exhaustion } conversation { id } ${UserErrors}`;

describe('widget actions', () => {
  userTest(
    'the button, data fetch and data edit actions post to the widget routes',
    async ({ gateway, sandbox }) => {
      const { websiteId, sessionId } = acme(sandbox);
      const item = { conversationId: sessionId, pluginId: PLUGIN_ID, sectionId: 'orders' };
      const data = await gateway.executeOk(
        `mutation($b: DeliverWidgetButtonActionInput!, $f: DeliverWidgetDataFetchActionInput!, $e: DeliverWidgetDataEditActionInput!) {
        deliverWidgetButtonAction(input: $b) { ${Answer} }
        deliverWidgetDataFetchAction(input: $f) { ${Answer} }
        deliverWidgetDataEditAction(input: $e) { ${Answer} }
      }`,
        {
          b: { ...item, itemId: 'refund', data: { order: 42 }, value: 'yes' },
          f: { ...item, itemId: 'list', data: { limit: 5 } },
          e: { ...item, itemId: 'plan', value: 'pro' },
        },
      );
      const widget = `/website/${websiteId}/conversation/${sessionId}/widget/${PLUGIN_ID}`;
      const expected = [
        [
          'deliverWidgetButtonAction',
          'deliver_widget_button_action',
          `${widget}/button`,
          { item_id: 'refund', data: { order: 42 }, value: 'yes' },
        ],
        [
          'deliverWidgetDataFetchAction',
          'deliver_widget_data_fetch_action',
          `${widget}/data`,
          { item_id: 'list', data: { limit: 5 } },
        ],
        [
          'deliverWidgetDataEditAction',
          'deliver_widget_data_edit_action',
          `${widget}/data`,
          { item_id: 'plan', value: 'pro' },
        ],
      ] as const;
      for (const [field, route, path, body] of expected) {
        expect(data[field]).toEqual({
          widgetAction: { correlationId: expect.any(String), attempts: 3, exhaustion: 30 },
          conversation: { id: `Conversation:${websiteId}:${sessionId}` },
          userErrors: [],
        });
        expect(callsOf(sandbox, `website.conversation.${route}`)).toEqual([
          expect.objectContaining({
            method: 'POST',
            path,
            body: { section_id: 'orders', ...body },
          }),
        ]);
      }
    },
  );

  userTest(
    'a malformed plugin id or an empty item is refused with no call',
    async ({ gateway, sandbox }) => {
      const { sessionId } = acme(sandbox);
      const data = await gateway.executeOk(
        `mutation($e: DeliverWidgetDataEditActionInput!, $f: DeliverWidgetDataFetchActionInput!) {
        deliverWidgetDataEditAction(input: $e) { ${UserErrors} }
        deliverWidgetDataFetchAction(input: $f) { ${UserErrors} }
      }`,
        {
          e: {
            conversationId: sessionId,
            pluginId: 'nope',
            sectionId: 'a',
            itemId: 'b',
            value: 'x',
          },
          f: {
            conversationId: sessionId,
            pluginId: PLUGIN_ID,
            sectionId: 'a',
            itemId: '',
            data: {},
          },
        },
      );
      expect(data.deliverWidgetDataEditAction.userErrors).toEqual([
        { code: 'BAD_USER_INPUT', field: ['input', 'pluginId'] },
      ]);
      expect(data.deliverWidgetDataFetchAction.userErrors).toEqual([
        { code: 'BAD_USER_INPUT', field: ['input', 'itemId'] },
      ]);
      expect(sandbox.calls).toEqual([]);
    },
  );
});
