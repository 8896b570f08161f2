import type {
  CampaignCountsModel,
  CampaignFlowModel,
  CampaignOptionsModel,
} from '../datasources/campaign-detail.ts';
import { builder } from './builder.ts';
import { CampaignFilter } from './campaign-audience.ts';

/** When and how a campaign is delivered, and what came of it (value objects). */

export const CampaignFlow = builder.objectRef<CampaignFlowModel>('CampaignFlow').implement({
  description: 'When an automated campaign goes out (Crisp `flow`).',
  fields: (t) => ({
    launchEvent: t.exposeString('launchEvent', {
      nullable: true,
      description: 'The contact event that starts it; null when not set.',
    }),
    assertFilter: t.expose('assertFilter', {
      type: [CampaignFilter],
      description: 'The conditions checked after `assertDelay`.',
    }),
    assertDelay: t.exposeInt('assertDelay', {
      nullable: true,
      description:
        'Delay before the conditions are checked, as Crisp stores it; null when not set.',
    }),
    isDeliveredOnce: t.exposeBoolean('isDeliveredOnce', {
      nullable: true,
      description: 'Whether a contact receives it at most once; null when not set.',
    }),
    deliverDelay: t.exposeInt('deliverDelay', {
      nullable: true,
      description: 'Delay before delivery, as Crisp stores it; null when not set.',
    }),
  }),
});

export const CampaignDeliverySettings = builder
  .objectRef<CampaignOptionsModel>('CampaignDeliverySettings')
  .implement({
    description: 'How a campaign is delivered (Crisp `options`); each is null when not set.',
    fields: (t) => ({
      deliverToChatbox: t.exposeBoolean('deliverToChatbox', {
        nullable: true,
        description: 'Whether it shows in the chatbox.',
      }),
      deliverToEmail: t.exposeBoolean('deliverToEmail', {
        nullable: true,
        description: 'Whether it is sent by email.',
      }),
      senderNameWebsite: t.exposeBoolean('senderNameWebsite', {
        nullable: true,
        description: 'Whether the website name shows as the sender.',
      }),
      senderEmailReply: t.exposeBoolean('senderEmailReply', {
        nullable: true,
        description: 'Whether email replies go to the sender.',
      }),
      tracking: t.exposeBoolean('tracking', {
        nullable: true,
        description: 'Whether opens and clicks are tracked.',
      }),
    }),
  });

export const CampaignCounts = builder.objectRef<CampaignCountsModel>('CampaignCounts').implement({
  description: 'What recipients did with a campaign; each is null when Crisp leaves it out.',
  fields: (t) => ({
    opened: t.exposeInt('opened', { nullable: true, description: 'Recipients who opened it.' }),
    clicked: t.exposeInt('clicked', { nullable: true, description: 'Recipients who clicked.' }),
    unsubscribed: t.exposeInt('unsubscribed', {
      nullable: true,
      description: 'Recipients who unsubscribed from it.',
    }),
  }),
});
