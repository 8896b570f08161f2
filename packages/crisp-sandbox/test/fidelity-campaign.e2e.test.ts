import { describe, expect, test } from 'vitest';
import { campaignScope } from './fidelity-scope.ts';
import {
  acmeId,
  events,
  failure,
  plugin,
  testClientCoverage,
  useFidelitySandbox,
  user,
} from './support/fidelity-directory.ts';

/**
 * The official Node client (`crisp-api`) drives each campaign route against the sandbox: what it
 * builds must be what the sandbox serves, and what it parses what the sandbox answers.
 */
useFidelitySandbox();

const campaignEvents = () => events.filter((e) => e.event.startsWith('campaign:'));

describe('campaigns', () => {
  test('listCampaigns, listCampaignTags and the seeded campaign, its recipients and statistics', async () => {
    const list = await user.website.listCampaigns(acmeId, 1);
    expect(list.map((c) => c.name)).toEqual(['Welcome series', 'January newsletter']);
    expect(await user.website.listCampaignTags(acmeId)).toEqual(['newsletter', 'onboarding']);
    const sent = list[1]!;
    expect(sent).toMatchObject({ dispatched: true, progress: 100, ready: true });
    const full = await user.website.getCampaign(acmeId, sent.campaign_id!);
    expect(full.statistics!.opened).toBeGreaterThan(0);
    const recipients = await user.website.listCampaignRecipients(acmeId, sent.campaign_id!, 1);
    expect(recipients).toHaveLength(Math.min(20, sent.targets!));
    expect(recipients[0]).toMatchObject({
      people_id: expect.any(String),
      email: expect.any(String),
    });
    const opened = await user.website.listCampaignStatistics(
      acmeId,
      sent.campaign_id!,
      'opened',
      1,
    );
    expect(opened).toHaveLength(Math.min(20, full.statistics!.opened!));
    expect(opened.every((s) => s.type === 'opened')).toBe(true);
    expect(await failure(plugin.website.listCampaigns(acmeId, 1))).toEqual({
      message: 'restricted_route_tier',
      code: 403,
    });
  });

  test('createNewCampaign, saveCampaign, updateCampaign, checkCampaignExists, removeCampaign', async () => {
    const created = (await user.website.createNewCampaign(acmeId, 'one-shot', 'Spring sale')) as {
      campaign_id: string;
    };
    const id = created.campaign_id;
    await expect(user.website.checkCampaignExists(acmeId, id)).resolves.toEqual({});
    expect(await user.website.getCampaign(acmeId, id)).toMatchObject({
      name: 'Spring sale',
      type: 'one-shot',
      ready: false,
    });
    await user.website.saveCampaign(acmeId, id, {
      name: 'Spring sale',
      subject: '20% off',
      message: 'Everything is 20% off this week.',
      recipients: { type: 'segment', segments: ['vip'] },
    } as never);
    expect(await user.website.getCampaign(acmeId, id)).toMatchObject({
      subject: '20% off',
      ready: true,
      recipients: { type: 'segment', segments: ['vip'] },
    });
    await user.website.updateCampaign(acmeId, id, { tag: 'sales' } as never);
    expect(await user.website.getCampaign(acmeId, id)).toMatchObject({
      subject: '20% off',
      tag: 'sales',
    });
    await user.website.removeCampaign(acmeId, id);
    expect(await failure(user.website.getCampaign(acmeId, id))).toEqual({
      message: 'not_found',
      code: 404,
    });
    expect(await failure(user.website.checkCampaignExists(acmeId, id))).toMatchObject({
      code: 404,
    });
  });

  test('testCampaign, dispatchCampaign, pauseCampaign, resumeCampaign emit the campaign events', async () => {
    const { campaign_id: id } = (await user.website.createNewCampaign(
      acmeId,
      'one-shot',
      'Launch',
    )) as { campaign_id: string };
    await user.website.testCampaign(acmeId, id);
    expect(campaignEvents()).toEqual([]);
    await user.website.dispatchCampaign(acmeId, id);
    expect(campaignEvents().map((e) => [e.event, e.data])).toEqual([
      ['campaign:running', { website_id: acmeId, campaign_id: id, running: true }],
      ['campaign:progress', { website_id: acmeId, campaign_id: id, progress: 100 }],
      ['campaign:dispatched', { website_id: acmeId, campaign_id: id }],
      ['campaign:running', { website_id: acmeId, campaign_id: id, running: false }],
    ]);
    expect(await user.website.getCampaign(acmeId, id)).toMatchObject({
      dispatched: true,
      progress: 100,
      dispatched_at: expect.any(Number),
    });
    await user.website.resumeCampaign(acmeId, id);
    expect((await user.website.getCampaign(acmeId, id)).running).toBe(true);
    await user.website.pauseCampaign(acmeId, id);
    expect((await user.website.getCampaign(acmeId, id)).running).toBe(false);
    expect(
      campaignEvents()
        .slice(-2)
        .map((e) => e.data.running),
    ).toEqual([true, false]);
  });
});

describe('campaign templates', () => {
  test('listCampaignTemplates, create, check, get, save, update and remove a template', async () => {
    const seeded = await plugin.website.listCampaignTemplates(acmeId, 1);
    expect(seeded.map((t) => t.name)).toEqual(['Monthly newsletter']);
    const { template_id: id } = await plugin.website.createNewCampaignTemplate(
      acmeId,
      'html',
      'Promo',
    );
    await expect(plugin.website.checkCampaignTemplateExists(acmeId, id!)).resolves.toEqual({});
    expect(await plugin.website.getCampaignTemplate(acmeId, id!)).toMatchObject({
      name: 'Promo',
      format: 'html',
    });
    await plugin.website.saveCampaignTemplate(acmeId, id!, {
      name: 'Promo v2',
      format: 'html',
      content: '<h1>Hi</h1>',
    });
    await plugin.website.updateCampaignTemplate(acmeId, id!, { content: '<h1>Hello</h1>' });
    expect(await plugin.website.getCampaignTemplate(acmeId, id!)).toMatchObject({
      name: 'Promo v2',
      content: '<h1>Hello</h1>',
    });
    expect((await plugin.website.listCampaignTemplates(acmeId, 1)).map((t) => t.name)).toEqual([
      'Promo v2',
      'Monthly newsletter',
    ]);
    await plugin.website.removeCampaignTemplate(acmeId, id!);
    expect(await failure(plugin.website.getCampaignTemplate(acmeId, id!))).toEqual({
      message: 'not_found',
      code: 404,
    });
  });
});

testClientCoverage('campaignScope', campaignScope);
