import { type Args, crispCalls } from '../request/crisp-cost.ts';
import type { WrittenPerson } from '../resolvers/people.ts';
import * as write from '../resolvers/people-mutation.ts';
import { builder } from './builder.ts';
import { Person } from './people.ts';
import {
  AddPersonEventInput,
  CreatePersonInput,
  RemovePersonInput,
  SavePersonDataInput,
  SavePersonInput,
  UpdatePersonDataInput,
  UpdatePersonInput,
  UpdatePersonSubscriptionInput,
} from './people-input.ts';
import { payloadRef, withUserErrors } from './user-error.ts';

/** The writes on one contact: each returns a payload with the contact as written (§4). */

/** Named by email: the contact's id is read (once) when selected, as Crisp answers no people_id. */
const byEmail = (args: Args) => ((args.input as { email?: string }).email ? 1 : 0);

/** The write, and the id read after one by email; the contact's other fields read it when selected. */
const writeOnly = {
  ...crispCalls({ calls: (args) => 1 + byEmail(args), loaded: false }),
  ...withUserErrors,
};

const PERSON =
  'The contact as written: what the input and Crisp’s answer give, with no read-back; other ' +
  'fields are read when selected. Named by email, its `id` and `crispId` take one read of the ' +
  'profile, as Crisp answers a write without the people_id. Null when the write failed.';

const personPayload = (mutation: string) =>
  payloadRef<{ person?: WrittenPerson }>(mutation, (t) => ({
    person: t.field({
      type: Person,
      nullable: true,
      description: PERSON,
      resolve: (p) => p.person ?? null,
    }),
  }));

const RemovePersonPayload = payloadRef<{ removedPersonId?: string }>('removePerson', (t) => ({
  removedPersonId: t.field({
    type: 'ID',
    nullable: true,
    description:
      'The global id of the contact removed, for a cache to evict; null when the removal failed.',
    resolve: (p) => p.removedPersonId ?? null,
  }),
}));

builder.mutationFields((t) => ({
  createPerson: t.field({
    type: personPayload('createPerson'),
    nullable: true,
    description: 'Creates a contact (`POST /website/{website_id}/people/profile`).',
    extensions: writeOnly,
    args: {
      input: t.arg({ type: CreatePersonInput, required: true, description: 'The new contact.' }),
    },
    resolve: (_, { input }, ctx) => write.createPerson(ctx, input),
  }),
  updatePerson: t.field({
    type: personPayload('updatePerson'),
    nullable: true,
    description:
      'Changes the profile fields given and keeps the others (`PATCH /website/{website_id}/people/profile/{people_id}`).',
    extensions: writeOnly,
    args: {
      input: t.arg({
        type: UpdatePersonInput,
        required: true,
        description: 'The contact and the changes.',
      }),
    },
    resolve: (_, { input }, ctx) => write.updatePerson(ctx, input, input.profile),
  }),
  savePerson: t.field({
    type: personPayload('savePerson'),
    nullable: true,
    description:
      'Replaces the whole profile card; fields left out are cleared (`PUT /website/{website_id}/people/profile/{people_id}`).',
    extensions: writeOnly,
    args: {
      input: t.arg({
        type: SavePersonInput,
        required: true,
        description: 'The contact and its new card.',
      }),
    },
    resolve: (_, { input }, ctx) => write.savePerson(ctx, input, input.profile),
  }),
  removePerson: t.field({
    type: RemovePersonPayload,
    nullable: true,
    description:
      'Removes a contact (`DELETE /website/{website_id}/people/profile/{people_id}`). Named by ' +
      'email, it is read first for its id; a contact that does not exist is NOT_FOUND.',
    // Named by email, the contact is read for its people_id before the removal.
    extensions: writeOnly,
    args: {
      input: t.arg({
        type: RemovePersonInput,
        required: true,
        description: 'The contact to remove.',
      }),
    },
    resolve: (_, { input }, ctx) => write.removePerson(ctx, input),
  }),
  addPersonEvent: t.field({
    type: personPayload('addPersonEvent'),
    nullable: true,
    description:
      'Adds an event to the contact’s timeline (`POST /website/{website_id}/people/events/{people_id}`).',
    extensions: writeOnly,
    args: {
      input: t.arg({
        type: AddPersonEventInput,
        required: true,
        description: 'The contact and the event.',
      }),
    },
    resolve: (_, { input }, ctx) => write.addPersonEvent(ctx, input, input),
  }),
  savePersonData: t.field({
    type: personPayload('savePersonData'),
    nullable: true,
    description:
      'Replaces all of the contact’s custom data (`PUT /website/{website_id}/people/data/{people_id}`); the payload’s `person.data` is the data sent.',
    extensions: writeOnly,
    args: {
      input: t.arg({
        type: SavePersonDataInput,
        required: true,
        description: 'The contact and its new data.',
      }),
    },
    resolve: (_, { input }, ctx) => write.writePersonData(ctx, input, input.data, 'save'),
  }),
  updatePersonData: t.field({
    type: personPayload('updatePersonData'),
    nullable: true,
    description:
      'Sets keys of the contact’s custom data and keeps the others (`PATCH /website/{website_id}/people/data/{people_id}`); the payload’s `person.data` is read when selected.',
    extensions: writeOnly,
    args: {
      input: t.arg({
        type: UpdatePersonDataInput,
        required: true,
        description: 'The contact and the keys to set.',
      }),
    },
    resolve: (_, { input }, ctx) => write.writePersonData(ctx, input, input.data, 'update'),
  }),
  updatePersonSubscription: t.field({
    type: personPayload('updatePersonSubscription'),
    nullable: true,
    description:
      'Sets whether the contact receives email campaigns (`PATCH /website/{website_id}/people/subscription/{people_id}`).',
    extensions: writeOnly,
    args: {
      input: t.arg({
        type: UpdatePersonSubscriptionInput,
        required: true,
        description: 'The contact and its subscription.',
      }),
    },
    resolve: (_, { input }, ctx) => write.updateSubscription(ctx, input, input.subscribed),
  }),
}));
