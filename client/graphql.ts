/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A side of a conversation: the visitor, or the team. */
export type ConversationSide =
  /** The team side: operators, bots and plugins (`operator`). */
  | 'OPERATOR'
  /** The visitor (Crisp's `user`). */
  | 'VISITOR';

/** Where a conversation stands in the inbox. */
export type ConversationState =
  /** New, not yet answered by the team. */
  | 'PENDING'
  /** Done: marked resolved by the team. */
  | 'RESOLVED'
  /** Ongoing: the team has answered. */
  | 'UNRESOLVED';

/** The type of a message, which decides its content. May gain values as Crisp adds types. */
export type MessageType =
  /** An animation (e.g. a GIF). */
  | 'ANIMATION'
  /** An audio recording. */
  | 'AUDIO'
  /** A row of cards with links. */
  | 'CAROUSEL'
  /** A system event shown in the timeline. */
  | 'EVENT'
  /** A question with a free-text answer field. */
  | 'FIELD'
  /** A file. */
  | 'FILE'
  /** A private note, seen by operators only. */
  | 'NOTE'
  /** A choice among buttons. */
  | 'PICKER'
  /** A text message. */
  | 'TEXT';

/** A Crisp RTM / web hook event. The value on the wire is the enum key; Crisp names it as described. New Crisp events may add values: handle an unknown one. */
export type RtmEventName =
  /** `browsing:request:initiated` (browsing). */
  | 'BROWSING_REQUEST_INITIATED'
  /** `browsing:request:rejected` (browsing). */
  | 'BROWSING_REQUEST_REJECTED'
  /** `bucket:url:avatar:generated` (bucket). Answers one request (`generateBucketUrl`, `animations`), which receives it; never delivered to a subscription. */
  | 'BUCKET_URL_AVATAR_GENERATED'
  /** `bucket:url:campaign:generated` (bucket). Answers one request (`generateBucketUrl`, `animations`), which receives it; never delivered to a subscription. */
  | 'BUCKET_URL_CAMPAIGN_GENERATED'
  /** `bucket:url:helpdesk:generated` (bucket). Answers one request (`generateBucketUrl`, `animations`), which receives it; never delivered to a subscription. */
  | 'BUCKET_URL_HELPDESK_GENERATED'
  /** `bucket:url:processing:generated` (bucket). Answers one request (`generateBucketUrl`, `animations`), which receives it; never delivered to a subscription. */
  | 'BUCKET_URL_PROCESSING_GENERATED'
  /** `bucket:url:status:generated` (bucket). Answers one request (`generateBucketUrl`, `animations`), which receives it; never delivered to a subscription. */
  | 'BUCKET_URL_STATUS_GENERATED'
  /** `bucket:url:upload:generated` (bucket). Answers one request (`generateBucketUrl`, `animations`), which receives it; never delivered to a subscription. */
  | 'BUCKET_URL_UPLOAD_GENERATED'
  /** `bucket:url:website:generated` (bucket). Answers one request (`generateBucketUrl`, `animations`), which receives it; never delivered to a subscription. */
  | 'BUCKET_URL_WEBSITE_GENERATED'
  /** `call:request:initiated` (call). */
  | 'CALL_REQUEST_INITIATED'
  /** `call:request:rejected` (call). */
  | 'CALL_REQUEST_REJECTED'
  /** Requires a user token (CRISP_TIER=user). `campaign:dispatched` (campaign). */
  | 'CAMPAIGN_DISPATCHED'
  /** Requires a user token (CRISP_TIER=user). `campaign:progress` (campaign). */
  | 'CAMPAIGN_PROGRESS'
  /** Requires a user token (CRISP_TIER=user). `campaign:running` (campaign). */
  | 'CAMPAIGN_RUNNING'
  /** `email:subscribe` (email). */
  | 'EMAIL_SUBSCRIBE'
  /** `email:track:view` (email). */
  | 'EMAIL_TRACK_VIEW'
  /** Requires a plugin token (CRISP_TIER=plugin). `identity:verify:request` (identity). */
  | 'IDENTITY_VERIFY_REQUEST'
  /** Requires a user token (CRISP_TIER=user). `media:animation:listed` (media). Answers one request (`generateBucketUrl`, `animations`), which receives it; never delivered to a subscription. */
  | 'MEDIA_ANIMATION_LISTED'
  /** `message:acknowledge:delivered` (message). */
  | 'MESSAGE_ACKNOWLEDGE_DELIVERED'
  /** `message:acknowledge:ignored` (message). */
  | 'MESSAGE_ACKNOWLEDGE_IGNORED'
  /** `message:acknowledge:read:received` (message). */
  | 'MESSAGE_ACKNOWLEDGE_READ_RECEIVED'
  /** `message:acknowledge:read:send` (message). */
  | 'MESSAGE_ACKNOWLEDGE_READ_SEND'
  /** `message:acknowledge:unread:send` (message). */
  | 'MESSAGE_ACKNOWLEDGE_UNREAD_SEND'
  /** `message:compose:receive` (message). */
  | 'MESSAGE_COMPOSE_RECEIVE'
  /** `message:compose:send` (message). */
  | 'MESSAGE_COMPOSE_SEND'
  /** `message:notify:unread:received` (message). */
  | 'MESSAGE_NOTIFY_UNREAD_RECEIVED'
  /** `message:notify:unread:send` (message). */
  | 'MESSAGE_NOTIFY_UNREAD_SEND'
  /** `message:received` (message). */
  | 'MESSAGE_RECEIVED'
  /** `message:removed` (message). */
  | 'MESSAGE_REMOVED'
  /** `message:send` (message). */
  | 'MESSAGE_SEND'
  /** `message:updated` (message). */
  | 'MESSAGE_UPDATED'
  /** `people:bind:session` (people). */
  | 'PEOPLE_BIND_SESSION'
  /** Requires a user token (CRISP_TIER=user). `people:import:done` (people). */
  | 'PEOPLE_IMPORT_DONE'
  /** Requires a user token (CRISP_TIER=user). `people:import:progress` (people). */
  | 'PEOPLE_IMPORT_PROGRESS'
  /** `people:profile:created` (people). */
  | 'PEOPLE_PROFILE_CREATED'
  /** `people:profile:removed` (people). */
  | 'PEOPLE_PROFILE_REMOVED'
  /** `people:profile:updated` (people). */
  | 'PEOPLE_PROFILE_UPDATED'
  /** `people:sync:profile` (people). */
  | 'PEOPLE_SYNC_PROFILE'
  /** `plan:subscription:updated` (plan). */
  | 'PLAN_SUBSCRIPTION_UPDATED'
  /** `plugin:channel` (plugin). */
  | 'PLUGIN_CHANNEL'
  /** `plugin:event` (plugin). */
  | 'PLUGIN_EVENT'
  /** `plugin:settings:saved` (plugin). */
  | 'PLUGIN_SETTINGS_SAVED'
  /** `plugin:subscription:updated` (plugin). */
  | 'PLUGIN_SUBSCRIPTION_UPDATED'
  /** `session:error` (session). */
  | 'SESSION_ERROR'
  /** `session:removed` (session). */
  | 'SESSION_REMOVED'
  /** `session:request:initiated` (session). */
  | 'SESSION_REQUEST_INITIATED'
  /** `session:set_address` (session). */
  | 'SESSION_SET_ADDRESS'
  /** `session:set_avatar` (session). */
  | 'SESSION_SET_AVATAR'
  /** `session:set_block` (session). */
  | 'SESSION_SET_BLOCK'
  /** `session:set_closed` (session). */
  | 'SESSION_SET_CLOSED'
  /** `session:set_data` (session). */
  | 'SESSION_SET_DATA'
  /** `session:set_email` (session). */
  | 'SESSION_SET_EMAIL'
  /** `session:set_inbox` (session). */
  | 'SESSION_SET_INBOX'
  /** `session:set_mentions` (session). */
  | 'SESSION_SET_MENTIONS'
  /** `session:set_nickname` (session). */
  | 'SESSION_SET_NICKNAME'
  /** `session:set_opened` (session). */
  | 'SESSION_SET_OPENED'
  /** `session:set_origin` (session). */
  | 'SESSION_SET_ORIGIN'
  /** `session:set_participants` (session). */
  | 'SESSION_SET_PARTICIPANTS'
  /** `session:set_phone` (session). */
  | 'SESSION_SET_PHONE'
  /** `session:set_routing` (session). */
  | 'SESSION_SET_ROUTING'
  /** `session:set_segments` (session). */
  | 'SESSION_SET_SEGMENTS'
  /** `session:set_state` (session). */
  | 'SESSION_SET_STATE'
  /** `session:set_subject` (session). */
  | 'SESSION_SET_SUBJECT'
  /** `session:sync:capabilities` (session). */
  | 'SESSION_SYNC_CAPABILITIES'
  /** `session:sync:events` (session). */
  | 'SESSION_SYNC_EVENTS'
  /** `session:sync:geolocation` (session). */
  | 'SESSION_SYNC_GEOLOCATION'
  /** `session:sync:locales` (session). */
  | 'SESSION_SYNC_LOCALES'
  /** `session:sync:network` (session). */
  | 'SESSION_SYNC_NETWORK'
  /** `session:sync:pages` (session). */
  | 'SESSION_SYNC_PAGES'
  /** `session:sync:rating` (session). */
  | 'SESSION_SYNC_RATING'
  /** `session:sync:system` (session). */
  | 'SESSION_SYNC_SYSTEM'
  /** `session:sync:timezone` (session). */
  | 'SESSION_SYNC_TIMEZONE'
  /** `session:sync:topic` (session). */
  | 'SESSION_SYNC_TOPIC'
  /** `session:update_availability` (session). */
  | 'SESSION_UPDATE_AVAILABILITY'
  /** `session:update_verify` (session). */
  | 'SESSION_UPDATE_VERIFY'
  /** Requires a user token (CRISP_TIER=user). `spam:decision` (spam). */
  | 'SPAM_DECISION'
  /** Requires a user token (CRISP_TIER=user). `spam:message` (spam). */
  | 'SPAM_MESSAGE'
  /** Requires a user token (CRISP_TIER=user). `status:health:changed` (status). */
  | 'STATUS_HEALTH_CHANGED'
  /** `website:update_operators_availability` (website). */
  | 'WEBSITE_UPDATE_OPERATORS_AVAILABILITY'
  /** `website:update_visitors_count` (website). */
  | 'WEBSITE_UPDATE_VISITORS_COUNT'
  /** `website:users:available` (website). */
  | 'WEBSITE_USERS_AVAILABLE'
  /** Requires a user token (CRISP_TIER=user). `widget:action:processed` (widget). */
  | 'WIDGET_ACTION_PROCESSED';

