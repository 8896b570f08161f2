
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
    "PeopleImportEvent": [
      "PeopleImportDoneEvent",
      "PeopleImportProgressEvent"
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
    "PeopleImportEvent": [
      "PeopleImportDoneEvent",
      "PeopleImportProgressEvent"
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
    