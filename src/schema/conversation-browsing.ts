import { z } from 'zod';
import type { ConversationKey } from '../datasources/conversation.ts';
import type { BrowsingKey } from '../datasources/conversation-browsing.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { browsingSessionRef } from '../request/node-id.ts';
import type { BrowsingSessionInput } from '../resolvers/conversation-browsing.ts';
import * as browsing from '../resolvers/conversation-browsing.ts';
import type { ConversationInput } from '../resolvers/conversation-mutation.ts';
import { builder, type InputFields } from './builder.ts';
import { Conversation } from './conversation.ts';
import { conversationMutation } from './conversation-mutation.ts';
import { conversationInputFields, websiteIdField } from './conversation-mutation-input.ts';
import { payloadRef, withUserErrors } from './user-error.ts';

/** Co-browsing (MagicBrowse): the sessions of a conversation, a request for one, control, assist. */

const browsingKey = (websiteId: string, sessionId: string, browsingId: string) =>
  `${websiteId}/${sessionId}/${browsingId}`;

/** The session's details: from the list it came in, else one read of the conversation's list. */
const listed = { extensions: crispCalls({ calls: 1, unlessLoaded: true }) };

export const BrowsingSession = builder.objectRef<BrowsingKey>('BrowsingSession');

builder.node(BrowsingSession, {
  description:
    'A co-browsing session of a conversation: the team sees (and can guide) the visitor’s page.',
  id: {
    description: 'Global id; pass it to `node(id:)` or to any input that names a browsing session.',
    resolve: (b) => browsingSessionRef.format(b.websiteId, b.sessionId, b.browsingId),
    parse: (id) => browsingKey(...browsingSessionRef.parse(id)),
  },
  // Crisp serves the conversation's list only; the website inside the id is checked first.
  loadWithoutCache: (key: string, ctx) => {
    const [websiteId, sessionId, browsingId] = key.split('/') as [string, string, string];
    return browsing.session(ctx, { websiteId, sessionId, browsingId });
  },
  fields: (t) => ({
    crispId: t.exposeID('browsingId', {
      description: "Crisp's browsing_id of the session (`browsing_<uuid>`).",
    }),
    conversation: t.field({
      type: Conversation,
      description: 'The conversation the session belongs to.',
      resolve: (b): ConversationKey => ({ websiteId: b.websiteId, sessionId: b.sessionId }),
    }),
    token: t.string({
      nullable: true,
      description:
        'The token that joins the session (Crisp’s browsing_token); null when Crisp gave none or it could not be read.',
      ...listed,
      resolve: async (b, _, ctx) => (await browsing.detail(ctx, b)).token ?? null,
    }),
    userAgent: t.string({
      nullable: true,
      description:
        'The user agent of the visitor’s browser; null when Crisp gave none or it could not be read.',
      ...listed,
      resolve: async (b, _, ctx) => (await browsing.detail(ctx, b)).userAgent ?? null,
    }),
  }),
});

builder.objectFields(Conversation, (t) => ({
  browsingSessions: t.field({
    type: [BrowsingSession],
    nullable: true,
    description:
      'The conversation’s co-browsing sessions (`List Browsing Sessions For Conversation`); null when they could not be read.',
    extensions: crispCalls({ calls: 1, loaded: true }),
    resolve: (c, _, ctx) => browsing.sessions(ctx, c),
  }),
}));

const InitiateBrowsingSessionInput = builder
  .inputRef<ConversationInput>('InitiateBrowsingSessionInput')
  .implement({
    description: 'The conversation whose visitor is asked to share their page.',
    fields: conversationInputFields,
  });

conversationMutation(
  'initiateBrowsingSession',
  InitiateBrowsingSessionInput,
  'Asks the visitor to start a co-browsing session (`Initiate Browsing Session For Conversation`). Their answer arrives as `browsing:request:initiated` (with the session’s id and token) or `browsing:request:rejected`.',
  browsing.initiate,
);

/** The fields that name a co-browsing session in every input acting on one. */
const browsingSessionFields = (t: InputFields) => ({
  browsingSessionId: t.id({
    required: true,
    description:
      "The session: its global id, or Crisp's browsing_id (then `conversationId` is required).",
  }),
  conversationId: t.id({
    description:
      "The conversation of a raw `browsingSessionId`: its global id, or Crisp's session_id.",
  }),
  websiteId: websiteIdField(t, 'a raw `conversationId`'),
});

const SendBrowsingActionInput = builder
  .inputRef<BrowsingSessionInput & { action: string }>('SendBrowsingActionInput')
  .implement({
    description: 'The co-browsing session, and the control to send it.',
    fields: (t) => ({
      ...browsingSessionFields(t),
      action: t.string({
        required: true,
        description:
          'Crisp’s control verb, as Crisp takes it (e.g. `start`, `stop`): a string, as Crisp documents no closed set.',
        validate: z.string().regex(/^[a-z_]{1,32}$/, 'must be a lower-case word'),
      }),
    }),
  });

export const BrowsingAssistAction = builder.enumType('BrowsingAssistAction', {
  description: 'What the team’s pointer does on the visitor’s page during co-browsing.',
  values: {
    MOUSE: { value: 'mouse', description: 'The pointer moves to the point.' },
    CLICK: { value: 'click', description: 'A click at the point.' },
    SCROLL: { value: 'scroll', description: 'The page scrolls to the point.' },
  } as const,
});

const coordinate = z.number().int().min(0).max(100_000);

const AssistBrowsingSessionInput = builder
  .inputRef<BrowsingSessionInput & { action: 'mouse' | 'click' | 'scroll'; x: number; y: number }>(
    'AssistBrowsingSessionInput',
  )
  .implement({
    description: 'The co-browsing session, and one pointer action on the visitor’s page.',
    fields: (t) => ({
      ...browsingSessionFields(t),
      action: t.field({
        type: BrowsingAssistAction,
        required: true,
        description: 'The pointer action.',
      }),
      x: t.int({ required: true, description: 'Pixels from the left.', validate: coordinate }),
      y: t.int({ required: true, description: 'Pixels from the top.', validate: coordinate }),
    }),
  });

const browsingPayload = (name: string) =>
  payloadRef<{ session?: BrowsingKey }>(name, (t) => ({
    browsingSession: t.field({
      type: BrowsingSession,
      nullable: true,
      description:
        'The co-browsing session acted on; its fields read afresh when selected. Null when the write failed.',
      resolve: (p) => p.session ?? null,
    }),
  }));

builder.mutationField('sendBrowsingAction', (t) =>
  t.field({
    type: browsingPayload('sendBrowsingAction'),
    nullable: true,
    description:
      'Sends a control to a co-browsing session (`Send Action To An Existing Browsing Session`).',
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: SendBrowsingActionInput,
        required: true,
        description: 'The session and the control.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ session: await browsing.sendAction(ctx, input) }),
  }),
);

builder.mutationField('assistBrowsingSession', (t) =>
  t.field({
    type: browsingPayload('assistBrowsingSession'),
    nullable: true,
    description:
      'Moves, clicks or scrolls on the visitor’s page during co-browsing (`Assist Existing Browsing Session`).',
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: AssistBrowsingSessionInput,
        required: true,
        description: 'The session and the pointer action.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ session: await browsing.assist(ctx, input) }),
  }),
);