/** Why a mutation did not do its write: the same codes as `extensions.code` in `errors[]`. */
export type UserErrorCode =
  /** The input is invalid; `field` names the input field at fault. No Crisp call was made. */
  | 'BAD_USER_INPUT'
  /** The change conflicts with an existing Crisp resource. */
  | 'CONFLICT'
  /** The operation is not allowed: this client, or the configured Crisp token tier, may not do it. */
  | 'FORBIDDEN'
  /** The Crisp resource does not exist. */
  | 'NOT_FOUND'
  /** A Crisp rate limit or the daily quota was reached; try again later. */
  | 'RATE_LIMITED'
  /** Crisp rejected the configured credentials. */
  | 'UNAUTHENTICATED'
  /** Crisp answered with an unexpected error. */
  | 'UPSTREAM_ERROR'
  /** Crisp refused the data sent. */
  | 'UPSTREAM_INVALID_DATA'
  /** Crisp could not be reached in time; the write may not have happened. */
  | 'UPSTREAM_UNAVAILABLE';

export type WebsiteFieldsFragment = { __typename: 'Website', domain: string | null, id: string, name: string | null };

export type PersonFieldsFragment = { __typename: 'Person', email: string | null, id: string, nickname: string | null };

export type OperatorFieldsFragment = { __typename: 'Operator', firstName: string | null, lastName: string | null, userId: string };

