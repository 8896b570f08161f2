import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import type { NullableDeep } from './without-nulls.ts';

/** Catalogue `WebsiteSettingsChatbox`, camelCased. */
export interface ChatboxSettingsModel {
  tile?: string;
  conversations?: boolean;
  waitGame?: boolean;
  websiteLogo?: boolean;
  lastOperatorFace?: boolean;
  ongoingOperatorFace?: boolean;
  activityMetrics?: boolean;
  operatorPrivacy?: boolean;
  visitorPrivacy?: boolean;
  availabilityTooltip?: boolean;
  hideVacation?: boolean;
  hideOnAway?: boolean;
  hideOnMobile?: boolean;
  positionReverse?: boolean;
  emailVisitors?: boolean;
  phoneVisitors?: boolean;
  forceIdentify?: boolean;
  ignorePrivacy?: boolean;
  visitorCompose?: boolean;
  fileTransfer?: boolean;
  audioRecord?: boolean;
  guardLevel?: string;
  modeInitial?: string;
  home?: boolean;
  overlaySearch?: boolean;
  overlayMode?: boolean;
  helpdeskLink?: boolean;
  helpdeskOnly?: boolean;
  helpdeskNavigate?: string;
  statusHealthDead?: boolean;
  checkDomain?: boolean;
  colorTheme?: string;
  colorMode?: string;
  layoutTheme?: string;
  textTheme?: string;
  welcomeMessage?: string;
  locale?: string;
  allowedPages?: string[];
  blockedPages?: string[];
  blockedCountries?: string[];
  blockedLocales?: string[];
  blockedIps?: string[];
}

/** Catalogue `WebsiteSettings`, camelCased. */
export interface WebsiteSettingsModel {
  websiteId?: string;
  name?: string;
  domain?: string;
  domainAlternates?: string[];
  logo?: string;
  audit?: { log?: boolean };
  contact?: {
    email?: string;
    phone?: string;
    messenger?: string;
    telegram?: string;
    twitter?: string;
    whatsapp?: string;
    instagram?: string;
  };
  inbox?: { lockRemoval?: boolean; forceOperatorToken?: boolean; locale?: string };
  emails?: {
    rating?: boolean;
    transcript?: boolean;
    trackers?: boolean;
    junkFilter?: boolean;
    enrich?: boolean;
  };
  chatbox?: ChatboxSettingsModel;
}

/** A settings patch as clients write it: any group, any subset, nulls meaning "leave as is". */
export type WebsiteSettingsPatch = NullableDeep<Omit<WebsiteSettingsModel, 'websiteId'>>;

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Settings are plain nested groups whose keys differ from the model only by case, so one deep
 * key mapping replaces a field-by-field copy of some sixty keys. Nulls are dropped: in a PATCH
 * they mean "not given".
 */
function rekey(value: unknown, key: (k: string) => string): unknown {
  if (Array.isArray(value)) return value;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [key(k), rekey(v, key)]),
  );
}

/** GET /website/{website_id}/settings */
export async function getWebsiteSettings(
  crisp: CrispClient,
  websiteId: string,
): Promise<WebsiteSettingsModel> {
  const raw = await crisp.get<Record<string, unknown>>(route`/website/${websiteId}/settings`);
  return rekey(raw, camel) as WebsiteSettingsModel;
}

/** PATCH /website/{website_id}/settings — nested groups merge; keys left out keep their value. */
export async function updateWebsiteSettings(
  crisp: CrispClient,
  websiteId: string,
  patch: WebsiteSettingsPatch,
): Promise<void> {
  await crisp.patch(route`/website/${websiteId}/settings`, rekey(patch, snake));
}
