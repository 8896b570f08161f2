import { tierNote } from '../datasources/crisp-tiers.ts';
import type { PersonCampaignModel } from '../datasources/people-campaign.ts';
import { crispCalls, pagedCalls } from '../request/crisp-cost.ts';
import * as suggest from '../resolvers/people-suggest.ts';
import { builder } from './builder.ts';
import { itemConnection, pagingArgs } from './item-connection.ts';
import { ID_CURSOR_NOTE } from './list-cursor.ts';
import { Person } from './people.ts';

/** The campaigns a contact received (Crisp `List People Campaigns`). */

const PersonCampaign = builder.objectRef<PersonCampaignModel>('PersonCampaign').implement({
  description: 'A campaign as one contact received it: when it went out and what the contact did.',
  fields: (t) => ({
    name: t.exposeString('name', { nullable: true, description: 'The campaign’s name.' }),
    type: t.exposeString('type', {
      nullable: true,
      description: 'The campaign’s type as Crisp names it (`one-shot`, `automated`).',
    }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the campaign was created.',
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the campaign last changed.',
    }),
    dispatchedAt: t.expose('dispatchedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it went out to the contact; null when it has not.',
    }),
    occurredAt: t.expose('occurredAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the contact last acted on it; null when they have not.',
    }),
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
