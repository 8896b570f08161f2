import { z } from 'zod';
import type { SpamKey, SpamModel } from '../datasources/conversation-spam.ts';
import { tierNote } from '../datasources/crisp-tiers.ts';
import { parseWebsiteKey, websiteKey } from '../datasources/website-key.ts';
import { crispCalls, pagedCalls } from '../request/crisp-cost.ts';
import { spamRef } from '../request/node-id.ts';
import type { DecideSpamInput as DecideSpamInputModel } from '../resolvers/conversation-spam.ts';
import * as spam from '../resolvers/conversation-spam.ts';
import { builder } from './builder.ts';
import { websiteIdField } from './conversation-mutation-input.ts';
import { itemConnection, pagingArgs } from './item-connection.ts';
import { ID_CURSOR_NOTE } from './list-cursor.ts';
import { payloadRef, withUserErrors } from './user-error.ts';
import { Website } from './website.ts';

/** What Crisp's spam filter holds back: the items, their content, and the decision on each. */

export const Spam = builder.objectRef<SpamModel>('Spam');

builder.node(Spam, {
  description: 'An inbound message the spam filter held back (Crisp conversation spam).',
  id: {
    description: 'Global id; pass it to `node(id:)` or to any input that names a spam item.',
    resolve: (s) => spamRef.format(s.websiteId, s.spamId),
    parse: (id) => websiteKey(...spamRef.parse(id)),
  },
  // Crisp reads one item through its content route; the website inside the id is checked first.
  loadWithoutCache: (key: string, ctx) => {
    const [websiteId, spamId] = parseWebsiteKey(key);
    return spam.spam(ctx, { websiteId, spamId });
  },
  fields: (t) => ({
    crispId: t.exposeID('spamId', { description: "Crisp's spam_id of the item (a UUID)." }),
    website: t.field({
      type: Website,
      description: 'The website the item was sent to.',
      resolve: (s) => ({ id: s.websiteId }),
    }),
    type: t.exposeString('type', {
      nullable: true,
      description:
        "Crisp's kind of item (e.g. `email`), a string as Crisp lists no closed set; null when absent.",
    }),
    reason: t.exposeString('reason', {
      nullable: true,
      description: 'Why the filter held it back, in Crisp’s words; null when absent.',
    }),
    metadata: t.field({
      type: 'JSONObject',
      nullable: true,
      description:
        'What Crisp knows of the sender (free-form, as Crisp sends it); null when absent.',
      resolve: (s) => s.metadata ?? null,
    }),
    headers: t.field({
      type: 'JSONObject',
      nullable: true,
      description: 'The message headers, header name to value; null when absent.',
      resolve: (s) => s.headers ?? null,
    }),
    receivedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the filter held it back; null when Crisp gave no time.',
      resolve: (s) => s.receivedAt ?? null,
    }),
    content: t.field({
      type: 'JSON',
      nullable: true,
      description: `${tierNote('website.conversation.get_spam_content')}The item’s full content, free-form as Crisp sends it (\`Resolve Spam Conversation Content\`); null when it could not be read.`,
      // Listed items come without their content: it costs a read, unless `node(id:)` made it.
      extensions: crispCalls({ calls: 1 }),
      resolve: (s, _, ctx) => spam.content(ctx, s),
    }),
  }),
});

const SpamConnection = itemConnection(Spam, {
  item: 'a spam item',
  items: 'spam items',
  order: 'in Crisp’s order',
});

builder.objectFields(Website, (t) => ({
  spams: t.field({
    nullable: true,
    type: SpamConnection,
    description: `${tierNote('website.conversation.list_spams')}Messages the spam filter held back (\`List Spam Conversations\`); null when they could not be read.${ID_CURSOR_NOTE}`,
    extensions: crispCalls({ calls: pagedCalls }),
    args: pagingArgs(t.arg, 'spam items'),
    resolve: (w, args, ctx) => spam.spams(ctx, w.id, args),
  }),
}));

const DecideSpamInput = builder.inputRef<DecideSpamInputModel>('DecideSpamInput').implement({
  description: 'The held item, and what to do with it.',
  fields: (t) => ({
    spamId: t.id({
      required: true,
      description:
        "The item: its global id, or Crisp's spam_id (then `websiteId` or the configured website applies).",
    }),
    websiteId: websiteIdField(t, 'a raw `spamId`'),
    action: t.string({
      required: true,
      description:
        'Crisp’s decision word, as Crisp sends it: `reject` discards the item (the one value Crisp documents, so a string rather than an enum).',
      validate: z.string().regex(/^[a-z_]{1,32}$/, 'must be a lower-case word'),
    }),
  }),
});

const DecideSpamPayload = payloadRef<{ decided?: SpamKey }>('decideSpam', (t) => ({
  decidedSpamId: t.id({
    nullable: true,
    description:
      'The global id of the item decided on, which leaves the spam list, for a cache to evict; null when the decision failed.',
    resolve: ({ decided }) =>
      decided ? spamRef.globalId(decided.websiteId, decided.spamId) : null,
  }),
  website: t.field({
    type: Website,
    nullable: true,
    description: 'The website of the item; null when the decision failed.',
    resolve: ({ decided }) => (decided ? { id: decided.websiteId } : null),
  }),
}));

builder.mutationField('decideSpam', (t) =>
  t.field({
    type: DecideSpamPayload,
    nullable: true,
    description: `${tierNote('website.conversation.submit_spam_decision')}Decides on an item the spam filter held back (\`Submit Spam Conversation Decision\`); Crisp then sends \`spam:decision\`.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: DecideSpamInput,
        required: true,
        description: 'The item and the decision.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ decided: await spam.decide(ctx, input) }),
  }),
);
