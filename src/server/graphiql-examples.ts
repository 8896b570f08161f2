/**
 * What GraphiQL opens with: named operations for the main flows, so a newcomer can press Run and
 * pick one. `npm run codegen` turns each into a typed document node in client/ for frontend
 * teams, and test/graphiql-examples.e2e.test.ts runs them against the sandbox.
 */

import { inlinedOperations } from './graphiql-document.ts';
import * as helpCenter from './graphiql-helpdesk-examples.ts';

// Fragments: what a screen shows of each type, shared by every operation that reaches it, so a
// normalised cache stores one shape per record. Every node is selected with its `id` (codegen
// adds `__typename` everywhere); value objects are selected whole where they are shown.

export const WebsiteFields = /* GraphQL */ `
fragment WebsiteFields on Website {
  id
  crispId
  name
  domain
}
`;

export const PersonFields = /* GraphQL */ `
fragment PersonFields on Person {
  id
  nickname
  email
}
`;

export const OperatorFields = /* GraphQL */ `
fragment OperatorFields on Operator {
  id
  crispId
  firstName
  lastName
}
`;

export const ConversationFields = /* GraphQL */ `
fragment ConversationFields on Conversation {
  id
  crispId
  state
  updatedAt
  unread {
    operator
    visitor
  }
  person {
    ...PersonFields
  }
  lastMessage {
    excerpt
    from
  }
  assignee {
    ...OperatorFields
  }
}
`;

export const MessageFields = /* GraphQL */ `
fragment MessageFields on Message {
  id
  crispId
  from
  type
  text
  timestamp
  # Inline fragments on each concrete type: a named fragment on the union would need
  # possibleTypes in Apollo's cache.
  content {
    ... on TextContent {
      text
    }
    ... on NoteContent {
      text
    }
    ... on FileContent {
      name
      url
      mimeType
    }
    ... on AnimationContent {
      url
      mimeType
    }
    ... on AudioContent {
      url
      mimeType
      duration
    }
    ... on PickerContent {
      pickerId
      text
      required
      choices {
        value
        label
        selected
      }
    }
    ... on FieldContent {
      fieldId
      text
      explain
      value
      required
    }
    ... on CarouselContent {
      text
      targets {
        title
        description
        image
        actions {
          label
          url
        }
      }
    }
    ... on EventContent {
      namespace
      # Nullable here, non-null on the other contents: one response key cannot hold both.
      eventText: text
    }
  }
}
`;

export const Websites = /* GraphQL */ `
query Websites {
  websites {
    ...WebsiteFields
  }
}
`;

export const Inbox = /* GraphQL */ `
# The inbox: latest conversations with their contact, last message and assignee.
# Variables (all optional): { "websiteId": "…", "first": 10, "after": "<endCursor>" }
query Inbox($websiteId: ID, $first: Int = 10, $after: String) {
  website(id: $websiteId) {
    ...WebsiteFields
    conversations(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ConversationFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
`;

export const Conversation = /* GraphQL */ `
# One conversation's latest messages; pass pageInfo.startCursor as $before for older ones.
# Variables: { "conversationId": "Conversation:…" } (an id from Inbox; a crispId works too);
# optional: "websiteId" (for a raw id), "last" (default 20).
query Conversation($websiteId: ID, $conversationId: ID!, $last: Int = 20, $before: String) {
  website(id: $websiteId) {
    ...WebsiteFields
    conversation(id: $conversationId) {
      ...ConversationFields
      messages(last: $last, before: $before) {
        edges {
          cursor
          node {
            ...MessageFields
          }
        }
        pageInfo {
          hasPreviousPage
          startCursor
        }
      }
    }
  }
}
`;

export const SendMessage = /* GraphQL */ `
# Reply as an operator. Variables: { "conversationId": "<its id, or session_…>", "text": "Hello!" }
mutation SendMessage($conversationId: ID!, $text: String!) {
  sendMessage(input: { conversationId: $conversationId, from: OPERATOR, content: { text: $text } }) {
    message {
      id
      crispId
      text
    }
    conversation {
      id
    }
    userErrors {
      code
      message
      field
    }
  }
}
`;

export const ConversationMessages = /* GraphQL */ `
# Live messages of one conversation, with what its inbox row shows: a normalised cache merges
# each event by itself. Variables: { "conversationId": "Conversation:…" } (an id from Inbox)
subscription ConversationMessages($conversationId: ID!) {
  messageEvents(conversationId: $conversationId) {
    name
    occurredAt
    conversation {
      id
      updatedAt
      lastMessage {
        excerpt
      }
    }
    ... on MessageReceivedEvent {
      message {
        ...MessageFields
      }
    }
    ... on MessageSentEvent {
      message {
        ...MessageFields
      }
    }
    ... on MessageRemovedEvent {
      removedMessageId
    }
  }
}
`;

export const WebsiteMessages = /* GraphQL */ `
# Live messages of every conversation of a website; the sandbox's demo visitors write on its
# first website every few seconds. Variables: { "websiteId": "…" } (an id from Websites;
# default: the gateway's website)
subscription WebsiteMessages($websiteId: ID) {
  messageEvents(websiteId: $websiteId) {
    name
    conversation {
      ...ConversationFields
    }
    ... on MessageReceivedEvent {
      message {
        ...MessageFields
      }
    }
  }
}
`;

export const CrispRequest = /* GraphQL */ `
# Any Crisp REST route the schema does not cover yet, sent with the gateway's token.
# Variables: { "path": "/website/<websiteId>/operators/list" }
query CrispRequest($path: String!) {
  crispRequest(input: { path: $path }) {
    status
    reason
    data
  }
}
`;

const welcome = `# Welcome to the Crisp GraphQL gateway. Press Run and pick an operation.
# Without CRISP_IDENTIFIER the gateway serves the offline sandbox, and its first website is
# the default one, so most operations below need no website id.
`;

/**
 * GraphiQL's default document: every example operation above, in order, with the fragments
 * spelled out (see graphiql-document.ts).
 */
const operations = [Websites, Inbox, Conversation, SendMessage, ConversationMessages];
const fragments = [WebsiteFields, PersonFields, OperatorFields, ConversationFields, MessageFields];
export const graphiqlExamples = `${welcome}${inlinedOperations(
  [...operations, WebsiteMessages, CrispRequest, ...helpCenter.operations],
  [...fragments, ...helpCenter.fragments],
)}`;