export type ConversationFieldsFragment = { __typename: 'Conversation', crispId: string, id: string, state: ConversationState | null, updatedAt: string | null, assignee: { __typename: 'Operator', firstName: string | null, lastName: string | null, userId: string } | null, lastMessage: { __typename: 'ConversationPreview', excerpt: string | null, from: ConversationSide | null } | null, person: { __typename: 'Person', email: string | null, id: string, nickname: string | null } | null, unread: { __typename: 'ConversationUnread', operator: number, visitor: number } | null };

export type MessageFieldsFragment = { __typename: 'Message', crispId: string, from: ConversationSide | null, id: string, text: string | null, timestamp: string, type: MessageType, content:
    | { __typename: 'AnimationContent', mimeType: string, url: string }
    | { __typename: 'AudioContent', duration: number, mimeType: string, url: string }
    | { __typename: 'CarouselContent', text: string, targets: Array<{ __typename: 'CarouselTarget', description: string, image: string | null, title: string, actions: Array<{ __typename: 'CarouselAction', label: string, url: string }> }> }
    | { __typename: 'EventContent', namespace: string, eventText: string | null }
    | { __typename: 'FieldContent', explain: string, fieldId: string, required: boolean | null, text: string, value: string | null }
    | { __typename: 'FileContent', mimeType: string, name: string, url: string }
    | { __typename: 'NoteContent', text: string }
    | { __typename: 'PickerContent', pickerId: string, required: boolean | null, text: string, choices: Array<{ __typename: 'PickerChoice', label: string, selected: boolean, value: string }> }
    | { __typename: 'TextContent', text: string }
   };

