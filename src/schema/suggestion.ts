import type { SuggestedDataKeyModel } from '../datasources/conversation-suggestion.ts';
import type { SuggestedSegmentModel } from '../datasources/people-detail.ts';
import { builder } from './builder.ts';
import { itemConnection } from './item-connection.ts';

/**
 * What Crisp suggests for autocomplete: segment names and custom data keys already in use, with
 * how often. One type per concept, whether the contacts or the conversations use them.
 */

const SuggestedSegment = builder.objectRef<SuggestedSegmentModel>('SuggestedSegment').implement({
  description:
    'A segment in use on the website’s contacts or conversations (Crisp suggested segment).',
  fields: (t) => ({
    segment: t.exposeString('segment', { description: 'The segment’s name.' }),
    count: t.exposeInt('count', {
      description: 'How many contacts or conversations (as the list says) carry the segment.',
    }),
  }),
});

export const SuggestedSegmentConnection = itemConnection(SuggestedSegment, {
  item: 'a segment',
  items: 'segments',
  order: 'in Crisp’s order',
});

const SuggestedDataKey = builder.objectRef<SuggestedDataKeyModel>('SuggestedDataKey').implement({
  description:
    'A custom data key in use on the website’s conversations (Crisp suggested data key).',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The data key, as in `ConversationMetas.data`.' }),
    count: t.exposeInt('count', { description: 'How many conversations carry the key.' }),
  }),
});

export const SuggestedDataKeyConnection = itemConnection(SuggestedDataKey, {
  item: 'a data key',
  items: 'data keys',
  order: 'in Crisp’s order',
});
