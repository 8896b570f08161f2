import { z } from 'zod';
import { tierNote } from '../datasources/crisp-tiers.ts';
import { websiteIdInputSchema } from '../request/node-id.ts';
import type { ImportPeopleInput, PeopleImportModel } from '../resolvers/people-import.ts';
import * as imports from '../resolvers/people-import.ts';
import { unwrap } from '../resolvers/subscription.ts';
import type {
  PeopleImportDoneModel,
  PeopleImportEventModel,
  PeopleImportProgressModel,
  SkippedRowModel,
} from '../rtm/people-import-event.ts';
import type { InputFields } from './builder.ts';
import { builder } from './builder.ts';
import { eventFields } from './rtm-event.ts';
import { payloadRef, withUserErrors } from './user-error.ts';
import { Website } from './website.ts';

/**
 * Contact imports from a CSV file, followed live through `peopleImportEvents`, and the export
 * Crisp emails to the account.
 */

const websiteIdField = (t: InputFields) =>
  t.id({
    description: 'The website; default: the configured one (CRISP_WEBSITE_ID).',
    validate: websiteIdInputSchema.nullish(),
  });

const ImportColumnInput = builder
  .inputRef<ImportPeopleInput['mapping'][number]>('PeopleImportColumnInput')
  .implement({
    description: 'Which profile field one CSV column fills.',
    fields: (t) => ({
      column: t.int({
        required: true,
        description: 'The column, counted from 1.',
        validate: z.number().int().min(1).max(1000),
      }),
      field: t.string({
        required: true,
        description: 'The profile field path, e.g. `email`, `person.nickname`, `segments`.',
        validate: z.string().trim().min(1).max(200),
      }),
    }),
  });

const ImportPeopleProfilesInput = builder
  .inputRef<ImportPeopleInput>('ImportPeopleProfilesInput')
  .implement({
    description: 'A CSV file of contacts and how its columns map to profile fields.',
    fields: (t) => ({
      websiteId: websiteIdField(t),
      url: t.field({
        type: 'URL',
        required: true,
        description:
          'Where Crisp downloads the CSV file: typically a file uploaded through `generateBucketUrl`.',
      }),
      mapping: t.field({
        type: [ImportColumnInput],
        required: true,
        description: 'The columns to import (at least one); columns not named are ignored.',
        validate: z.array(z.unknown()).min(1),
      }),
      columnSeparator: t.string({
        description: 'The column separator. Default: Crisp’s (a comma).',
        validate: z.string().length(1).nullish(),
      }),
      skipHeader: t.boolean({
        description: 'Whether the first row is a header. Default: Crisp’s.',
      }),
    }),
  });

const ImportPeopleProfilesPayload = payloadRef<{ started?: PeopleImportModel }>(
  'importPeopleProfiles',
  (t) => ({
    website: t.field({
      type: Website,
      nullable: true,
      description: 'The website the contacts go to; null when the import did not start.',
      resolve: ({ started }) => (started ? { id: started.websiteId } : null),
    }),
    importId: t.string({
      nullable: true,
      description:
        'Crisp’s id for the import, as `peopleImportEvents` names it; null when Crisp gave none or the import did not start.',
      resolve: ({ started }) => started?.importId ?? null,
    }),
  }),
);

const ExportPeopleProfilesInput = builder
  .inputRef<{ websiteId?: string | null }>('ExportPeopleProfilesInput')
  .implement({
    description: 'The website whose contacts to export.',
    fields: (t) => ({ websiteId: websiteIdField(t) }),
  });

const ExportPeopleProfilesPayload = payloadRef<{ exported?: { websiteId: string } }>(
  'exportPeopleProfiles',
  (t) => ({
    website: t.field({
      type: Website,
      nullable: true,
      description: 'The website whose contacts are exported; null when the export did not start.',
      resolve: ({ exported }) => (exported ? { id: exported.websiteId } : null),
    }),
  }),
);

