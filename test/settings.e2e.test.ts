import type { Sandbox } from 'crisp-sandbox';
import { test as base, describe, expect } from './support/fixtures.ts';

// Every test counts the REST calls it causes: the live RTM feed, which reads its endpoints, is off.
const test = base.extend({ gatewayEnv: { CRISP_RTM_MODE: 'off' } });

function acme(sandbox: Sandbox) {
  const website = sandbox.seed.websites[0]!;
  return { website, websiteId: website.website.website_id as string };
}

const callsOf = (sandbox: Sandbox, id: string) => sandbox.calls.filter((c) => c.id === id);

const SETTINGS_FIELDS = `
  websiteId name domain domainAlternates logo
  audit { log }
  contact { email phone messenger telegram twitter whatsapp instagram }
  inbox { lockRemoval forceOperatorToken locale }
  emails { rating transcript trackers junkFilter }
  chatbox {
    tile conversations waitGame websiteLogo lastOperatorFace ongoingOperatorFace activityMetrics
    operatorPrivacy visitorPrivacy availabilityTooltip hideVacation hideOnAway hideOnMobile
    positionReverse emailVisitors phoneVisitors forceIdentify ignorePrivacy visitorCompose
    fileTransfer audioRecord guardLevel modeInitial home overlaySearch overlayMode helpdeskLink
    helpdeskOnly helpdeskNavigate statusHealthDead checkDomain colorTheme colorMode layoutTheme
    textTheme welcomeMessage locale allowedPages blockedPages blockedCountries blockedLocales blockedIps
  }
`;

describe('website settings', () => {
  test('settings reads every catalogued group, camelCased', async ({ gateway, sandbox }) => {
    const { websiteId, website } = acme(sandbox);
    const data = await gateway.executeOk(
      `query($w: ID) { website(id: $w) { settings { ${SETTINGS_FIELDS} } } }`,
      { w: websiteId },
    );
    const raw = website.settings;
    expect(data.website.settings).toMatchObject({
      websiteId,
      name: raw.name,
      domainAlternates: raw.domain_alternates,
      inbox: {
        lockRemoval: raw.inbox.lock_removal,
        forceOperatorToken: raw.inbox.force_operator_token,
      },
      emails: { junkFilter: raw.emails.junk_filter },
      chatbox: {
        waitGame: raw.chatbox.wait_game,
        blockedIps: raw.chatbox.blocked_ips,
        helpdeskNavigate: raw.chatbox.helpdesk_navigate,
        colorTheme: raw.chatbox.color_theme,
      },
    });
    expect(callsOf(sandbox, 'website.settings.get')).toMatchObject([
      { method: 'GET', path: `/website/${websiteId}/settings` },
    ]);
  });

  test('updateWebsiteSettings sends a snake_case PATCH of only the fields given', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($input: UpdateWebsiteSettingsInput!) { updateWebsiteSettings(input: $input) {
        website { crispId }
        settings { name contact { email } emails { junkFilter } chatbox { waitGame colorTheme blockedCountries blockedLocales } }
        userErrors { code }
      } }`,
      {
        input: {
          websiteId,
          name: 'Acme Help',
          contact: { email: 'help@acme.example' },
          emails: { junkFilter: false },
          chatbox: {
            waitGame: true,
            colorTheme: 'red',
            blockedCountries: ['ru', 'KP'],
            blockedLocales: ['XX'],
          },
        },
      },
    );
    expect(data.updateWebsiteSettings.website).toEqual({ crispId: websiteId });
    expect(data.updateWebsiteSettings.userErrors).toEqual([]);
    expect(data.updateWebsiteSettings.settings).toEqual({
      name: 'Acme Help',
      contact: { email: 'help@acme.example' },
      emails: { junkFilter: false },
      chatbox: {
        waitGame: true,
        colorTheme: 'red',
        blockedCountries: ['RU', 'KP'],
        blockedLocales: ['xx'],
      },
    });
    expect(callsOf(sandbox, 'website.settings.update')).toMatchObject([
      {
        method: 'PATCH',
        path: `/website/${websiteId}/settings`,
        body: {
          name: 'Acme Help',
          contact: { email: 'help@acme.example' },
          emails: { junk_filter: false },
          chatbox: {
            wait_game: true,
            color_theme: 'red',
            blocked_countries: ['RU', 'KP'],
            blocked_locales: ['xx'],
          },
        },
      },
    ]);
    expect(
      Object.keys(callsOf(sandbox, 'website.settings.update')[0]!.body as object).sort(),
    ).toEqual(['chatbox', 'contact', 'emails', 'name']);
    expect(sandbox.violations).toEqual([]);
  });

  test('a bad country code in the settings is refused with zero calls', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = acme(sandbox);
    const { errors } = await gateway.execute(
      `mutation($input: UpdateWebsiteSettingsInput!) { updateWebsiteSettings(input: $input) { userErrors { code } } }`,
      {
        input: { websiteId, chatbox: { blockedCountries: ['FRA'] } },
      },
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain('blockedCountries');
    expect(sandbox.calls).toEqual([]);
  });
});
