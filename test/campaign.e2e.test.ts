import type { Sandbox } from 'crisp-sandbox';
import { describe, expect } from './support/fixtures.ts';
import { callsOf, userTest as test } from './support/rest.ts';

function acme(sandbox: Sandbox) {
  const websiteId = sandbox.seed.websiteIds[0]!;
  return { websiteId, path: `/website/${websiteId}` };
}

const CAMPAIGN = `id crispId name type subject tag isReady isDispatched isRunning progress targetCount
  reachedCount createdAt dispatchedAt sender { crispId } audience { type segments }
  delivery { deliverToEmail tracking } counts { opened clicked }`;

describe('reading campaigns', () => {
  test('campaigns, campaign(id), tags, recipients and statistics make one call each', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, path } = acme(sandbox);
    const data = await gateway.executeOk(
      `query($w: ID) { website(id: $w) {
        campaigns { edges { node { crispId name isDispatched progress } } }
        campaignTags
      } }`,
      { w: websiteId },
    );
    const [draft, sent] = data.website.campaigns.edges.map((e: { node: unknown }) => e.node);
    expect(draft).toMatchObject({ name: 'Welcome series', isDispatched: false, progress: 0 });
    expect(sent).toMatchObject({ name: 'January newsletter', isDispatched: true, progress: 100 });
    expect(data.website.campaignTags).toEqual(['newsletter', 'onboarding']);
    expect(callsOf(sandbox, 'website.campaign.list')).toMatchObject([
      { method: 'GET', path: `${path}/campaigns/list/1` },
    ]);

    const one = await gateway.executeOk(
      `query($w: ID, $c: ID!) { website(id: $w) { campaign(id: $c) { ${CAMPAIGN}
        recipients(first: 2) { edges { node { email isSubscribed person { crispId } } } }
        statistics(action: "opened", first: 50) { edges { node { action email createdAt } } }
      } campaignExists(id: $c) } }`,
      { w: websiteId, c: sent.crispId },
    );
    const c = one.website.campaign;
    expect(c).toMatchObject({
      id: `Campaign:${websiteId}:${sent.crispId}`,
      subject: 'What is new this month',
      isReady: true,
      audience: { type: 'all', segments: [] },
      delivery: { deliverToEmail: true, tracking: true },
    });
    expect(c.sender.crispId).toMatch(/^[0-9a-f-]{36}$/);
    expect(c.recipients.edges).toHaveLength(2);
    expect(c.statistics.edges).toHaveLength(c.counts.opened);
    expect(
      c.statistics.edges.every((e: { node: { action: string } }) => e.node.action === 'opened'),
    ).toBe(true);
    expect(one.website.campaignExists).toBe(true);
    expect(callsOf(sandbox, 'website.campaign.get')).toMatchObject([
      { method: 'GET', path: `${path}/campaign/${sent.crispId}` },
    ]);
    expect(callsOf(sandbox, 'website.campaign.recipients.list')[0]).toMatchObject({
      path: `${path}/campaign/${sent.crispId}/recipients/1`,
    });
    expect(callsOf(sandbox, 'website.campaign.statistics.list')[0]).toMatchObject({
      path: `${path}/campaign/${sent.crispId}/statistics/opened/1`,
    });
    expect(callsOf(sandbox, 'website.campaign.check')).toMatchObject([{ method: 'HEAD' }]);

    // node(id:) reads the campaign back from its global id.
    const node = await gateway.executeOk(
      `query($id: ID!) { node(id: $id) { ... on Campaign { name } } }`,
      {
        id: c.id,
      },
    );
    expect(node.node).toEqual({ name: 'January newsletter' });
  });

  test('a malformed campaign id or statistics action costs no call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId } = acme(sandbox);
    const bad = await gateway.execute(
      `query($w: ID) { website(id: $w) { campaign(id: "nope") { name } } }`,
      { w: websiteId },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const action = await gateway.execute(
      `query($w: ID) { website(id: $w) { campaigns { edges { node { statistics(action: "../x") { edges { cursor } } } } } } }`,
      { w: websiteId },
    );
    expect(action.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    // The list was read; no statistics were asked for.
    expect(sandbox.calls.map((c) => c.id)).toEqual(['website.campaign.list']);
  });
});

