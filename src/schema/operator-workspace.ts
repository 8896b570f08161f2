import { z } from 'zod';
import {
  listWebsiteOperatorAvailabilities,
  type OperatorAvailabilityModel,
} from '../datasources/availability.ts';
import { tierNote } from '../datasources/crisp-tiers.ts';
import type { OperatorEmailModel } from '../datasources/operator.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import type { SendOperatorEmailInput as SendOperatorEmailInputModel } from '../resolvers/operator.ts';
import * as operator from '../resolvers/operator.ts';
import { Availability, toAvailability } from './availability.ts';
import { builder } from './builder.ts';
import { websiteIdField } from './conversation-mutation-input.ts';
import { Operator } from './operator.ts';
import { payloadRef, withUserErrors } from './user-error.ts';
import { Website } from './website.ts';

/** What concerns the whole team at once: each operator's availability, a mail to the team. */

const OperatorAvailability = builder
  .objectRef<OperatorAvailabilityModel>('OperatorAvailability')
  .implement({
    description: "An operator's availability, as Crisp lists them for the website.",
    fields: (t) => ({
      operator: t.field({
        type: Operator,
        description: 'The operator; their other fields read the website’s team list.',
        resolve: (a) => ({ websiteId: a.websiteId, userId: a.userId }),
      }),
      availability: t.field({
        type: Availability,
        nullable: true,
        description: 'Whether they can answer now; null when Crisp sends a value outside the set.',
        resolve: (a) => toAvailability(a.type),
      }),
      since: t.expose('since', {
        type: 'DateTime',
        nullable: true,
        description: 'Since when they have had it; null when Crisp leaves it out.',
      }),
      validFor: t.exposeInt('validFor', {
        nullable: true,
        description: 'Seconds it stays valid; null when Crisp sets no limit.',
      }),
    }),
  });

builder.objectField(Website, 'operatorAvailabilities', (t) =>
  t.field({
    type: [OperatorAvailability],
    nullable: true,
    description:
      "Each operator's availability (its own Crisp call). A list, not a connection: Crisp " +
      'returns the whole team at once.',
    extensions: crispCalls({ calls: 1 }),
    resolve: (w, _, ctx) => listWebsiteOperatorAvailabilities(ctx.crisp, w.id),
  }),
);

const OperatorEmailTargetInput = builder
  .inputRef<NonNullable<OperatorEmailModel['target']>>('OperatorEmailTargetInput')
  .implement({
    description: 'A link the email ends with: what to read or do next.',
    fields: (t) => ({
      label: t.string({
        required: true,
        description: 'The link text (1 to 100 characters).',
        validate: z.string().trim().min(1).max(100),
      }),
      url: t.field({ type: 'URL', required: true, description: 'Where the link goes.' }),
    }),
  });

const SendOperatorEmailInput = builder
  .inputRef<SendOperatorEmailInputModel>('SendOperatorEmailInput')
  .implement({
    description: 'An email to the website’s team, sent by Crisp (e.g. an integration’s warning).',
    fields: (t) => ({
      websiteId: websiteIdField(t, 'the team'),
      recipient: t.string({
        required: true,
        defaultValue: 'owners',
        description:
          "Who receives it: Crisp's audience selector, e.g. `owners` (a string, as Crisp " +
          'documents no closed set). Default: `owners`.',
        validate: z.string().min(1).max(50),
      }),
      operatorId: t.id({
        description:
          "One operator to mail: their global id, or Crisp's user_id on the website; none when absent.",
      }),
      subject: t.string({
        required: true,
        description: 'The subject (1 to 200 characters).',
        validate: z.string().trim().min(1).max(200),
      }),
      message: t.string({
        required: true,
        description: 'The text (1 to 10000 characters).',
        validate: z.string().trim().min(1).max(10_000),
      }),
      target: t.field({
        type: OperatorEmailTargetInput,
        description: 'A link to end the email with; none when absent.',
      }),
    }),
  });

const FlushLastActiveOperatorsInput = builder
  .inputRef<{ websiteId?: string | null }>('FlushLastActiveOperatorsInput')
  .implement({
    description: 'The website whose last-active list to empty.',
    fields: (t) => ({ websiteId: websiteIdField(t, 'the list') }),
  });

const websitePayload = (mutation: string, what: string) =>
  payloadRef<{ websiteId?: string }>(mutation, (t) => ({
    website: t.field({
      type: Website,
      nullable: true,
      description: `The website ${what}; null when the write failed.`,
      resolve: (p) => (p.websiteId ? { id: p.websiteId } : null),
    }),
  }));

builder.mutationFields((t) => ({
  sendOperatorEmail: t.field({
    type: websitePayload('sendOperatorEmail', 'whose team was mailed'),
    nullable: true,
    description: `${tierNote('website.operator.send_email')}Has Crisp email the website’s team.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({ type: SendOperatorEmailInput, required: true, description: 'The email.' }),
    },
    resolve: async (_, { input }, ctx) => ({
      websiteId: await operator.sendOperatorEmail(ctx, input),
    }),
  }),
  flushLastActiveOperators: t.field({
    type: websitePayload('flushLastActiveOperators', 'whose list was emptied'),
    nullable: true,
    description: `${tierNote('website.operator.flush_last_active')}Empties the list of operators active lately (\`lastActiveOperators\`).`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: FlushLastActiveOperatorsInput,
        required: true,
        description: 'The website.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({
      websiteId: await operator.flushLastActiveOperators(ctx, input.websiteId),
    }),
  }),
}));
