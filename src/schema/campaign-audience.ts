import type {
  CampaignRecipientModel,
  CampaignStatisticModel,
} from '../datasources/campaign-audience.ts';
import type { CampaignAudienceModel, CampaignFilterModel } from '../datasources/campaign-detail.ts';
import { builder, type SchemaTypes } from './builder.ts';
import { Person } from './people.ts';

/** Who a campaign goes to, and what each recipient did with it (value objects). */

/** A contact named by its people_id, as a Person whose fields read the profile. */
const personOf = (websiteId: string, peopleId: string) => ({
  websiteId,
  peopleId,
  known: {},
  written: true as const,
});

export const CampaignFilter = builder.objectRef<CampaignFilterModel>('CampaignFilter').implement({
  description: 'One condition of a segment-style filter (Crisp `WebsiteFilter`).',
  fields: (t) => ({
    model: t.exposeString('model', {
      nullable: true,
      description: 'The data model the condition applies to, e.g. `people`; null when not set.',
    }),
    criterion: t.exposeString('criterion', {
      nullable: true,
      description: 'The field or attribute tested; null when not set.',
    }),
    operator: t.exposeString('operator', {
      nullable: true,
      description: "Crisp's comparison operator name; null when not set.",
    }),
    query: t.expose('query', {
      type: 'JSON',
      nullable: true,
      description: 'The operand values, free-form in Crisp; null when not set.',
    }),
  }),
});

export const CampaignAudience = builder
  .objectRef<CampaignAudienceModel>('CampaignAudience')
  .implement({
    description: 'Who a campaign goes to (Crisp `recipients`).',
    fields: (t) => ({
      type: t.exposeString('type', {
        nullable: true,
        description:
          'How recipients are chosen, as Crisp names it (`all`, `segment`, `people`…): a string, as Crisp does not document the set. Null when not set.',
      }),
      segments: t.exposeStringList('segments', {
        description: 'The segments whose contacts receive it.',
      }),
      people: t.field({
        type: [Person],
        description: 'The contacts chosen one by one; their other fields read each profile.',
        resolve: (a) => a.peopleIds.map((id) => personOf(a.websiteId, id)),
      }),
      filter: t.expose('filter', {
        type: [CampaignFilter],
        description: 'The conditions a contact must meet.',
      }),
    }),
  });

const recipientFields = <R extends CampaignRecipientModel>(
  t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, R>,
) => ({
  person: t.field({
    type: Person,
    nullable: true,
    description: 'The contact; null when Crisp names none. Its other fields read the profile.',
    resolve: (r) => (r.peopleId ? personOf(r.websiteId, r.peopleId) : null),
  }),
  email: t.string({
    nullable: true,
    description: "The contact's email; null when Crisp leaves it out.",
    resolve: (r) => r.email,
  }),
  nickname: t.string({
    nullable: true,
    description: "The contact's name; null when not set.",
    resolve: (r) => r.nickname,
  }),
  avatar: t.string({
    nullable: true,
    description: "The contact's avatar URL; null when not set.",
    resolve: (r) => r.avatar,
  }),
});

export const CampaignRecipient = builder
  .objectRef<CampaignRecipientModel>('CampaignRecipient')
  .implement({
    description: 'A contact a campaign targets.',
    fields: (t) => ({
      ...recipientFields(t),
      isSubscribed: t.exposeBoolean('isSubscribed', {
        nullable: true,
        description: 'Whether the contact still accepts campaign emails; null when not said.',
      }),
    }),
  });

export const CampaignStatistic = builder
  .objectRef<CampaignStatisticModel>('CampaignStatistic')
  .implement({
    description: 'What one recipient did with a campaign (opened, clicked…), and when.',
    fields: (t) => ({
      ...recipientFields(t),
      action: t.exposeString('action', {
        nullable: true,
        description: 'The action, as asked for; null when Crisp leaves it out.',
      }),
      data: t.expose('data', {
        type: 'JSON',
        nullable: true,
        description: 'Extra data Crisp attached (the clicked link…), free-form; null when none.',
      }),
      createdAt: t.expose('createdAt', {
        type: 'DateTime',
        nullable: true,
        description: 'When it happened; null when Crisp leaves it out.',
      }),
    }),
  });
