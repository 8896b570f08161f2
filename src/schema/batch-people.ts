import type { InputFieldMap } from '@pothos/core';
import { z } from 'zod';
import { tierNote } from '../datasources/crisp-tiers.ts';
import type { PeopleDataValue } from '../datasources/people-detail.ts';
import type { GatewayContext } from '../request/context.ts';
import { personRef } from '../request/node-id.ts';
import type { BatchPeopleInput, BatchPeopleModel } from '../resolvers/batch.ts';
import * as batch from '../resolvers/batch.ts';
import * as batchConversation from '../resolvers/batch-conversation.ts';
import { websiteIdField } from './batch.ts';
import { batchDataField, batchSegmentsField } from './batch-conversation.ts';
import type { InputFields } from './builder.ts';
import { builder } from './builder.ts';
import { PeopleFilterInput, SearchOperator, searchOperatorDescription } from './people-input.ts';
import { payloadRef, withUserErrors } from './user-error.ts';
import { Website } from './website.ts';

/** Batch operations over many contacts: remove, and set custom data or segments. */

const peopleFields = (t: InputFields) => ({
  personIds: t.idList({
    description:
      "The contacts (1 to 500), of one website: global ids, or Crisp's people_ids. Exactly one of `personIds` and `filter`.",
    validate: z.array(z.string()).min(1).max(500).nullish(),
  }),
  filter: t.field({
    type: [PeopleFilterInput],
    description: 'Every contact this search matches. Exactly one of `personIds` and `filter`.',
  }),
  searchOperator: t.field({ type: SearchOperator, description: searchOperatorDescription }),
  websiteId: websiteIdField(t, 'raw `personIds` or of `filter`'),
});

const oneSelection = z
  .looseObject({
    personIds: z.array(z.string()).nullish(),
    filter: z.array(z.unknown()).nullish(),
  })
  .refine((v) => (v.personIds == null) !== (v.filter == null), {
    message: 'pass exactly one of personIds or filter',
    path: ['personIds'],
  });

const personIdsOf = ({ acted }: { acted?: BatchPeopleModel }) =>
  acted?.peopleIds?.map((p) => personRef.globalId(acted.websiteId, p)) ?? null;

interface PeopleBatch<Extra> {
  field: string;
  routeId: string;
  description: string;
  input: string;
  extra?: (t: InputFields) => InputFieldMap;
  idsField: string;
  idsDescription: string;
  run: (ctx: GatewayContext, input: BatchPeopleInput & Extra) => Promise<BatchPeopleModel>;
  what: string;
}

function peopleBatchMutation<Extra>(m: PeopleBatch<Extra>) {
  const Input = builder.inputType(m.input, {
    description: `${m.description} Contacts by id, or every contact a search matches (exactly one).`,
    fields: (t) => ({ ...peopleFields(t), ...m.extra?.(t) }),
    validate: oneSelection,
  });
  const Payload = payloadRef<{ acted?: BatchPeopleModel }>(m.field, (t) => ({
    website: t.field({
      type: Website,
      nullable: true,
      description: `The website whose contacts were ${m.what}; null when the write failed.`,
      resolve: ({ acted }) => (acted ? { id: acted.websiteId } : null),
    }),
    [m.idsField]: t.idList({
      nullable: true,
      description: `${m.idsDescription}; null when the write failed or a \`filter\` chose them (Crisp does not say which).`,
      resolve: personIdsOf,
    }),
  }));
  builder.mutationField(m.field, (t) =>
    t.field({
      type: Payload,
      nullable: true,
      description: `${tierNote(m.routeId)}${m.description} Crisp may finish the work after answering.`,
      extensions: withUserErrors,
      args: { input: t.arg({ type: Input, required: true, description: 'The contacts.' }) },
      // The extra fields' types are lost in Pothos's argument mapping; `Extra` names them.
      resolve: async (_, args, ctx) => ({
        acted: await m.run(ctx, (args as unknown as { input: BatchPeopleInput & Extra }).input),
      }),
    }),
  );
}

peopleBatchMutation({
  field: 'batchRemovePeople',
  input: 'BatchRemovePeopleInput',
  routeId: 'website.batch.remove_people',
  description: 'Removes many contacts at once.',
  idsField: 'removedPersonIds',
  idsDescription: 'The global ids of the contacts sent for removal, for a cache to evict',
  run: batch.removePeople,
  what: 'removed',
});

peopleBatchMutation<{ data: Record<string, PeopleDataValue> }>({
  field: 'batchUpdatePeopleData',
  input: 'BatchUpdatePeopleDataInput',
  routeId: 'website.batch.update_people_data',
  description: "Sets custom data keys on many contacts, merged into each contact's other keys.",
  extra: (t) => ({ data: batchDataField(t) }),
  idsField: 'personIds',
  idsDescription: 'The global ids of the contacts sent',
  run: batchConversation.updatePeopleData,
  what: 'updated',
});

peopleBatchMutation<{ segments: string[] }>({
  field: 'batchUpdatePeopleSegments',
  input: 'BatchUpdatePeopleSegmentsInput',
  routeId: 'website.batch.update_people_segments',
  description: 'Tags many contacts with segments.',
  extra: (t) => ({ segments: batchSegmentsField(t) }),
  idsField: 'personIds',
  idsDescription: 'The global ids of the contacts sent',
  run: batchConversation.updatePeopleSegments,
  what: 'updated',
});