describe('writing campaigns', () => {
  test('create, save, update, dispatch, pause, resume, test and remove send their calls', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, path } = acme(sandbox);
    const peopleId = [...sandbox.seed.websites[0]!.people.keys()][0]!;
    const created = await gateway.executeOk(
      `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { campaign { id crispId name } userErrors { code } } }`,
      { i: { websiteId, type: 'one-shot', name: 'Spring sale' } },
    );
    const { id, crispId } = created.createCampaign.campaign;
    expect(created.createCampaign).toMatchObject({
      campaign: { name: 'Spring sale' },
      userErrors: [],
    });
    expect(callsOf(sandbox, 'website.campaign.create')).toMatchObject([
      {
        method: 'POST',
        path: `${path}/campaign`,
        body: { type: 'one-shot', name: 'Spring sale' },
      },
    ]);

    await gateway.executeOk(
      `mutation($i: SaveCampaignInput!) { saveCampaign(input: $i) { userErrors { code } } }`,
      {
        i: {
          campaignId: id,
          name: 'Spring sale',
          subject: '20% off',
          message: 'All week.',
          audience: { type: 'people', personIds: [peopleId] },
          delivery: { deliverToEmail: true },
        },
      },
    );
    expect(callsOf(sandbox, 'website.campaign.save')).toMatchObject([
      {
        method: 'PUT',
        path: `${path}/campaign/${crispId}`,
        body: {
          name: 'Spring sale',
          subject: '20% off',
          message: 'All week.',
          recipients: { type: 'people', people: [peopleId] },
          options: { deliver_to_email: true },
        },
      },
    ]);
    const updated = await gateway.executeOk(
      `mutation($i: UpdateCampaignInput!) { updateCampaign(input: $i) { campaign { tag isReady targetCount } userErrors { code } } }`,
      { i: { campaignId: id, tag: 'sales' } },
    );
    expect(updated.updateCampaign.campaign).toEqual({
      tag: 'sales',
      isReady: true,
      targetCount: 1,
    });
    expect(callsOf(sandbox, 'website.campaign.update')).toMatchObject([
      { method: 'PATCH', body: { tag: 'sales' } },
    ]);

    for (const [mutation, routeId] of [
      ['testCampaign', 'website.campaign.test'],
      ['dispatchCampaign', 'website.campaign.dispatch'],
      ['resumeCampaign', 'website.campaign.resume'],
      ['pauseCampaign', 'website.campaign.pause'],
    ] as const) {
      const input = mutation[0]!.toUpperCase() + mutation.slice(1);
      const data = await gateway.executeOk(
        `mutation($i: ${input}Input!) { ${mutation}(input: $i) { campaign { crispId } userErrors { code } } }`,
        { i: { campaignId: crispId, websiteId } },
      );
      expect(data[mutation]).toEqual({ campaign: { crispId }, userErrors: [] });
      expect(callsOf(sandbox, routeId), routeId).toMatchObject([
        { method: 'POST', path: `${path}/campaign/${crispId}/${routeId.split('.').pop()}` },
      ]);
    }

    const removed = await gateway.executeOk(
      `mutation($i: RemoveCampaignInput!) { removeCampaign(input: $i) { removedCampaignId userErrors { code } } }`,
      { i: { campaignId: id } },
    );
    expect(removed.removeCampaign).toEqual({ removedCampaignId: id, userErrors: [] });
    const again = await gateway.executeOk(
      `mutation($i: RemoveCampaignInput!) { removeCampaign(input: $i) { removedCampaignId userErrors { code } } }`,
      { i: { campaignId: id } },
    );
    expect(again.removeCampaign).toEqual({
      removedCampaignId: null,
      userErrors: [{ code: 'NOT_FOUND' }],
    });
  });

  test('a campaign id of another website is refused in userErrors with no call', async ({
    gateway,
    sandbox,
  }) => {
    const [, other] = sandbox.seed.websiteIds;
    const data = await gateway.executeOk(
      `mutation($i: DispatchCampaignInput!) { dispatchCampaign(input: $i) { campaign { crispId } userErrors { code field } } }`,
      {
        i: {
          websiteId: other,
          campaignId: `Campaign:${acme(sandbox).websiteId}:2f5c0a8e-0d3b-4b8e-9d1a-4b0e1c2d3e4f`,
        },
      },
    );
    expect(data.dispatchCampaign).toEqual({
      campaign: null,
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'campaignId'] }],
    });
    expect(sandbox.calls).toEqual([]);
  });
});

