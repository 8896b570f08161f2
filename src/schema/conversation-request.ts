import { z } from 'zod';
import type { ConversationInput } from '../resolvers/conversation-mutation.ts';
import type {
  ReminderInput,
  ReportInput,
  ToolCallInput,
} from '../resolvers/conversation-request.ts';
import * as request from '../resolvers/conversation-request.ts';
import { builder } from './builder.ts';
import { conversationMutation } from './conversation-mutation.ts';
import { conversationInputFields } from './conversation-mutation-input.ts';
import { MessageUserInput, originSchema } from './message-input.ts';

/** Requests Crisp carries out about a conversation: purge, feedback, reminder, report, tool call. */

const RequestConversationBindingPurgeInput = builder
  .inputRef<ConversationInput>('RequestConversationBindingPurgeInput')
  .implement({
    description: 'The conversation whose chatbox bindings to purge.',
    fields: conversationInputFields,
  });

const RequestConversationFeedbackInput = builder
  .inputRef<ConversationInput>('RequestConversationFeedbackInput')
  .implement({
    description: 'The conversation whose visitor to ask for a rating.',
    fields: conversationInputFields,
  });

const ScheduleConversationReminderInput = builder
  .inputRef<ReminderInput>('ScheduleConversationReminderInput')
  .implement({
    description: 'The conversation, when to be reminded of it, and why.',
    fields: (t) => ({
      ...conversationInputFields(t),
      date: t.field({
        type: 'DateTime',
        required: true,
        description: 'When the reminder fires; in the future.',
      }),
      note: t.string({
        required: true,
        description: 'What the reminder says.',
        validate: z.string().trim().min(1).max(1000),
      }),
      user: t.field({
        type: MessageUserInput,
        description: 'Who the reminder shows as set by in the conversation.',
      }),
      origin: t.string({
        description: 'The channel of the reminder: `chat`, `email` or an integration `urn:…`.',
        validate: originSchema,
      }),
    }),
  });

const ReportConversationInput = builder.inputRef<ReportInput>('ReportConversationInput').implement({
  description: 'The conversation to report to Crisp, and why.',
  fields: (t) => ({
    ...conversationInputFields(t),
    flag: t.string({
      required: true,
      description: 'The report category, e.g. `spam`.',
      validate: z.string().regex(/^[a-z_]{1,32}$/, 'must be a report category such as spam'),
    }),
  }),
});

const RequestConversationToolCallInput = builder
  .inputRef<ToolCallInput>('RequestConversationToolCallInput')
  .implement({
    description: 'The conversation, and the tool command to run in it.',
    fields: (t) => ({
      ...conversationInputFields(t),
      command: t.string({
        required: true,
        description: 'The tool command, e.g. `list_tools`.',
        validate: z.string().regex(/^[a-z][a-z0-9_:.-]{0,63}$/, 'must be a tool command'),
      }),
      // `.validate` types the object's values as JSON, which the input's model expects.
      payload: t
        .field({ type: 'JSONObject', description: "The command's arguments." })
        .validate(z.record(z.string(), z.json()).nullish()),
    }),
  });

conversationMutation(
  'requestConversationBindingPurge',
  RequestConversationBindingPurgeInput,
  'Detaches the browsers bound to the conversation, so the chatbox there starts afresh (`Request Chatbox Binding Purge For Conversation`).',
  request.purgeBinding,
);
conversationMutation(
  'requestConversationFeedback',
  RequestConversationFeedbackInput,
  'Asks the visitor to rate the conversation (`Request User Feedback For Conversation`).',
  request.requestFeedback,
);
conversationMutation(
  'scheduleConversationReminder',
  ScheduleConversationReminderInput,
  'Schedules a reminder about the conversation (`Schedule A Reminder For Conversation`).',
  request.scheduleReminder,
);
conversationMutation(
  'reportConversation',
  ReportConversationInput,
  'Reports the conversation to Crisp, e.g. as spam (`Report Conversation`).',
  request.report,
);
conversationMutation(
  'requestConversationToolCall',
  RequestConversationToolCallInput,
  'Asks Crisp to run a tool command in the conversation (`Request Tool Call For Conversation`); Crisp answers on its side, not here.',
  request.requestToolCall,
);