export type WebsitesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebsitesQuery = { __typename: 'Query', websites: Array<{ __typename: 'Website', domain: string | null, id: string, name: string | null }> | null };

export type InboxQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  websiteId?: string | number | null | undefined;
}>;


export type InboxQuery = { __typename: 'Query', website: { __typename: 'Website', domain: string | null, id: string, name: string | null, conversations: { __typename: 'ConversationConnection', edges: Array<{ __typename: 'ConversationEdge', cursor: string, node: { __typename: 'Conversation', crispId: string, id: string, state: ConversationState | null, updatedAt: string | null, assignee: { __typename: 'Operator', firstName: string | null, lastName: string | null, userId: string } | null, lastMessage: { __typename: 'ConversationPreview', excerpt: string | null, from: ConversationSide | null } | null, person: { __typename: 'Person', email: string | null, id: string, nickname: string | null } | null, unread: { __typename: 'ConversationUnread', operator: number, visitor: number } | null } }>, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } | null } | null };

export type ConversationQueryVariables = Exact<{
  before?: string | null | undefined;
  conversationId: string | number;
  last?: number | null | undefined;
  websiteId?: string | number | null | undefined;
}>;


export type ConversationQuery = { __typename: 'Query', website: { __typename: 'Website', domain: string | null, id: string, name: string | null, conversation: { __typename: 'Conversation', crispId: string, id: string, state: ConversationState | null, updatedAt: string | null, messages: { __typename: 'MessageConnection', edges: Array<{ __typename: 'MessageEdge', cursor: string, node: { __typename: 'Message', crispId: string, from: ConversationSide | null, id: string, text: string | null, timestamp: string, type: MessageType, content:
              | { __typename: 'AnimationContent', mimeType: string, url: string }
              | { __typename: 'AudioContent', duration: number, mimeType: string, url: string }
              | { __typename: 'CarouselContent', text: string, targets: Array<{ __typename: 'CarouselTarget', description: string, image: string | null, title: string, actions: Array<{ __typename: 'CarouselAction', label: string, url: string }> }> }
              | { __typename: 'EventContent', namespace: string, eventText: string | null }
              | { __typename: 'FieldContent', explain: string, fieldId: string, required: boolean | null, text: string, value: string | null }
              | { __typename: 'FileContent', mimeType: string, name: string, url: string }
              | { __typename: 'NoteContent', text: string }
              | { __typename: 'PickerContent', pickerId: string, required: boolean | null, text: string, choices: Array<{ __typename: 'PickerChoice', label: string, selected: boolean, value: string }> }
              | { __typename: 'TextContent', text: string }
             } }>, pageInfo: { __typename: 'PageInfo', hasPreviousPage: boolean, startCursor: string | null } } | null, assignee: { __typename: 'Operator', firstName: string | null, lastName: string | null, userId: string } | null, lastMessage: { __typename: 'ConversationPreview', excerpt: string | null, from: ConversationSide | null } | null, person: { __typename: 'Person', email: string | null, id: string, nickname: string | null } | null, unread: { __typename: 'ConversationUnread', operator: number, visitor: number } | null } | null } | null };

