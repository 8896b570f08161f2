/**
 * What GraphiQL opens with: named operations for the main flows, so a newcomer can press Run and
 * pick one. `npm run codegen` turns each into a typed document node in client/ for frontend
 * teams, and test/graphiql-examples.e2e.test.ts runs them against the sandbox.
 */

export const Websites = /* GraphQL */ `
query Websites {
  websites {
    id
    name
    domain
  }
}
`;

export const Inbox = /* GraphQL */ `
# The inbox: latest conversations with their contact, last message and assignee.
query Inbox {
  website {
    name
    conversations(first: 10) {
      edges {
        node {
          sessionId
          state
          updatedAt
          person {
            nickname
            email
          }
          lastMessage {
            excerpt
            from
          }
          assignedOperator {
            firstName
            lastName
          }
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
# One conversation's latest messages. Variables: { "sessionId": "session_…" } (from Inbox).
query Conversation($sessionId: String!) {
  website {
    conversation(sessionId: $sessionId) {
      sessionId
      state
      messages(limit: 20) {
        edges {
          node {
            fingerprint
            from
            type
            text
            timestamp
          }
        }
      }
    }
  }
}
`;

export const SendMessage = /* GraphQL */ `
# Reply as an operator. Variables: { "sessionId": "session_…", "text": "Hello!" }
mutation SendMessage($sessionId: String!, $text: String!) {
  sendMessage(input: { sessionId: $sessionId, from: OPERATOR, content: { text: $text } }) {
    __typename
    ... on MutationSendMessageSuccess {
      data {
        fingerprint
      }
    }
    ... on Error {
      code
      message
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
        from
        text
        timestamp
      }
    }
    ... on MessageSentEvent {
      message {
        from
        text
        timestamp
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
      id
      updatedAt
      unread {
        operator
      }
    }
    ... on MessageReceivedEvent {
      message {
        from
        text
        timestamp
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

/** GraphiQL's default document: every example above, in order. */
export const graphiqlExamples = [
  welcome,
  Websites,
  Inbox,
  Conversation,
  SendMessage,
  ConversationMessages,
  WebsiteMessages,
  CrispRequest,
].join('');