describe('campaign templates', () => {
  test('list, read, check, create, save, update and remove', async ({ gateway, sandbox }) => {
    const { websiteId, path } = acme(sandbox);
    const created = await gateway.executeOk(
      `mutation($i: CreateCampaignTemplateInput!) { createCampaignTemplate(input: $i) { template { id crispId } userErrors { code } } }`,
      { i: { websiteId, format: 'html', name: 'Promo' } },
    );
    const { id, crispId } = created.createCampaignTemplate.template;
    expect(callsOf(sandbox, 'website.campaign.template.create')).toMatchObject([
      {
        method: 'POST',
        path: `${path}/campaigns/template`,
        body: { format: 'html', name: 'Promo' },
      },
    ]);
    await gateway.executeOk(
      `mutation($i: SaveCampaignTemplateInput!) { saveCampaignTemplate(input: $i) { userErrors { code } } }`,
      { i: { templateId: id, name: 'Promo v2', format: 'html', content: '<p>Hi</p>' } },
    );
    const updated = await gateway.executeOk(
      `mutation($i: UpdateCampaignTemplateInput!) { updateCampaignTemplate(input: $i) { template { name content } } }`,
      { i: { templateId: id, content: '<p>Hello</p>' } },
    );
    expect(updated.updateCampaignTemplate.template).toEqual({
      name: 'Promo v2',
      content: '<p>Hello</p>',
    });
    expect(callsOf(sandbox, 'website.campaign.template.save')).toMatchObject([
      { method: 'PUT', body: { name: 'Promo v2', format: 'html', content: '<p>Hi</p>' } },
    ]);
    expect(callsOf(sandbox, 'website.campaign.template.update')).toMatchObject([
      { method: 'PATCH', body: { content: '<p>Hello</p>' } },
    ]);

    const read = await gateway.executeOk(
      `query($w: ID, $t: ID!) { website(id: $w) {
        campaignTemplates { edges { node { crispId name } } }
        campaignTemplate(id: $t) { name format content }
        campaignTemplateExists(id: $t)
      } }`,
      { w: websiteId, t: crispId },
    );
    expect(
      read.website.campaignTemplates.edges.map((e: { node: { name: string } }) => e.node.name),
    ).toEqual(['Promo v2', 'Monthly newsletter']);
    expect(read.website.campaignTemplate).toEqual({
      name: 'Promo v2',
      format: 'html',
      content: '<p>Hello</p>',
    });
    expect(read.website.campaignTemplateExists).toBe(true);
    expect(callsOf(sandbox, 'website.campaign.templates.list')).toMatchObject([
      { path: `${path}/campaigns/templates/1` },
    ]);
    expect(callsOf(sandbox, 'website.campaign.template.check')).toMatchObject([{ method: 'HEAD' }]);

    const removed = await gateway.executeOk(
      `mutation($i: RemoveCampaignTemplateInput!) { removeCampaignTemplate(input: $i) { removedCampaignTemplateId } }`,
      { i: { templateId: id } },
    );
    expect(removed.removeCampaignTemplate.removedCampaignTemplateId).toBe(id);
    expect(callsOf(sandbox, 'website.campaign.template.remove')).toMatchObject([
      { method: 'DELETE', path: `${path}/campaigns/template/${crispId}` },
    ]);
  });
});
