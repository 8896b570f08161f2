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
    "\nfragment WebsiteFields on Website {\n  id\n  name\n  domain\n}\n": typeof types.WebsiteFieldsFragmentDoc,
    "\nfragment PersonFields on Person {\n  id\n  nickname\n  email\n}\n": typeof types.PersonFieldsFragmentDoc,
    "\nfragment OperatorFields on Operator {\n  userId\n  firstName\n  lastName\n}\n": typeof types.OperatorFieldsFragmentDoc,
    "\nfragment ConversationFields on Conversation {\n  id\n  sessionId\n  state\n  updatedAt\n  unread {\n    operator\n    visitor\n  }\n  person {\n    ...PersonFields\n  }\n  lastMessage {\n    excerpt\n    from\n  }\n  assignedOperator {\n    ...OperatorFields\n  }\n}\n": typeof types.ConversationFieldsFragmentDoc,
    "\nfragment MessageFields on Message {\n  fingerprint\n  from\n  type\n  text\n  timestamp\n  # Inline fragments on each concrete type: a named fragment on the union would need\n  # possibleTypes in Apollo's cache.\n  content {\n    ... on TextContent {\n      text\n    }\n    ... on NoteContent {\n      text\n    }\n    ... on FileContent {\n      name\n      url\n      mimeType\n    }\n    ... on AnimationContent {\n      url\n      mimeType\n    }\n    ... on AudioContent {\n      url\n      mimeType\n      duration\n    }\n    ... on PickerContent {\n      text\n      required\n      choices {\n        value\n        label\n        selected\n      }\n    }\n    ... on FieldContent {\n      text\n      explain\n      value\n      required\n    }\n    ... on CarouselContent {\n      text\n      targets {\n        title\n        description\n        image\n        actions {\n          label\n          url\n        }\n      }\n    }\n    ... on EventContent {\n      namespace\n      # Nullable here, non-null on the other contents: one response key cannot hold both.\n      eventText: text\n    }\n  }\n}\n": typeof types.MessageFieldsFragmentDoc,
    "\nquery Websites {\n  websites {\n    ...WebsiteFields\n  }\n}\n": typeof types.WebsitesDocument,
    "\n# The inbox: latest conversations with their contact, last message and assignee.\n# Variables (all optional): { \"websiteId\": \"…\", \"first\": 10, \"after\": \"<endCursor>\" }\nquery Inbox($websiteId: ID, $first: Int = 10, $after: String) {\n  website(id: $websiteId) {\n    ...WebsiteFields\n    conversations(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ConversationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}\n": typeof types.InboxDocument,
    "\n# One conversation's latest messages. Variables: { \"sessionId\": \"session_…\" } (from Inbox);\n# optional: \"websiteId\", \"last\" (default 20), \"before\" (a startCursor, for older messages).\nquery Conversation($websiteId: ID, $sessionId: String!, $last: Int = 20, $before: DateTime) {\n  website(id: $websiteId) {\n    id\n    conversation(sessionId: $sessionId) {\n      ...ConversationFields\n      messages(limit: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          startCursor\n        }\n      }\n    }\n  }\n}\n": typeof types.ConversationDocument,
    "\n# Reply as an operator. Variables: { \"sessionId\": \"session_…\", \"text\": \"Hello!\" }\nmutation SendMessage($sessionId: String!, $text: String!) {\n  sendMessage(input: { sessionId: $sessionId, from: OPERATOR, content: { text: $text } }) {\n    __typename\n    ... on MutationSendMessageSuccess {\n      data {\n        fingerprint\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}\n": typeof types.SendMessageDocument,
    "\n# Live messages of one conversation. Variables: { \"websiteId\": \"…\", \"sessionId\": \"session_…\" }\nsubscription ConversationMessages($websiteId: ID!, $sessionId: String!) {\n  conversationMessages(websiteId: $websiteId, sessionId: $sessionId) {\n    kind\n    fingerprint\n    message {\n      from\n      text\n      timestamp\n    }\n  }\n}\n": typeof types.ConversationMessagesDocument,
    "\n# Live messages of every conversation of a website; the sandbox's demo visitors write on its\n# first website every few seconds. Variables: { \"websiteId\": \"…\" } (an id from Websites)\nsubscription WebsiteMessages($websiteId: ID!) {\n  websiteMessages(websiteId: $websiteId) {\n    kind\n    sessionId\n    message {\n      from\n      text\n      timestamp\n    }\n  }\n}\n": typeof types.WebsiteMessagesDocument,
    "\n# Any Crisp REST route the schema does not cover yet, sent with the gateway's token.\n# Variables: { \"path\": \"/website/<websiteId>/operators/list\" }\nquery CrispRequest($path: String!) {\n  crispRequest(input: { path: $path }) {\n    status\n    reason\n    data\n  }\n}\n": typeof types.CrispRequestDocument,
};
const documents: Documents = {
    "\nfragment WebsiteFields on Website {\n  id\n  name\n  domain\n}\n": types.WebsiteFieldsFragmentDoc,
    "\nfragment PersonFields on Person {\n  id\n  nickname\n  email\n}\n": types.PersonFieldsFragmentDoc,
    "\nfragment OperatorFields on Operator {\n  userId\n  firstName\n  lastName\n}\n": types.OperatorFieldsFragmentDoc,
    "\nfragment ConversationFields on Conversation {\n  id\n  sessionId\n  state\n  updatedAt\n  unread {\n    operator\n    visitor\n  }\n  person {\n    ...PersonFields\n  }\n  lastMessage {\n    excerpt\n    from\n  }\n  assignedOperator {\n    ...OperatorFields\n  }\n}\n": types.ConversationFieldsFragmentDoc,
    "\nfragment MessageFields on Message {\n  fingerprint\n  from\n  type\n  text\n  timestamp\n  # Inline fragments on each concrete type: a named fragment on the union would need\n  # possibleTypes in Apollo's cache.\n  content {\n    ... on TextContent {\n      text\n    }\n    ... on NoteContent {\n      text\n    }\n    ... on FileContent {\n      name\n      url\n      mimeType\n    }\n    ... on AnimationContent {\n      url\n      mimeType\n    }\n    ... on AudioContent {\n      url\n      mimeType\n      duration\n    }\n    ... on PickerContent {\n      text\n      required\n      choices {\n        value\n        label\n        selected\n      }\n    }\n    ... on FieldContent {\n      text\n      explain\n      value\n      required\n    }\n    ... on CarouselContent {\n      text\n      targets {\n        title\n        description\n        image\n        actions {\n          label\n          url\n        }\n      }\n    }\n    ... on EventContent {\n      namespace\n      # Nullable here, non-null on the other contents: one response key cannot hold both.\n      eventText: text\n    }\n  }\n}\n": types.MessageFieldsFragmentDoc,
    "\nquery Websites {\n  websites {\n    ...WebsiteFields\n  }\n}\n": types.WebsitesDocument,
    "\n# The inbox: latest conversations with their contact, last message and assignee.\n# Variables (all optional): { \"websiteId\": \"…\", \"first\": 10, \"after\": \"<endCursor>\" }\nquery Inbox($websiteId: ID, $first: Int = 10, $after: String) {\n  website(id: $websiteId) {\n    ...WebsiteFields\n    conversations(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ConversationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}\n": types.InboxDocument,
    "\n# One conversation's latest messages. Variables: { \"sessionId\": \"session_…\" } (from Inbox);\n# optional: \"websiteId\", \"last\" (default 20), \"before\" (a startCursor, for older messages).\nquery Conversation($websiteId: ID, $sessionId: String!, $last: Int = 20, $before: DateTime) {\n  website(id: $websiteId) {\n    id\n    conversation(sessionId: $sessionId) {\n      ...ConversationFields\n      messages(limit: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          startCursor\n        }\n      }\n    }\n  }\n}\n": types.ConversationDocument,
    "\n# Reply as an operator. Variables: { \"sessionId\": \"session_…\", \"text\": \"Hello!\" }\nmutation SendMessage($sessionId: String!, $text: String!) {\n  sendMessage(input: { sessionId: $sessionId, from: OPERATOR, content: { text: $text } }) {\n    __typename\n    ... on MutationSendMessageSuccess {\n      data {\n        fingerprint\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}\n": types.SendMessageDocument,
    "\n# Live messages of one conversation. Variables: { \"websiteId\": \"…\", \"sessionId\": \"session_…\" }\nsubscription ConversationMessages($websiteId: ID!, $sessionId: String!) {\n  conversationMessages(websiteId: $websiteId, sessionId: $sessionId) {\n    kind\n    fingerprint\n    message {\n      from\n      text\n      timestamp\n    }\n  }\n}\n": types.ConversationMessagesDocument,
    "\n# Live messages of every conversation of a website; the sandbox's demo visitors write on its\n# first website every few seconds. Variables: { \"websiteId\": \"…\" } (an id from Websites)\nsubscription WebsiteMessages($websiteId: ID!) {\n  websiteMessages(websiteId: $websiteId) {\n    kind\n    sessionId\n    message {\n      from\n      text\n      timestamp\n    }\n  }\n}\n": types.WebsiteMessagesDocument,
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
export function graphql(source: "\nfragment WebsiteFields on Website {\n  id\n  name\n  domain\n}\n"): (typeof documents)["\nfragment WebsiteFields on Website {\n  id\n  name\n  domain\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\nfragment PersonFields on Person {\n  id\n  nickname\n  email\n}\n"): (typeof documents)["\nfragment PersonFields on Person {\n  id\n  nickname\n  email\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\nfragment OperatorFields on Operator {\n  userId\n  firstName\n  lastName\n}\n"): (typeof documents)["\nfragment OperatorFields on Operator {\n  userId\n  firstName\n  lastName\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\nfragment ConversationFields on Conversation {\n  id\n  sessionId\n  state\n  updatedAt\n  unread {\n    operator\n    visitor\n  }\n  person {\n    ...PersonFields\n  }\n  lastMessage {\n    excerpt\n    from\n  }\n  assignedOperator {\n    ...OperatorFields\n  }\n}\n"): (typeof documents)["\nfragment ConversationFields on Conversation {\n  id\n  sessionId\n  state\n  updatedAt\n  unread {\n    operator\n    visitor\n  }\n  person {\n    ...PersonFields\n  }\n  lastMessage {\n    excerpt\n    from\n  }\n  assignedOperator {\n    ...OperatorFields\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\nfragment MessageFields on Message {\n  fingerprint\n  from\n  type\n  text\n  timestamp\n  # Inline fragments on each concrete type: a named fragment on the union would need\n  # possibleTypes in Apollo's cache.\n  content {\n    ... on TextContent {\n      text\n    }\n    ... on NoteContent {\n      text\n    }\n    ... on FileContent {\n      name\n      url\n      mimeType\n    }\n    ... on AnimationContent {\n      url\n      mimeType\n    }\n    ... on AudioContent {\n      url\n      mimeType\n      duration\n    }\n    ... on PickerContent {\n      text\n      required\n      choices {\n        value\n        label\n        selected\n      }\n    }\n    ... on FieldContent {\n      text\n      explain\n      value\n      required\n    }\n    ... on CarouselContent {\n      text\n      targets {\n        title\n        description\n        image\n        actions {\n          label\n          url\n        }\n      }\n    }\n    ... on EventContent {\n      namespace\n      # Nullable here, non-null on the other contents: one response key cannot hold both.\n      eventText: text\n    }\n  }\n}\n"): (typeof documents)["\nfragment MessageFields on Message {\n  fingerprint\n  from\n  type\n  text\n  timestamp\n  # Inline fragments on each concrete type: a named fragment on the union would need\n  # possibleTypes in Apollo's cache.\n  content {\n    ... on TextContent {\n      text\n    }\n    ... on NoteContent {\n      text\n    }\n    ... on FileContent {\n      name\n      url\n      mimeType\n    }\n    ... on AnimationContent {\n      url\n      mimeType\n    }\n    ... on AudioContent {\n      url\n      mimeType\n      duration\n    }\n    ... on PickerContent {\n      text\n      required\n      choices {\n        value\n        label\n        selected\n      }\n    }\n    ... on FieldContent {\n      text\n      explain\n      value\n      required\n    }\n    ... on CarouselContent {\n      text\n      targets {\n        title\n        description\n        image\n        actions {\n          label\n          url\n        }\n      }\n    }\n    ... on EventContent {\n      namespace\n      # Nullable here, non-null on the other contents: one response key cannot hold both.\n      eventText: text\n    }\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\nquery Websites {\n  websites {\n    ...WebsiteFields\n  }\n}\n"): (typeof documents)["\nquery Websites {\n  websites {\n    ...WebsiteFields\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n# The inbox: latest conversations with their contact, last message and assignee.\n# Variables (all optional): { \"websiteId\": \"…\", \"first\": 10, \"after\": \"<endCursor>\" }\nquery Inbox($websiteId: ID, $first: Int = 10, $after: String) {\n  website(id: $websiteId) {\n    ...WebsiteFields\n    conversations(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ConversationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}\n"): (typeof documents)["\n# The inbox: latest conversations with their contact, last message and assignee.\n# Variables (all optional): { \"websiteId\": \"…\", \"first\": 10, \"after\": \"<endCursor>\" }\nquery Inbox($websiteId: ID, $first: Int = 10, $after: String) {\n  website(id: $websiteId) {\n    ...WebsiteFields\n    conversations(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ConversationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n# One conversation's latest messages. Variables: { \"sessionId\": \"session_…\" } (from Inbox);\n# optional: \"websiteId\", \"last\" (default 20), \"before\" (a startCursor, for older messages).\nquery Conversation($websiteId: ID, $sessionId: String!, $last: Int = 20, $before: DateTime) {\n  website(id: $websiteId) {\n    id\n    conversation(sessionId: $sessionId) {\n      ...ConversationFields\n      messages(limit: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          startCursor\n        }\n      }\n    }\n  }\n}\n"): (typeof documents)["\n# One conversation's latest messages. Variables: { \"sessionId\": \"session_…\" } (from Inbox);\n# optional: \"websiteId\", \"last\" (default 20), \"before\" (a startCursor, for older messages).\nquery Conversation($websiteId: ID, $sessionId: String!, $last: Int = 20, $before: DateTime) {\n  website(id: $websiteId) {\n    id\n    conversation(sessionId: $sessionId) {\n      ...ConversationFields\n      messages(limit: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          startCursor\n        }\n      }\n    }\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n# Reply as an operator. Variables: { \"sessionId\": \"session_…\", \"text\": \"Hello!\" }\nmutation SendMessage($sessionId: String!, $text: String!) {\n  sendMessage(input: { sessionId: $sessionId, from: OPERATOR, content: { text: $text } }) {\n    __typename\n    ... on MutationSendMessageSuccess {\n      data {\n        fingerprint\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}\n"): (typeof documents)["\n# Reply as an operator. Variables: { \"sessionId\": \"session_…\", \"text\": \"Hello!\" }\nmutation SendMessage($sessionId: String!, $text: String!) {\n  sendMessage(input: { sessionId: $sessionId, from: OPERATOR, content: { text: $text } }) {\n    __typename\n    ... on MutationSendMessageSuccess {\n      data {\n        fingerprint\n      }\n    }\n    ... on Error {\n      code\n      message\n    }\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n# Live messages of one conversation. Variables: { \"websiteId\": \"…\", \"sessionId\": \"session_…\" }\nsubscription ConversationMessages($websiteId: ID!, $sessionId: String!) {\n  conversationMessages(websiteId: $websiteId, sessionId: $sessionId) {\n    kind\n    fingerprint\n    message {\n      from\n      text\n      timestamp\n    }\n  }\n}\n"): (typeof documents)["\n# Live messages of one conversation. Variables: { \"websiteId\": \"…\", \"sessionId\": \"session_…\" }\nsubscription ConversationMessages($websiteId: ID!, $sessionId: String!) {\n  conversationMessages(websiteId: $websiteId, sessionId: $sessionId) {\n    kind\n    fingerprint\n    message {\n      from\n      text\n      timestamp\n    }\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n# Live messages of every conversation of a website; the sandbox's demo visitors write on its\n# first website every few seconds. Variables: { \"websiteId\": \"…\" } (an id from Websites)\nsubscription WebsiteMessages($websiteId: ID!) {\n  websiteMessages(websiteId: $websiteId) {\n    kind\n    sessionId\n    message {\n      from\n      text\n      timestamp\n    }\n  }\n}\n"): (typeof documents)["\n# Live messages of every conversation of a website; the sandbox's demo visitors write on its\n# first website every few seconds. Variables: { \"websiteId\": \"…\" } (an id from Websites)\nsubscription WebsiteMessages($websiteId: ID!) {\n  websiteMessages(websiteId: $websiteId) {\n    kind\n    sessionId\n    message {\n      from\n      text\n      timestamp\n    }\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n# Any Crisp REST route the schema does not cover yet, sent with the gateway's token.\n# Variables: { \"path\": \"/website/<websiteId>/operators/list\" }\nquery CrispRequest($path: String!) {\n  crispRequest(input: { path: $path }) {\n    status\n    reason\n    data\n  }\n}\n"): (typeof documents)["\n# Any Crisp REST route the schema does not cover yet, sent with the gateway's token.\n# Variables: { \"path\": \"/website/<websiteId>/operators/list\" }\nquery CrispRequest($path: String!) {\n  crispRequest(input: { path: $path }) {\n    status\n    reason\n    data\n  }\n}\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;