builder.mutationFields((t) => ({
  importPeopleProfiles: t.field({
    type: ImportPeopleProfilesPayload,
    nullable: true,
    description: `${tierNote('website.people.import_profiles')}Starts importing contacts from a CSV file; Crisp works in the background and reports through \`peopleImportEvents\`. Never sent twice: a retry would import twice.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({ type: ImportPeopleProfilesInput, required: true, description: 'The file.' }),
    },
    resolve: async (_, { input }, ctx) => ({ started: await imports.importProfiles(ctx, input) }),
  }),
  exportPeopleProfiles: t.field({
    type: ExportPeopleProfilesPayload,
    nullable: true,
    description: `${tierNote('website.people.export_profiles')}Starts exporting every contact of the website; Crisp emails the file to the account.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: ExportPeopleProfilesInput,
        required: true,
        description: 'The website.',
      }),
    },
    resolve: async (_, { input }, ctx) => ({ exported: await imports.exportProfiles(ctx, input) }),
  }),
}));

const PeopleImportEvent = builder
  .interfaceRef<PeopleImportEventModel>('PeopleImportEvent')
  .implement({
    description: 'A contact import moving on: one type per Crisp `people:import:*` event.',
    resolveType: (e) => e.typename,
    fields: (t) => ({
      ...eventFields(t),
      website: t.field({
        type: Website,
        description: 'The website the contacts go to.',
        resolve: (e) => ({ id: e.websiteId }),
      }),
      importId: t.exposeString('importId', {
        nullable: true,
        description:
          'Crisp’s id for the import, as `importPeopleProfiles` gave it; null when the event names none.',
      }),
    }),
  });

const SkippedRow = builder.objectRef<SkippedRowModel>('PeopleImportSkippedRow').implement({
  description: 'A CSV row the import left out.',
  fields: (t) => ({
    identifier: t.exposeString('identifier', {
      nullable: true,
      description: 'What names the row (usually its email); null when Crisp gives nothing.',
    }),
    reason: t.exposeString('reason', { description: 'Why it was left out, as Crisp says it.' }),
  }),
});

builder.objectRef<PeopleImportProgressModel>('PeopleImportProgressEvent').implement({
  description: '`people:import:progress`: how far an import has come.',
  interfaces: [PeopleImportEvent],
  fields: (t) => ({
    progress: t.exposeInt('progress', { description: 'Percent done, from 0 to 100.' }),
    total: t.exposeInt('total', {
      nullable: true,
      description: 'Rows in the file; null when Crisp does not say.',
    }),
    skipped: t.exposeInt('skipped', {
      nullable: true,
      description: 'Rows left out so far; null when Crisp does not say.',
    }),
    remaining: t.exposeInt('remaining', {
      nullable: true,
      description: 'Rows still to import; null when Crisp does not say.',
    }),
    skippedRows: t.field({
      type: [SkippedRow],
      description: 'The rows left out so far that Crisp names; empty when it names none.',
      resolve: (e) => e.skippedRows,
    }),
  }),
});

builder.objectRef<PeopleImportDoneModel>('PeopleImportDoneEvent').implement({
  description: '`people:import:done`: an import finished.',
  interfaces: [PeopleImportEvent],
  fields: (t) => ({
    hasFailed: t.exposeBoolean('failed', {
      description: 'Whether the import failed (Crisp `error`).',
    }),
  }),
});

builder.subscriptionField('peopleImportEvents', (t) =>
  t.field({
    type: PeopleImportEvent,
    nullable: true,
    description:
      'Contact imports of the website moving on and finishing (`people:import:progress`, `people:import:done`). Crisp sends these to user tokens only: with another token the subscription fails with FORBIDDEN at once.',
    args: {
      websiteId: t.arg.id({
        description:
          "The website: its id (or global id). Default: the gateway's website (CRISP_WEBSITE_ID).",
      }),
    },
    subscribe: (_, args, ctx) => imports.importEvents(ctx, args),
    resolve: (e) => unwrap(e),
  }),
);
