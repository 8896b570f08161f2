import type { ConversationOriginalModel } from '../datasources/conversation-original.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import { original } from '../resolvers/message-original.ts';
import { builder } from './builder.ts';
import { Message } from './message.ts';

/** `Message.original`: what a message was made from, e.g. an e-mail's HTML and headers. */

const MessageOriginal = builder.objectRef<ConversationOriginalModel>('MessageOriginal').implement({
  description:
    'The raw original a message was made from, e.g. the HTML and headers of an e-mail (`Get An Original Message In Conversation`).',
  fields: (t) => ({
    mimeType: t.exposeString('mimeType', {
      nullable: true,
      description: 'The MIME type of `content`, e.g. `text/html`; null when Crisp does not say.',
    }),
    headers: t.field({
      type: 'JSONObject',
      description: "The original's headers (an e-mail's), as a JSON object; empty when none.",
      resolve: (o) => o.headers,
    }),
    content: t.exposeString('content', {
      nullable: true,
      description: 'The original itself, as text (e.g. the HTML of an e-mail); null when empty.',
    }),
    receivedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When Crisp stored the original; null when Crisp does not say.',
      resolve: (o) => o.timestamp,
    }),
  }),
});

builder.objectFields(Message, (t) => ({
  original: t.field({
    type: MessageOriginal,
    nullable: true,
    description:
      'The raw original of the message (its own read), e.g. the HTML and headers of an e-mail; null when the message has none, or when the read fails.',
    extensions: crispCalls({ calls: 1 }),
    resolve: (m, _, ctx) => original(ctx, m),
  }),
}));
