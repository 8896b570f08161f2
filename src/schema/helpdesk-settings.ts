import { z } from 'zod';
import { tierNote } from '../datasources/crisp-tiers.ts';
import type { HelpdeskDomainModel, Settings } from '../datasources/helpdesk-settings.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import * as settings from '../resolvers/helpdesk-settings.ts';
import { builder } from './builder.ts';
import { Helpdesk } from './helpdesk.ts';
import { websiteField } from './helpdesk-mutation.ts';
import { payloadRef, withUserErrors } from './user-error.ts';

/**
 * The helpdesk's settings (appearance, localization, section labels, behavior, services, custom
 * code, access) and its domain. Settings keep Crisp's names, camel-cased, as the website settings
 * do; every group is built from one table, for reading and for writing.
 */

type Scalar = 'Boolean' | 'String' | 'URL';
const refs = (name: string) => ({
  output: builder.objectRef<Settings>(`Helpdesk${name}Settings`),
  input: builder.inputRef<Settings>(`Helpdesk${name}SettingsInput`),
});
type Group = ReturnType<typeof refs>;
type Spec = [Scalar | Group, string];

/** `Helpdesk<name>Settings` and its `…Input`: the same fields, all optional. */
function group(
  name: string,
  description: string,
  fields: Record<string, Spec>,
  inputOnly: Record<string, Spec> = {},
): Group {
  const typeOf = (type: Scalar | Group, side: 'output' | 'input') =>
    typeof type === 'string' ? type : type[side];
  const { output, input } = refs(name);
  output.implement({
    description,
    fields: (t) =>
      Object.fromEntries(
        Object.entries(fields).map(([key, [type, words]]) => [
          key,
          t.field({
            type: typeOf(type, 'output') as 'String',
            nullable: true,
            description: `${words} Null when Crisp leaves it out.`,
            resolve: (s) => (s[key] ?? null) as string | null,
          }),
        ]),
      ),
  });
  input.implement({
    description: `${description} Only the fields given change.`,
    fields: (t) =>
      Object.fromEntries(
        Object.entries({ ...fields, ...inputOnly }).map(([key, [type, words]]) => [
          key,
          t.field({ type: typeOf(type, 'input') as 'String', description: words }),
        ]),
      ),
  });
  return { output, input };
}

const color = group('Color', 'The colour scheme of the help center.', {
  mode: ['String', 'The colour mode, as Crisp names it (e.g. `light`).'],
  modeChangeable: ['Boolean', 'Whether readers may switch the colour mode.'],
});
const logos = group('Logos', 'The images of the help center.', {
  favicon: ['URL', 'The favicon.'],
  header: ['URL', 'The header logo.'],
  footer: ['URL', 'The footer logo.'],
});
const appearance = group('Appearance', 'How the help center looks.', {
  color: [color, 'The colour scheme.'],
  logos: [logos, 'The images.'],
  banner: ['URL', 'The banner image.'],
});
const localization = group('Localization', 'The languages the help center is written in.', {
  writingLocale: ['String', 'The locale articles are written in first, e.g. `en`.'],
  translatedAutomatic: ['Boolean', 'Whether Crisp translates the articles into the other locales.'],
  translatedLocalesReadonly: ['Boolean', 'Whether translated locales are read-only.'],
});
const section = group('Section', 'The display labels of the content families.', {
  articles: ['String', 'Display label of the articles section.'],
  guides: ['String', 'Display label of the guides section.'],
  references: ['String', 'Display label of the references section.'],
  news: ['String', 'Display label of the news section.'],
});
const behavior = group('Behavior', 'What the help center offers its readers.', {
  frequentlyRead: ['Boolean', 'Whether it shows the frequently read articles.'],
  showCategoryImages: ['Boolean', 'Whether it shows category images.'],
  showChatbox: ['Boolean', 'Whether it shows the chatbox.'],
  askFeedback: ['Boolean', 'Whether it asks readers whether an article helped.'],
  reportIncorrect: ['Boolean', 'Whether readers may report an incorrect article.'],
  serveMarkdown: ['Boolean', 'Whether it serves articles as Markdown too (`.md` URLs).'],
  agentChatBar: ['Boolean', 'Whether it shows the AI agent chat bar.'],
  agentCopyButton: ['Boolean', 'Whether it shows a button copying an article for an AI agent.'],
  tableOfContents: ['Boolean', 'Whether articles show a table of contents.'],
  localePicker: ['Boolean', 'Whether readers may pick a locale.'],
  referLink: ['Boolean', 'Whether it shows a link referring to Crisp.'],
  forbidIndexing: ['Boolean', 'Whether search engines are asked not to index it.'],
  statusHealthDead: ['Boolean', 'Whether it shows when the status page reports a dead service.'],
});
const service = group('Service', 'Services the knowledge base is exposed through.', {
  mcpServer: ['Boolean', 'Whether the knowledge base is exposed through an MCP endpoint.'],
});
const include = group('Include', 'Custom code of the help center.', {
  html: ['String', 'Custom HTML injected into pages.'],
});
const access = group(
  'Access',
  'Who may read the help center. The password and JWT secret may be set, never read back.',
  { restrictMode: ['String', 'How reading is restricted, as Crisp names it (e.g. `public`).'] },
  {
    password: ['String', 'The password readers enter, when the restriction asks for one.'],
    jwtSecret: ['String', 'The secret signing reader tokens, when the restriction uses them.'],
  },
);
const root = group('', 'The helpdesk settings.', {
  name: ['String', 'The helpdesk name.'],
  appearance: [appearance, 'How the help center looks.'],
  localization: [localization, 'Its languages.'],
  section: [section, 'The labels of the content families.'],
  behavior: [behavior, 'What it offers its readers.'],
  service: [service, 'Services it is exposed through.'],
  include: [include, 'Custom code.'],
  access: [access, 'Who may read it.'],
});

