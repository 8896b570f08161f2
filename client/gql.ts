/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\nquery Websites {\n  websites {\n    id\n    name\n    domain\n  }\n}\n": typeof types.WebsitesDocument,
    "\n# The inbox: latest conversations with their contact, last message and assignee.\nquery Inbox {\n  website {\n    name\n    conversations(first: 10) {\n      edges {\n        node {\n          sessionId\n          state\n          updatedAt\n          person {\n            nickname\n            email\n          }\n          lastMessage {\n            excerpt\n            from\n          }\n          assignedOperator {\n            firstName\n            lastName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}\n": typeof types.InboxDocument,
    "\n# One conversation's latest messages. Variables: { \"sessionId\": \"session_…\" } (from Inbox).\nquery Conversation($sessionId: String!) {\n  website {\n    conversation(sessionId: $sessionId) {\n      sessionId\n      state\n      messages(limit: 20) {\n        edges {\n          node {\n            fingerprint\n            from\n            type\n            text\n            timestamp\n          }\n        }\n      }\n    }\n  }\n}\n": typeof types.ConversationDocument,
    "\n# Reply as an operator. Variables: { \"sessionId\": \"session_…\", \"text\": \"Hello!\" }\nmutation SendMessage($sessionId: String!, $text: String!) {\n  sendMessage(input: { sessionId: $sessionId, from: OPERATOR, content: { text: $text } }) {\n    __typename\n    ... on MutationSendMessageSuccess {\n      data {\n        fingerprint\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}\n": typeof types.SendMessageDocument,
    "\n# Live messages of one conversation, with what its inbox row shows: a normalised cache merges\n# each event by itself. Variables: { \"conversationId\": \"Conversation:…\" } (an id from Inbox)\nsubscription ConversationMessages($conversationId: ID!) {\n  messageEvents(conversationId: $conversationId) {\n    name\n    occurredAt\n    conversation {\n      id\n      updatedAt\n      lastMessage {\n        excerpt\n      }\n    }\n    ... on MessageReceivedEvent {\n      message {\n        from\n        text\n        timestamp\n      }\n    }\n    ... on MessageSentEvent {\n      message {\n        from\n        text\n        timestamp\n      }\n    }\n    ... on MessageRemovedEvent {\n      removedMessageId\n    }\n  }\n}\n": typeof types.ConversationMessagesDocument,
    "\n# Live messages of every conversation of a website; the sandbox's demo visitors write on its\n# first website every few seconds. Variables: { \"websiteId\": \"…\" } (an id from Websites;\n# default: the gateway's website)\nsubscription WebsiteMessages($websiteId: ID) {\n  messageEvents(websiteId: $websiteId) {\n    name\n    conversation {\n      id\n      updatedAt\n      unread {\n        operator\n      }\n    }\n    ... on MessageReceivedEvent {\n      message {\n        from\n        text\n        timestamp\n      }\n    }\n  }\n}\n": typeof types.WebsiteMessagesDocument,
    "\n# Any Crisp REST route the schema does not cover yet, sent with the gateway's token.\n# Variables: { \"path\": \"/website/<websiteId>/operators/list\" }\nquery CrispRequest($path: String!) {\n  crispRequest(input: { path: $path }) {\n    status\n    reason\n    data\n  }\n}\n": typeof types.CrispRequestDocument,
};
const documents: Documents = {
    "\nquery Websites {\n  websites {\n    id\n    name\n    domain\n  }\n}\n": types.WebsitesDocument,
    "\n# The inbox: latest conversations with their contact, last message and assignee.\nquery Inbox {\n  website {\n    name\n    conversations(first: 10) {\n      edges {\n        node {\n          sessionId\n          state\n          updatedAt\n          person {\n            nickname\n            email\n          }\n          lastMessage {\n            excerpt\n            from\n          }\n          assignedOperator {\n            firstName\n            lastName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}\n": types.InboxDocument,
    "\n# One conversation's latest messages. Variables: { \"sessionId\": \"session_…\" } (from Inbox).\nquery Conversation($sessionId: String!) {\n  website {\n    conversation(sessionId: $sessionId) {\n      sessionId\n      state\n      messages(limit: 20) {\n        edges {\n          node {\n            fingerprint\n            from\n            type\n            text\n            timestamp\n          }\n        }\n      }\n    }\n  }\n}\n": types.ConversationDocument,
    "\n# Reply as an operator. Variables: { \"sessionId\": \"session_…\", \"text\": \"Hello!\" }\nmutation SendMessage($sessionId: String!, $text: String!) {\n  sendMessage(input: { sessionId: $sessionId, from: OPERATOR, content: { text: $text } }) {\n    __typename\n    ... on MutationSendMessageSuccess {\n      data {\n        fingerprint\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}\n": types.SendMessageDocument,
    "\n# Live messages of one conversation, with what its inbox row shows: a normalised cache merges\n# each event by itself. Variables: { \"conversationId\": \"Conversation:…\" } (an id from Inbox)\nsubscription ConversationMessages($conversationId: ID!) {\n  messageEvents(conversationId: $conversationId) {\n    name\n    occurredAt\n    conversation {\n      id\n      updatedAt\n      lastMessage {\n        excerpt\n      }\n    }\n    ... on MessageReceivedEvent {\n      message {\n        from\n        text\n        timestamp\n      }\n    }\n    ... on MessageSentEvent {\n      message {\n        from\n        text\n        timestamp\n      }\n    }\n    ... on MessageRemovedEvent {\n      removedMessageId\n    }\n  }\n}\n": types.ConversationMessagesDocument,
    "\n# Live messages of every conversation of a website; the sandbox's demo visitors write on its\n# first website every few seconds. Variables: { \"websiteId\": \"…\" } (an id from Websites;\n# default: the gateway's website)\nsubscription WebsiteMessages($websiteId: ID) {\n  messageEvents(websiteId: $websiteId) {\n    name\n    conversation {\n      id\n      updatedAt\n      unread {\n        operator\n      }\n    }\n    ... on MessageReceivedEvent {\n      message {\n        from\n        text\n        timestamp\n      }\n    }\n  }\n}\n": types.WebsiteMessagesDocument,
    "\n# Any Crisp REST route the schema does not cover yet, sent with the gateway's token.\n# Variables: { \"path\": \"/website/<websiteId>/operators/list\" }\nquery CrispRequest($path: String!) {\n  crispRequest(input: { path: $path }) {\n    status\n    reason\n    data\n  }\n}\n": types.CrispRequestDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\nquery Websites {\n  websites {\n    id\n    name\n    domain\n  }\n}\n"): (typeof documents)["\nquery Websites {\n  websites {\n    id\n    name\n    domain\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n# The inbox: latest conversations with their contact, last message and assignee.\nquery Inbox {\n  website {\n    name\n    conversations(first: 10) {\n      edges {\n        node {\n          sessionId\n          state\n          updatedAt\n          person {\n            nickname\n            email\n          }\n          lastMessage {\n            excerpt\n            from\n          }\n          assignedOperator {\n            firstName\n            lastName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}\n"): (typeof documents)["\n# The inbox: latest conversations with their contact, last message and assignee.\nquery Inbox {\n  website {\n    name\n    conversations(first: 10) {\n      edges {\n        node {\n          sessionId\n          state\n          updatedAt\n          person {\n            nickname\n            email\n          }\n          lastMessage {\n            excerpt\n            from\n          }\n          assignedOperator {\n            firstName\n            lastName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n# One conversation's latest messages. Variables: { \"sessionId\": \"session_…\" } (from Inbox).\nquery Conversation($sessionId: String!) {\n  website {\n    conversation(sessionId: $sessionId) {\n      sessionId\n      state\n      messages(limit: 20) {\n        edges {\n          node {\n            fingerprint\n            from\n            type\n            text\n            timestamp\n          }\n        }\n      }\n    }\n  }\n}\n"): (typeof documents)["\n# One conversation's latest messages. Variables: { \"sessionId\": \"session_…\" } (from Inbox).\nquery Conversation($sessionId: String!) {\n  website {\n    conversation(sessionId: $sessionId) {\n      sessionId\n      state\n      messages(limit: 20) {\n        edges {\n          node {\n            fingerprint\n            from\n            type\n            text\n            timestamp\n          }\n        }\n      }\n    }\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n# Reply as an operator. Variables: { \"sessionId\": \"session_…\", \"text\": \"Hello!\" }\nmutation SendMessage($sessionId: String!, $text: String!) {\n  sendMessage(input: { sessionId: $sessionId, from: OPERATOR, content: { text: $text } }) {\n    __typename\n    ... on MutationSendMessageSuccess {\n      data {\n        fingerprint\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}\n"): (typeof documents)["\n# Reply as an operator. Variables: { \"sessionId\": \"session_…\", \"text\": \"Hello!\" }\nmutation SendMessage($sessionId: String!, $text: String!) {\n  sendMessage(input: { sessionId: $sessionId, from: OPERATOR, content: { text: $text } }) {\n    __typename\n    ... on MutationSendMessageSuccess {\n      data {\n        fingerprint\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n# Live messages of one conversation, with what its inbox row shows: a normalised cache merges\n# each event by itself. Variables: { \"conversationId\": \"Conversation:…\" } (an id from Inbox)\nsubscription ConversationMessages($conversationId: ID!) {\n  messageEvents(conversationId: $conversationId) {\n    name\n    occurredAt\n    conversation {\n      id\n      updatedAt\n      lastMessage {\n        excerpt\n      }\n    }\n    ... on MessageReceivedEvent {\n      message {\n        from\n        text\n        timestamp\n      }\n    }\n    ... on MessageSentEvent {\n      message {\n        from\n        text\n        timestamp\n      }\n    }\n    ... on MessageRemovedEvent {\n      removedMessageId\n    }\n  }\n}\n"): (typeof documents)["\n# Live messages of one conversation, with what its inbox row shows: a normalised cache merges\n# each event by itself. Variables: { \"conversationId\": \"Conversation:…\" } (an id from Inbox)\nsubscription ConversationMessages($conversationId: ID!) {\n  messageEvents(conversationId: $conversationId) {\n    name\n    occurredAt\n    conversation {\n      id\n      updatedAt\n      lastMessage {\n        excerpt\n      }\n    }\n    ... on MessageReceivedEvent {\n      message {\n        from\n        text\n        timestamp\n      }\n    }\n    ... on MessageSentEvent {\n      message {\n        from\n        text\n        timestamp\n      }\n    }\n    ... on MessageRemovedEvent {\n      removedMessageId\n    }\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n# Live messages of every conversation of a website; the sandbox's demo visitors write on its\n# first website every few seconds. Variables: { \"websiteId\": \"…\" } (an id from Websites;\n# default: the gateway's website)\nsubscription WebsiteMessages($websiteId: ID) {\n  messageEvents(websiteId: $websiteId) {\n    name\n    conversation {\n      id\n      updatedAt\n      unread {\n        operator\n      }\n    }\n    ... on MessageReceivedEvent {\n      message {\n        from\n        text\n        timestamp\n      }\n    }\n  }\n}\n"): (typeof documents)["\n# Live messages of every conversation of a website; the sandbox's demo visitors write on its\n# first website every few seconds. Variables: { \"websiteId\": \"…\" } (an id from Websites;\n# default: the gateway's website)\nsubscription WebsiteMessages($websiteId: ID) {\n  messageEvents(websiteId: $websiteId) {\n    name\n    conversation {\n      id\n      updatedAt\n      unread {\n        operator\n      }\n    }\n    ... on MessageReceivedEvent {\n      message {\n        from\n        text\n        timestamp\n      }\n    }\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n# Any Crisp REST route the schema does not cover yet, sent with the gateway's token.\n# Variables: { \"path\": \"/website/<websiteId>/operators/list\" }\nquery CrispRequest($path: String!) {\n  crispRequest(input: { path: $path }) {\n    status\n    reason\n    data\n  }\n}\n"): (typeof documents)["\n# Any Crisp REST route the schema does not cover yet, sent with the gateway's token.\n# Variables: { \"path\": \"/website/<websiteId>/operators/list\" }\nquery CrispRequest($path: String!) {\n  crispRequest(input: { path: $path }) {\n    status\n    reason\n    data\n  }\n}\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;