export type SendMessageMutationVariables = Exact<{
  conversationId: string | number;
  text: string;
}>;


export type SendMessageMutation = { __typename: 'Mutation', sendMessage: { __typename: 'SendMessagePayload', conversation: { __typename: 'Conversation', id: string } | null, message: { __typename: 'Message', crispId: string, id: string, text: string | null } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: Array<string> | null, message: string }> } | null };

export type ConversationMessagesSubscriptionVariables = Exact<{
  conversationId: string | number;
}>;


export type ConversationMessagesSubscription = { messageEvents:
    | { __typename: 'MessageReceivedEvent', name: RtmEventName, occurredAt: string | null, message: { __typename: 'Message', from: ConversationSide | null, text: string | null, timestamp: string }, conversation: { __typename: 'Conversation', id: string, updatedAt: string | null, lastMessage: { __typename: 'ConversationPreview', excerpt: string | null } | null } }
    | { __typename: 'MessageRemovedEvent', removedMessageId: string, name: RtmEventName, occurredAt: string | null, conversation: { __typename: 'Conversation', id: string, updatedAt: string | null, lastMessage: { __typename: 'ConversationPreview', excerpt: string | null } | null } }
    | { __typename: 'MessageSentEvent', name: RtmEventName, occurredAt: string | null, message: { __typename: 'Message', from: ConversationSide | null, text: string | null, timestamp: string }, conversation: { __typename: 'Conversation', id: string, updatedAt: string | null, lastMessage: { __typename: 'ConversationPreview', excerpt: string | null } | null } }
    | { __typename: 'MessageUpdatedEvent', name: RtmEventName, occurredAt: string | null, conversation: { __typename: 'Conversation', id: string, updatedAt: string | null, lastMessage: { __typename: 'ConversationPreview', excerpt: string | null } | null } }
   | null };

export type WebsiteMessagesSubscriptionVariables = Exact<{
  websiteId?: string | number | null | undefined;
}>;


export type WebsiteMessagesSubscription = { messageEvents:
    | { __typename: 'MessageReceivedEvent', name: RtmEventName, message: { __typename: 'Message', from: ConversationSide | null, text: string | null, timestamp: string }, conversation: { __typename: 'Conversation', crispId: string, id: string, state: ConversationState | null, updatedAt: string | null, assignee: { __typename: 'Operator', firstName: string | null, lastName: string | null, userId: string } | null, lastMessage: { __typename: 'ConversationPreview', excerpt: string | null, from: ConversationSide | null } | null, person: { __typename: 'Person', email: string | null, id: string, nickname: string | null } | null, unread: { __typename: 'ConversationUnread', operator: number, visitor: number } | null } }
    | { __typename: 'MessageRemovedEvent', name: RtmEventName, conversation: { __typename: 'Conversation', crispId: string, id: string, state: ConversationState | null, updatedAt: string | null, assignee: { __typename: 'Operator', firstName: string | null, lastName: string | null, userId: string } | null, lastMessage: { __typename: 'ConversationPreview', excerpt: string | null, from: ConversationSide | null } | null, person: { __typename: 'Person', email: string | null, id: string, nickname: string | null } | null, unread: { __typename: 'ConversationUnread', operator: number, visitor: number } | null } }
    | { __typename: 'MessageSentEvent', name: RtmEventName, conversation: { __typename: 'Conversation', crispId: string, id: string, state: ConversationState | null, updatedAt: string | null, assignee: { __typename: 'Operator', firstName: string | null, lastName: string | null, userId: string } | null, lastMessage: { __typename: 'ConversationPreview', excerpt: string | null, from: ConversationSide | null } | null, person: { __typename: 'Person', email: string | null, id: string, nickname: string | null } | null, unread: { __typename: 'ConversationUnread', operator: number, visitor: number } | null } }
    | { __typename: 'MessageUpdatedEvent', name: RtmEventName, conversation: { __typename: 'Conversation', crispId: string, id: string, state: ConversationState | null, updatedAt: string | null, assignee: { __typename: 'Operator', firstName: string | null, lastName: string | null, userId: string } | null, lastMessage: { __typename: 'ConversationPreview', excerpt: string | null, from: ConversationSide | null } | null, person: { __typename: 'Person', email: string | null, id: string, nickname: string | null } | null, unread: { __typename: 'ConversationUnread', operator: number, visitor: number } | null } }
   | null };