const HelpdeskDomain = builder.objectRef<HelpdeskDomainModel>('HelpdeskDomain').implement({
  description: 'The addresses of the help center.',
  fields: (t) => ({
    root: t.exposeString('root', {
      nullable: true,
      description: 'The domain default addresses live under, e.g. `crisp.help`; null when unknown.',
    }),
    basic: t.exposeString('basic', {
      nullable: true,
      description: 'The sub-domain of the default address; null when unknown.',
    }),
    custom: t.exposeString('custom', {
      nullable: true,
      description: 'The custom host name; null when none is set.',
    }),
    isVerified: t.exposeBoolean('isVerified', {
      nullable: true,
      description: 'Whether the custom host’s DNS records are verified; null when unknown.',
    }),
  }),
});

builder.objectFields(Helpdesk, (t) => ({
  settings: t.field({
    type: root.output,
    nullable: true,
    description: 'The helpdesk settings; null when they could not be read.',
    extensions: crispCalls({ calls: 1 }),
    resolve: (h, _, ctx) => settings.settings(ctx, h.websiteId),
  }),
  domain: t.field({
    type: HelpdeskDomain,
    nullable: true,
    description: `${tierNote('website.helpdesk.domain.resolve')}The addresses of the help center; null when they could not be read.`,
    extensions: crispCalls({ calls: 1 }),
    resolve: (h, _, ctx) => settings.domain(ctx, h.websiteId),
  }),
  domainSetup: t.field({
    type: 'JSON',
    nullable: true,
    description: `${tierNote('website.helpdesk.domain.setup.generate')}The DNS records a custom host needs, as Crisp gives them (no client types them); null when they could not be read.`,
    extensions: crispCalls({ calls: 1 }),
    args: {
      custom: t.arg.string({
        description: 'The custom host to prepare. Default: the one set.',
        validate: z.string().min(1).max(253).nullish(),
      }),
    },
    resolve: (h, { custom }, ctx) => settings.domainSetup(ctx, h.websiteId, custom),
  }),
}));

const SaveHelpdeskSettingsInput = builder
  .inputRef<{ websiteId?: string | null; settings: Settings }>('SaveHelpdeskSettingsInput')
  .implement({
    description: 'The settings to change; what is left out stays.',
    fields: (t) => ({
      websiteId: websiteField(t),
      settings: t.field({
        type: root.input,
        required: true,
        description: 'The settings to change.',
      }),
    }),
  });

const ChangeHelpdeskDomainInput = builder
  .inputRef<{ websiteId?: string | null; basic?: string | null; custom?: string | null }>(
    'ChangeHelpdeskDomainInput',
  )
  .implement({
    description: 'The addresses to change; what is left out stays.',
    fields: (t) => ({
      websiteId: websiteField(t),
      basic: t.string({
        description: 'The new sub-domain of the default address.',
        validate: z
          .string()
          .regex(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/, 'must be a host label')
          .nullish(),
      }),
      custom: t.string({
        description: 'The new custom host name; an empty string removes it.',
        validate: z.string().max(253).nullish(),
      }),
    }),
  });

const helpdeskPayload = (name: string) =>
  payloadRef<{ helpdesk?: { websiteId: string } }>(name, (t) => ({
    helpdesk: t.field({
      type: Helpdesk,
      nullable: true,
      description: 'The helpdesk changed; its fields read it back. Null when the write failed.',
      resolve: (p) => p.helpdesk ?? null,
    }),
  }));

builder.mutationFields((t) => ({
  saveHelpdeskSettings: t.field({
    type: helpdeskPayload('saveHelpdeskSettings'),
    nullable: true,
    description: 'Changes helpdesk settings (Crisp merges them into the current ones).',
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: SaveHelpdeskSettingsInput,
        required: true,
        description: 'The settings to change.',
      }),
    },
    resolve: (_, { input }, ctx) => settings.saveSettings(ctx, input),
  }),
  changeHelpdeskDomain: t.field({
    type: helpdeskPayload('changeHelpdeskDomain'),
    nullable: true,
    description: `${tierNote('website.helpdesk.domain.change.request')}Changes the default sub-domain and/or the custom host of the help center.`,
    extensions: withUserErrors,
    args: {
      input: t.arg({
        type: ChangeHelpdeskDomainInput,
        required: true,
        description: 'The addresses to change.',
      }),
    },
    resolve: (_, { input }, ctx) => settings.changeDomain(ctx, input),
  }),
}));
