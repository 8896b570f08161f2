import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { personKey } from '../datasources/people.ts';
import { listPeopleCampaigns } from '../datasources/people-campaign.ts';
import * as suggest from '../datasources/people-suggest.ts';
import type { GatewayContext } from '../request/context.ts';
import { pageConnection, websitePages } from './page-connection.ts';
import { type PersonParent, routeId } from './people.ts';
import { websiteIdOrDefault } from './website.ts';

/** The suggestions Crisp builds from a website's contacts, and a contact's campaigns. */

export const suggestedDataKeys = websitePages(
  'Website.suggestedPeopleDataKeys',
  suggest.listSuggestedPeopleDataKeys,
  (s) => s.key,
);

export const suggestedEvents = websitePages(
  'Website.suggestedPeopleEvents',
  suggest.listSuggestedPeopleEvents,
  (s) => s.text,
);

export const campaigns = (ctx: GatewayContext, p: PersonParent, args: DefaultConnectionArguments) =>
  pageConnection(args, (page) => listPeopleCampaigns(ctx.crisp, p.websiteId, routeId(p), page), {
    name: 'Person.campaigns',
    parentId: personKey(p.websiteId, routeId(p)),
    idOf: (c) => c.campaignId,
  });

export type SuggestionKind = 'segment' | 'dataKey' | 'event';

const deletes = {
  segment: suggest.deleteSuggestedPeopleSegment,
  dataKey: suggest.deleteSuggestedPeopleDataKey,
  event: suggest.deleteSuggestedPeopleEvent,
} satisfies Record<SuggestionKind, unknown>;

/** What a suggestion delete acted on: the website, and the value no longer suggested. */
export interface DeletedSuggestion {
  websiteId: string;
  value: string;
}

export async function deleteSuggestion(
  ctx: GatewayContext,
  kind: SuggestionKind,
  input: { websiteId?: string | null; value: string },
): Promise<DeletedSuggestion> {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  await deletes[kind](ctx.crisp, websiteId, input.value);
  return { websiteId, value: input.value };
}
