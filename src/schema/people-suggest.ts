import { z } from 'zod';
import type { SuggestedEventModel } from '../datasources/people-suggest.ts';
import { crispCalls, pagedCalls } from '../request/crisp-cost.ts';
import { websiteIdInputSchema } from '../request/node-id.ts';
import type { DeletedSuggestion, SuggestionKind } from '../resolvers/people-suggest.ts';
import * as suggest from '../resolvers/people-suggest.ts';
import { builder } from './builder.ts';
import { itemConnection, pagingArgs } from './item-connection.ts';
import { ID_CURSOR_NOTE } from './list-cursor.ts';
import { SuggestedDataKeyConnection } from './suggestion.ts';
import { payloadRef, withUserErrors } from './user-error.ts';
import { Website } from './website.ts';

/**
 * What Crisp suggests from a website's contacts for a dashboard's autocomplete: custom data keys
 * and event names (the types of segments and data keys are in suggestion.ts), and the deletes that stop suggesting one.
 */

const SuggestedPeopleEvent = builder
  .objectRef<SuggestedEventModel>('SuggestedPeopleEvent')
  .implement({
    description: 'An event name in use on the website’s contacts (Crisp suggested people event).',
    fields: (t) => ({
      text: t.exposeString('text', { description: 'The event’s text, as timelines show it.' }),
      count: t.exposeInt('count', { description: 'How many times contacts have the event.' }),
    }),
  });

const SuggestedPeopleEventConnection = itemConnection(SuggestedPeopleEvent, {
  item: 'an event name',
  items: 'event names',
  order: 'in Crisp’s order',
});

builder.objectFields(Website, (t) => ({
  suggestedPeopleDataKeys: t.field({
    nullable: true,
    type: SuggestedDataKeyConnection,
    description: `Custom data keys in use on the website’s contacts, with their contact counts; null when they could not be read.${ID_CURSOR_NOTE}`,
    extensions: crispCalls({ calls: pagedCalls }),
    args: pagingArgs(t.arg, 'data keys'),
    resolve: (w, args, ctx) => suggest.suggestedDataKeys(ctx, w.id, args),
  }),
  suggestedPeopleEvents: t.field({
    nullable: true,
    type: SuggestedPeopleEventConnection,
    description: `Event names in use on the website’s contacts, with their counts; null when they could not be read.${ID_CURSOR_NOTE}`,
    extensions: crispCalls({ calls: pagedCalls }),
    args: pagingArgs(t.arg, 'event names'),
    resolve: (w, args, ctx) => suggest.suggestedEvents(ctx, w.id, args),
  }),
}));

const deletes = [
  ['deleteSuggestedPeopleSegment', 'segment', 'segment', 'a segment'],
  ['deleteSuggestedPeopleDataKey', 'dataKey', 'key', 'a custom data key'],
  ['deleteSuggestedPeopleEvent', 'event', 'text', 'an event name'],
] as const satisfies readonly (readonly [string, SuggestionKind, string, string])[];

for (const [field, kind, valueField, what] of deletes) {
  const Input = builder.inputType(`${field[0]!.toUpperCase()}${field.slice(1)}Input`, {
    description: `The website and ${what} it should no longer suggest.`,
    fields: (t) => ({
      websiteId: t.id({
        description: 'The website; default: the configured one (CRISP_WEBSITE_ID).',
        validate: websiteIdInputSchema.nullish(),
      }),
      [valueField]: t.string({
        required: true,
        description: `The ${what.replace(/^(a|an) /, '')}, exactly as suggested.`,
        validate: z.string().min(1),
      }),
    }),
  });
  const Payload = payloadRef<{ deleted?: DeletedSuggestion }>(field, (t) => ({
    website: t.field({
      type: Website,
      nullable: true,
      description: 'The website whose suggestion was deleted; null when the delete failed.',
      resolve: ({ deleted }) => (deleted ? { id: deleted.websiteId } : null),
    }),
    [valueField]: t.string({
      nullable: true,
      description: `The ${what.replace(/^(a|an) /, '')} no longer suggested; null when the delete failed.`,
      resolve: ({ deleted }) => deleted?.value ?? null,
    }),
  }));
  builder.mutationField(field, (t) =>
    t.field({
      type: Payload,
      nullable: true,
      description: `Stops suggesting ${what} for the website’s contacts; the contacts keep it.`,
      extensions: withUserErrors,
      args: { input: t.arg({ type: Input, required: true, description: 'What to delete.' }) },
      resolve: async (_, { input }, ctx) => {
        const value = (input as Record<string, unknown>)[valueField] as string;
        return {
          deleted: await suggest.deleteSuggestion(ctx, kind, { websiteId: input.websiteId, value }),
        };
      },
    }),
  );
}
