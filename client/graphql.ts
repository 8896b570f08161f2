/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ConversationState =
  /** New, not yet answered by the team. */
  | 'PENDING'
  | 'RESOLVED'
  /** Ongoing. */
  | 'UNRESOLVED';

export type MessageFrom =
  /** The team side, bots included. */
  | 'OPERATOR'
  /** The visitor or contact side. */
  | 'USER';

export type MessageType =
  | 'ANIMATION'
  | 'AUDIO'
  | 'CAROUSEL'
  /** A system event shown in the timeline. */
  | 'EVENT'
  /** A question with a free-text answer field. */
  | 'FIELD'
  | 'FILE'
  /** A private note, seen by operators only. */
  | 'NOTE'
  /** A choice among buttons. */
  | 'PICKER'
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

export type WebsitesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebsitesQuery = { __typename: 'Query', websites: Array<{ __typename: 'Website', domain: string | null, id: string, name: string | null }> | null };

export type InboxQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxQuery = { __typename: 'Query', website: { __typename: 'Website', name: string | null, conversations: { __typename: 'ConversationConnection', edges: Array<{ __typename: 'ConversationEdge', node: { __typename: 'Conversation', sessionId: string, state: ConversationState | null, updatedAt: string | null, assignedOperator: { __typename: 'Operator', firstName: string | null, lastName: string | null } | null, lastMessage: { __typename: 'ConversationPreview', excerpt: string | null, from: MessageFrom | null } | null, person: { __typename: 'Person', email: string | null, nickname: string | null } | null } }>, pageInfo: { __typename: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } | null } | null };

export type ConversationQueryVariables = Exact<{
  sessionId: string;
}>;


export type ConversationQuery = { __typename: 'Query', website: { __typename: 'Website', conversation: { __typename: 'Conversation', sessionId: string, state: ConversationState | null, messages: { __typename: 'MessageConnection', edges: Array<{ __typename: 'MessageEdge', node: { __typename: 'Message', fingerprint: number, from: MessageFrom | null, text: string | null, timestamp: string, type: MessageType } }> } | null } | null } | null };

export type SendMessageMutationVariables = Exact<{
  sessionId: string;
  text: string;
}>;


export type SendMessageMutation = { __typename: 'Mutation', sendMessage:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InvalidDataError', code: string, message: string }
    | { __typename: 'MutationSendMessageSuccess', data: { __typename: 'MessageReceipt', fingerprint: number } }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'RateLimitedError', code: string, message: string }
    | { __typename: 'UnauthenticatedError', code: string, message: string }
    | { __typename: 'UpstreamError', code: string, message: string }
    | { __typename: 'UpstreamUnavailableError', code: string, message: string }
   };

export type ConversationMessagesSubscriptionVariables = Exact<{
  conversationId: string | number;
}>;


export type ConversationMessagesSubscription = { messageEvents:
    | { __typename: 'MessageReceivedEvent', name: RtmEventName, occurredAt: string | null, message: { __typename: 'Message', from: MessageFrom | null, text: string | null, timestamp: string }, conversation: { __typename: 'Conversation', id: string, updatedAt: string | null, lastMessage: { __typename: 'ConversationPreview', excerpt: string | null } | null } }
    | { __typename: 'MessageRemovedEvent', removedMessageId: string, name: RtmEventName, occurredAt: string | null, conversation: { __typename: 'Conversation', id: string, updatedAt: string | null, lastMessage: { __typename: 'ConversationPreview', excerpt: string | null } | null } }
    | { __typename: 'MessageSentEvent', name: RtmEventName, occurredAt: string | null, message: { __typename: 'Message', from: MessageFrom | null, text: string | null, timestamp: string }, conversation: { __typename: 'Conversation', id: string, updatedAt: string | null, lastMessage: { __typename: 'ConversationPreview', excerpt: string | null } | null } }
    | { __typename: 'MessageUpdatedEvent', name: RtmEventName, occurredAt: string | null, conversation: { __typename: 'Conversation', id: string, updatedAt: string | null, lastMessage: { __typename: 'ConversationPreview', excerpt: string | null } | null } }
   | null };

export type WebsiteMessagesSubscriptionVariables = Exact<{
  websiteId?: string | number | null | undefined;
}>;


export type WebsiteMessagesSubscription = { messageEvents:
    | { __typename: 'MessageReceivedEvent', name: RtmEventName, message: { __typename: 'Message', from: MessageFrom | null, text: string | null, timestamp: string }, conversation: { __typename: 'Conversation', id: string, updatedAt: string | null, unread: { __typename: 'ConversationUnread', operator: number } | null } }
    | { __typename: 'MessageRemovedEvent', name: RtmEventName, conversation: { __typename: 'Conversation', id: string, updatedAt: string | null, unread: { __typename: 'ConversationUnread', operator: number } | null } }
    | { __typename: 'MessageSentEvent', name: RtmEventName, conversation: { __typename: 'Conversation', id: string, updatedAt: string | null, unread: { __typename: 'ConversationUnread', operator: number } | null } }
    | { __typename: 'MessageUpdatedEvent', name: RtmEventName, conversation: { __typename: 'Conversation', id: string, updatedAt: string | null, unread: { __typename: 'ConversationUnread', operator: number } | null } }
   | null };

export type CrispRequestQueryVariables = Exact<{
  path: string;
}>;


export type CrispRequestQuery = { __typename: 'Query', crispRequest: { __typename: 'CrispResponse', data: unknown, reason: string | null, status: number } | null };


export const WebsitesDocument = {"__meta__":{"hash":"sha256:c4512d3336debf692149be60dfee3fbb80242fd58ed36d5cedf671cfea680b7a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Websites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"websites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WebsitesQuery, WebsitesQueryVariables>;
export const InboxDocument = {"__meta__":{"hash":"sha256:b8dadb44268e905e7709fc09dc27d0c63e6fe8679173c5d6f1d7df6cd01c0142"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"website"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOperator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"from"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const ConversationDocument = {"__meta__":{"hash":"sha256:842f12460f4eef38c1cfb69357c25c47677f5057fa7f0f36b238db002469e4cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"website"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationQuery, ConversationQueryVariables>;
export const SendMessageDocument = {"__meta__":{"hash":"sha256:d92050e29299415ca98cb85f04fc21a8ec6ae3ec489fdc1cfbc700950a39a804"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"EnumValue","value":"OPERATOR"}},{"kind":"ObjectField","name":{"kind":"Name","value":"content"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationSendMessageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SendMessageMutation, SendMessageMutationVariables>;
export const ConversationMessagesDocument = {"__meta__":{"hash":"sha256:d1c3b5a82a6d0b4ee8bc019d31707f68ca24e7238926b2d02599c7b4252c1e55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConversationMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageReceivedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageRemovedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removedMessageId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageSentEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationMessagesSubscription, ConversationMessagesSubscriptionVariables>;
export const WebsiteMessagesDocument = {"__meta__":{"hash":"sha256:6879374132bd6c9dce350a79decd61be03d4644fb6a699ec10c8754e039cc825"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebsiteMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"websiteId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"websiteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"websiteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageReceivedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebsiteMessagesSubscription, WebsiteMessagesSubscriptionVariables>;
export const CrispRequestDocument = {"__meta__":{"hash":"sha256:5daa892a7ab2b4190b98346f6b30a346be6e7ee4ad1c3b36b3a40af9a0577304"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrispRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"path"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"crispRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"path"},"value":{"kind":"Variable","name":{"kind":"Name","value":"path"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CrispRequestQuery, CrispRequestQueryVariables>;