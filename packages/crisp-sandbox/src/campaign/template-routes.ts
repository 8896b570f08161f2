import { randomUUID } from 'node:crypto';
import type { RouteContext, Routes } from '../http/handler.ts';
import { notFound, page } from '../http/reply.ts';
import type { Raw } from '../store.ts';
import { campaignBook, pick } from './store.ts';

const EXCERPT = ['template_id', 'type', 'name', 'format', 'created_at', 'updated_at'];
const WRITABLE = ['type', 'name', 'format', 'content'];

function templateOf(ctx: RouteContext): Raw {
  const template = campaignBook(ctx.store, ctx.params.website_id!).templates.get(
    ctx.params.template_id!,
  );
  if (!template) throw notFound('template');
  return template;
}

export const templateRoutes: Routes = {
  'website.campaign.templates.list': ({ store, params, page: n }) =>
    page(
      [...campaignBook(store, params.website_id!).templates.values()]
        .map((t) => pick(t, EXCERPT))
        .reverse(),
      n,
    ),

  'website.campaign.template.create': ({ store, params, body }) => {
    const templateId = randomUUID();
    const now = store.now();
    campaignBook(store, params.website_id!).templates.set(templateId, {
      template_id: templateId,
      type: 'custom',
      name: body.name,
      format: body.format,
      content: '',
      created_at: now,
      updated_at: now,
    });
    return { template_id: templateId };
  },

  'website.campaign.template.check': ({ store, params }) =>
    campaignBook(store, params.website_id!).templates.has(params.template_id!),

  'website.campaign.template.get': (ctx) => templateOf(ctx),

  'website.campaign.template.save': (ctx) => {
    const template = templateOf(ctx);
    const kept = pick(template, ['template_id', 'created_at']);
    campaignBook(ctx.store, ctx.params.website_id!).templates.set(ctx.params.template_id!, {
      type: 'custom',
      content: '',
      ...kept,
      ...pick(ctx.body, WRITABLE),
      updated_at: ctx.store.now(),
    });
    return {};
  },

  'website.campaign.template.update': (ctx) => {
    Object.assign(templateOf(ctx), pick(ctx.body, WRITABLE), { updated_at: ctx.store.now() });
    return {};
  },

  'website.campaign.template.remove': (ctx) => {
    templateOf(ctx);
    campaignBook(ctx.store, ctx.params.website_id!).templates.delete(ctx.params.template_id!);
    return {};
  },
};
