import { z } from 'zod';
import type { ConversationKey } from '../datasources/conversation.ts';
import type { WidgetActionModel } from '../datasources/conversation-widget.ts';
import { pluginIdSchema } from '../datasources/crisp-id.ts';
import { tierNote } from '../datasources/crisp-tiers.ts';
import type { WidgetInput } from '../resolvers/conversation-widget.ts';
import * as widget from '../resolvers/conversation-widget.ts';
import { builder, type InputFields } from './builder.ts';
import { Conversation } from './conversation.ts';
import { conversationInputFields } from './conversation-mutation-input.ts';
import { payloadRef, withUserErrors } from './user-error.ts';

/** Actions on a plugin's widget, run from a conversation; the plugin answers later, over RTM. */

const WidgetAction = builder.objectRef<WidgetActionModel>('WidgetAction').implement({
  description:
    'Crisp’s acknowledgement of a widget action: the plugin’s answer follows as `widget:action:processed`, matched by `correlationId`.',
  fields: (t) => ({
    correlationId: t.exposeString('correlationId', {
      nullable: true,
      description:
        'Matches the `correlation_id` of the `widget:action:processed` event that answers; null when Crisp gave none.',
    }),
    attempts: t.exposeInt('attempts', {
      nullable: true,
      description: 'How many times Crisp tries to reach the plugin; null when Crisp gave none.',
    }),
    exhaustion: t.exposeInt('exhaustion', {
      nullable: true,
      description: 'Crisp’s retry exhaustion figure for the delivery; null when Crisp gave none.',
    }),
  }),
});

const widgetText = z.string().min(1).max(256);

/** The fields that name a widget item in every widget action input. */
const widgetFields = (t: InputFields) => ({
  ...conversationInputFields(t),
  pluginId: t.id({
    required: true,
    description: "The plugin whose widget it is: Crisp's plugin_id (a UUID).",
    validate: pluginIdSchema,
  }),
  sectionId: t.string({
    required: true,
    description: 'The widget section holding the item, as the plugin’s widget schema names it.',
    validate: widgetText,
  }),
  itemId: t.string({
    required: true,
    description: 'The item acted on, as the plugin’s widget schema names it.',
    validate: widgetText,
  }),
});

/** A free-form JSON object handed on as given; `.validate` gives the field its type. */
export const jsonObject = z.record(z.string(), z.json());

const data = (t: InputFields, of: string) =>
  t
    .field({
      type: 'JSONObject',
      required: true,
      description: `${of}: a JSON object, free-form, handed to the plugin as given.`,
    })
    .validate(jsonObject);

type Data = { data: Record<string, unknown> };

const DeliverWidgetButtonActionInput = builder
  .inputRef<WidgetInput & Data & { value?: string | null }>('DeliverWidgetButtonActionInput')
  .implement({
    description: 'The widget button clicked, and what it carries.',
    fields: (t) => ({
      ...widgetFields(t),
      data: data(t, 'The data the button carries'),
      value: t.string({
        description: 'The value of the button’s item, when it has one.',
        validate: z.string().max(1024),
      }),
    }),
  });

const DeliverWidgetDataFetchActionInput = builder
  .inputRef<WidgetInput & Data>('DeliverWidgetDataFetchActionInput')
  .implement({
    description: 'The widget item whose data the plugin should fetch.',
    fields: (t) => ({ ...widgetFields(t), data: data(t, 'What the fetch needs') }),
  });

const DeliverWidgetDataEditActionInput = builder
  .inputRef<WidgetInput & { value: string }>('DeliverWidgetDataEditActionInput')
  .implement({
    description: 'The widget item edited, and its new value.',
    fields: (t) => ({
      ...widgetFields(t),
      value: t.string({
        required: true,
        description: 'The item’s new value.',
        validate: z.string().max(1024),
      }),
    }),
  });

type WidgetAnswer = { action: WidgetActionModel; conversation: ConversationKey };

const widgetMutation = <I extends WidgetInput>(
  name: string,
  routeId: string,
  input: ReturnType<ReturnType<typeof builder.inputRef<I>>['implement']>,
  description: string,
  run: (ctx: Parameters<typeof widget.button>[0], input: I) => Promise<WidgetAnswer>,
) => {
  const Payload = payloadRef<Partial<WidgetAnswer>>(name, (t) => ({
    widgetAction: t.field({
      type: WidgetAction,
      nullable: true,
      description: 'Crisp’s acknowledgement; null when the delivery failed.',
      resolve: (p) => p.action ?? null,
    }),
    conversation: t.field({
      type: Conversation,
      nullable: true,
      description: 'The conversation the action ran in; null when the delivery failed.',
      resolve: (p) => p.conversation ?? null,
    }),
  }));
  builder.mutationField(name, (t) =>
    t.field({
      type: Payload,
      nullable: true,
      description: `${tierNote(routeId)}${description} The plugin answers with \`widget:action:processed\` (see \`crispEvents\`).`,
      extensions: withUserErrors,
      args: {
        input: t.arg({
          type: input,
          required: true,
          description: 'The widget item and the action.',
        }),
      },
      resolve: (_, args, ctx) => run(ctx, (args as unknown as { input: I }).input),
    }),
  );
};

widgetMutation(
  'deliverWidgetButtonAction',
  'website.conversation.deliver_widget_button_action',
  DeliverWidgetButtonActionInput,
  'Forwards a click on a plugin widget button to the plugin (`Deliver Widget Button Action For Conversation`).',
  widget.button,
);
widgetMutation(
  'deliverWidgetDataFetchAction',
  'website.conversation.deliver_widget_data_fetch_action',
  DeliverWidgetDataFetchActionInput,
  'Asks the plugin for the data of a widget item (`Deliver Widget Data Fetch Action For Conversation`).',
  widget.dataFetch,
);
widgetMutation(
  'deliverWidgetDataEditAction',
  'website.conversation.deliver_widget_data_edit_action',
  DeliverWidgetDataEditActionInput,
  'Sends the new value of an edited widget item to the plugin (`Deliver Widget Data Edit Action For Conversation`).',
  widget.dataEdit,
);
