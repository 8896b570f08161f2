import * as datasource from '../datasources/people-import.ts';
import type { GatewayContext } from '../request/context.ts';
import { peopleImportEventNames, toPeopleImportEvent } from '../rtm/people-import-event.ts';
import { follow, type ScopeArgs } from './subscription.ts';
import { websiteIdOrDefault } from './website.ts';

/** Contact imports from a CSV file and exports by email, and the import's live progress. */

export interface ImportPeopleInput {
  websiteId?: string | null;
  url: string;
  mapping: { column: number; field: string }[];
  columnSeparator?: string | null;
  skipHeader?: boolean | null;
}

/** What an import started: the website, and Crisp's id for the job when it gives one. */
export interface PeopleImportModel {
  websiteId: string;
  importId: string | null;
}

export async function importProfiles(
  ctx: GatewayContext,
  input: ImportPeopleInput,
): Promise<PeopleImportModel> {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  const options = {
    ...(input.columnSeparator != null && { column_separator: input.columnSeparator }),
    ...(input.skipHeader != null && { skip_header: input.skipHeader }),
  };
  const { importId } = await datasource.importPeopleProfiles(ctx.crisp, websiteId, {
    url: input.url,
    mapping: input.mapping,
    ...(Object.keys(options).length > 0 && { options }),
  });
  return { websiteId, importId };
}

export async function exportProfiles(
  ctx: GatewayContext,
  input: { websiteId?: string | null },
): Promise<{ websiteId: string }> {
  const websiteId = websiteIdOrDefault(ctx, input.websiteId, 'write');
  await datasource.exportPeopleProfiles(ctx.crisp, websiteId);
  return { websiteId };
}

export const importEvents = (ctx: GatewayContext, args: ScopeArgs) =>
  follow(ctx, args, peopleImportEventNames, toPeopleImportEvent);
