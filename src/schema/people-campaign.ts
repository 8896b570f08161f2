import { tierNote } from '../datasources/crisp-tiers.ts';
import type { PersonCampaignModel } from '../datasources/people-campaign.ts';
import { crispCalls, pagedCalls } from '../request/crisp-cost.ts';
import * as suggest from '../resolvers/people-suggest.ts';
import { builder, type SchemaTypes } from './builder.ts';
import { Campaign } from './campaign.ts';
import { itemConnection, pagingArgs } from './item-connection.ts';
import { ID_CURSOR_NOTE } from './list-cursor.ts';
import { Person } from './people.ts';

/** The campaigns a contact received (Crisp `List People Campaigns`). */

type DateField = 'createdAt' | 'updatedAt' | 'dispatchedAt' | 'occurredAt';

/** A time of the campaign, null when Crisp gives none. */
const at = (
  t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, PersonCampaignModel>,
  field: DateField,
  description: string,
) => t.expose(field, { type: 'DateTime', nullable: true, description });

const PersonCampaign = builder.objectRef<PersonCampaignModel>('PersonCampaign').implement({
  description: 'A campaign as one contact received it: when it went out and what the contact did.',
  fields: (t) => ({
    campaign: t.field({
      type: Campaign,
      description: 'The campaign itself; its fields load when selected.',
      extensions: crispCalls({ loaded: false }),
      resolve: (c) => ({ websiteId: c.websiteId, campaignId: c.campaignId }),
    }),
    name: t.exposeString('name', { nullable: true, description: 'The campaign’s name.' }),
    type: t.exposeString('type', {
      nullable: true,
      description: 'The campaign’s type as Crisp names it (`one-shot`, `automated`).',
    }),
    createdAt: at(t, 'createdAt', 'When the campaign was created.'),
    updatedAt: at(t, 'updatedAt', 'When the campaign last changed.'),
    dispatchedAt: at(t, 'dispatchedAt', 'When it went out to the contact; null when it has not.'),
    occurredAt: at(t, 'occurredAt', 'When the contact last acted on it; null when they have not.'),
    statistics: t.exposeStringList('statistics', {
      description:
        'What happened to it for this contact, as Crisp names it (`delivered`, `opened`, `clicked`, `unsubscribed`).',
    }),
  }),
});

const PersonCampaignConnection = itemConnection(PersonCampaign, {
  item: 'a campaign',
  items: 'campaigns',
  order: 'in Crisp’s order',
});

builder.objectFields(Person, (t) => ({
  campaigns: t.field({
    nullable: true,
    type: PersonCampaignConnection,
    description: `${tierNote('website.people.list_campaigns')}The campaigns the contact received; null when they could not be read.${ID_CURSOR_NOTE}`,
    extensions: crispCalls({ calls: pagedCalls }),
    args: pagingArgs(t.arg, 'campaigns'),
    resolve: (p, args, ctx) => suggest.campaigns(ctx, p, args),
  }),
}));
