
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "ConversationChangeEvent": [
      "ConversationAssignedEvent",
      "ConversationBlockedEvent",
      "ConversationInboxChangedEvent",
      "ConversationMetasChangedEvent",
      "ConversationRemovedEvent",
      "ConversationStateChangedEvent"
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
      "Conversation",
      "HelpdeskArticle",
      "HelpdeskCategory",
      "HelpdeskChange",
      "HelpdeskLocale",
      "HelpdeskRedirection",
      "HelpdeskSection",
      "Message",
      "Operator",
      "Person",
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
    "VisitorCountEvent": [
      "VisitorCountChangedEvent"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "ConversationChangeEvent": [
      "ConversationAssignedEvent",
      "ConversationBlockedEvent",
      "ConversationInboxChangedEvent",
      "ConversationMetasChangedEvent",
      "ConversationRemovedEvent",
      "ConversationStateChangedEvent"
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
      "Conversation",
      "HelpdeskArticle",
      "HelpdeskCategory",
      "HelpdeskChange",
      "HelpdeskLocale",
      "HelpdeskRedirection",
      "HelpdeskSection",
      "Message",
      "Operator",
      "Person",
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
    "VisitorCountEvent": [
      "VisitorCountChangedEvent"
    ]
  }
};
      export default result;
    