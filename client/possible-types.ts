
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "BrowsingEvent": [
      "BrowsingRequestRejectedEvent",
      "BrowsingSessionStartedEvent"
    ],
    "CallEvent": [
      "CallRejectedEvent",
      "CallStartedEvent"
    ],
    "ConversationChangeEvent": [
      "ConversationAssignedEvent",
      "ConversationBlockedEvent",
      "ConversationClosedEvent",
      "ConversationInboxChangedEvent",
      "ConversationMetasChangedEvent",
      "ConversationOpenedEvent",
      "ConversationParticipantsChangedEvent",
      "ConversationRemovedEvent",
      "ConversationStateChangedEvent",
      "ConversationVerificationChangedEvent"
    ],
    "MessageContent": [
      "AnimationContent",
      "AudioContent",
      "CarouselContent",
      "EventContent",
      "FieldContent",
      "FileContent",
      "NoteContent",
      "PickerContent",
      "TextContent"
    ],
    "MessageEvent": [
      "MessageReceivedEvent",
      "MessageRemovedEvent",
      "MessageSentEvent",
      "MessageUpdatedEvent"
    ],
    "Node": [
      "BrowsingSession",
      "Call",
      "Conversation",
      "HelpdeskArticle",
      "HelpdeskCategory",
      "HelpdeskChange",
      "HelpdeskLocale",
      "HelpdeskRedirection",
      "HelpdeskSection",
      "Inbox",
      "Message",
      "Operator",
      "Person",
      "Spam",
      "Team",
      "Visitor",
      "Website"
    ],
    "OperatorAvailabilityEvent": [
      "OperatorAvailabilityChangedEvent",
      "TeamAvailabilityChangedEvent"
    ],
    "PersonChangeEvent": [
      "PersonCreatedEvent",
      "PersonRemovedEvent",
      "PersonUpdatedEvent"
    ],
    "ReadEvent": [
      "MessagesDeliveredEvent",
      "MessagesIgnoredEvent",
      "MessagesReadEvent",
      "MessagesUnreadEvent"
    ],
    "SpamEvent": [
      "SpamDecidedEvent",
      "SpamHeldEvent"
    ],
    "VisitorCountEvent": [
      "VisitorCountChangedEvent"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "BrowsingEvent": [
      "BrowsingRequestRejectedEvent",
      "BrowsingSessionStartedEvent"
    ],
    "CallEvent": [
      "CallRejectedEvent",
      "CallStartedEvent"
    ],
    "ConversationChangeEvent": [
      "ConversationAssignedEvent",
      "ConversationBlockedEvent",
      "ConversationClosedEvent",
      "ConversationInboxChangedEvent",
      "ConversationMetasChangedEvent",
      "ConversationOpenedEvent",
      "ConversationParticipantsChangedEvent",
      "ConversationRemovedEvent",
      "ConversationStateChangedEvent",
      "ConversationVerificationChangedEvent"
    ],
    "MessageContent": [
      "AnimationContent",
      "AudioContent",
      "CarouselContent",
      "EventContent",
      "FieldContent",
      "FileContent",
      "NoteContent",
      "PickerContent",
      "TextContent"
    ],
    "MessageEvent": [
      "MessageReceivedEvent",
      "MessageRemovedEvent",
      "MessageSentEvent",
      "MessageUpdatedEvent"
    ],
    "Node": [
      "BrowsingSession",
      "Call",
      "Conversation",
      "HelpdeskArticle",
      "HelpdeskCategory",
      "HelpdeskChange",
      "HelpdeskLocale",
      "HelpdeskRedirection",
      "HelpdeskSection",
      "Inbox",
      "Message",
      "Operator",
      "Person",
      "Spam",
      "Team",
      "Visitor",
      "Website"
    ],
    "OperatorAvailabilityEvent": [
      "OperatorAvailabilityChangedEvent",
      "TeamAvailabilityChangedEvent"
    ],
    "PersonChangeEvent": [
      "PersonCreatedEvent",
      "PersonRemovedEvent",
      "PersonUpdatedEvent"
    ],
    "ReadEvent": [
      "MessagesDeliveredEvent",
      "MessagesIgnoredEvent",
      "MessagesReadEvent",
      "MessagesUnreadEvent"
    ],
    "SpamEvent": [
      "SpamDecidedEvent",
      "SpamHeldEvent"
    ],
    "VisitorCountEvent": [
      "VisitorCountChangedEvent"
    ]
  }
};
      export default result;
    