
      export type PossibleTypesResultData = {
  "possibleTypes": {
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
      "Conversation",
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
      "Conversation",
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
    