export type CrispRequestQueryVariables = Exact<{
  path: string;
}>;


export type CrispRequestQuery = { __typename: 'Query', crispRequest: { __typename: 'CrispResponse', data: unknown, reason: string | null, status: number } | null };

export const WebsiteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebsiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Website"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<WebsiteFieldsFragment, unknown>;
export const OperatorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Operator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]} as unknown as DocumentNode<OperatorFieldsFragment, unknown>;
export const PersonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}}]}}]} as unknown as DocumentNode<PersonFieldsFragment, unknown>;
export const ConversationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OperatorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crispId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"from"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"unread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"visitor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Operator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}}]}}]} as unknown as DocumentNode<ConversationFieldsFragment, unknown>;
export const MessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnimationContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AudioContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarouselContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","alias":{"kind":"Name","value":"eventText"},"name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"explain"}},{"kind":"Field","name":{"kind":"Name","value":"fieldId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoteContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickerContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pickerId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"crispId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]} as unknown as DocumentNode<MessageFieldsFragment, unknown>;
export const WebsitesDocument = {"__meta__":{"hash":"sha256:8dbef3566b4528617614d7d5e99bb2b475cdced834c4c843860748ba45de927e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Websites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"websites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebsiteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebsiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Website"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<WebsitesQuery, WebsitesQueryVariables>;
export const InboxDocument = {"__meta__":{"hash":"sha256:cfb8f3aa47f81715b8970cfe9fda194774cf1601ab740d7581f45de02c8fabe7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"websiteId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"website"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"websiteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebsiteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Operator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OperatorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crispId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"from"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"unread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"visitor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebsiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Website"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const ConversationDocument = {"__meta__":{"hash":"sha256:12ec172e4482ded645c35191178adca14328c330997069b13ba9b364d50b9453"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"websiteId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"website"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"websiteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebsiteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Operator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnimationContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AudioContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarouselContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","alias":{"kind":"Name","value":"eventText"},"name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"explain"}},{"kind":"Field","name":{"kind":"Name","value":"fieldId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoteContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PickerContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pickerId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextContent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"crispId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OperatorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crispId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"from"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"unread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"visitor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebsiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Website"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ConversationQuery, ConversationQueryVariables>;
export const SendMessageDocument = {"__meta__":{"hash":"sha256:262ed712016e4a6416c5ec8f096f69d52082015c1a3c9eb9b47e22cf5ed8cd64"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"EnumValue","value":"OPERATOR"}},{"kind":"ObjectField","name":{"kind":"Name","value":"content"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"crispId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SendMessageMutation, SendMessageMutationVariables>;
export const ConversationMessagesDocument = {"__meta__":{"hash":"sha256:d1c3b5a82a6d0b4ee8bc019d31707f68ca24e7238926b2d02599c7b4252c1e55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConversationMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageReceivedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageRemovedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removedMessageId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageSentEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationMessagesSubscription, ConversationMessagesSubscriptionVariables>;
export const WebsiteMessagesDocument = {"__meta__":{"hash":"sha256:6d4116e5483b80305ff66159caf94d5fa3e505bf2457dbcfd7ae68207e3d9190"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebsiteMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"websiteId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"websiteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"websiteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageReceivedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Operator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OperatorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crispId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"from"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"unread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"visitor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WebsiteMessagesSubscription, WebsiteMessagesSubscriptionVariables>;
export const CrispRequestDocument = {"__meta__":{"hash":"sha256:5daa892a7ab2b4190b98346f6b30a346be6e7ee4ad1c3b36b3a40af9a0577304"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrispRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"path"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"crispRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"path"},"value":{"kind":"Variable","name":{"kind":"Name","value":"path"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CrispRequestQuery, CrispRequestQueryVariables>;