
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
    "Error": [
      "ConflictError",
      "ForbiddenError",
      "InvalidDataError",
      "NotFoundError",
      "RateLimitedError",
      "UnauthenticatedError",
      "UpstreamError",
      "UpstreamUnavailableError"
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
    "MutationChangeOperatorMembershipResult": [
      "ConflictError",
      "ForbiddenError",
      "InvalidDataError",
      "MutationChangeOperatorMembershipSuccess",
      "NotFoundError",
      "RateLimitedError",
      "UnauthenticatedError",
      "UpstreamError",
      "UpstreamUnavailableError"
    ],
    "MutationCreateWebsiteResult": [
      "ConflictError",
      "ForbiddenError",
      "InvalidDataError",
      "MutationCreateWebsiteSuccess",
      "NotFoundError",
      "RateLimitedError",
      "UnauthenticatedError",
      "UpstreamError",
      "UpstreamUnavailableError"
    ],
    "MutationDeleteWebsiteResult": [
      "ConflictError",
      "ForbiddenError",
      "InvalidDataError",
      "MutationDeleteWebsiteSuccess",
      "NotFoundError",
      "RateLimitedError",
      "UnauthenticatedError",
      "UpstreamError",
      "UpstreamUnavailableError"
    ],
    "MutationInviteOperatorResult": [
      "ConflictError",
      "ForbiddenError",
      "InvalidDataError",
      "MutationInviteOperatorSuccess",
      "NotFoundError",
      "RateLimitedError",
      "UnauthenticatedError",
      "UpstreamError",
      "UpstreamUnavailableError"
    ],
    "MutationUnlinkOperatorResult": [
      "ConflictError",
      "ForbiddenError",
      "InvalidDataError",
      "MutationUnlinkOperatorSuccess",
      "NotFoundError",
      "RateLimitedError",
      "UnauthenticatedError",
      "UpstreamError",
      "UpstreamUnavailableError"
    ],
    "MutationUpdateWebsiteSettingsResult": [
      "ConflictError",
      "ForbiddenError",
      "InvalidDataError",
      "MutationUpdateWebsiteSettingsSuccess",
      "NotFoundError",
      "RateLimitedError",
      "UnauthenticatedError",
      "UpstreamError",
      "UpstreamUnavailableError"
    ],
    "Node": [
      "Conversation",
      "Message",
      "Person"
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
    "Error": [
      "ConflictError",
      "ForbiddenError",
      "InvalidDataError",
      "NotFoundError",
      "RateLimitedError",
      "UnauthenticatedError",
      "UpstreamError",
      "UpstreamUnavailableError"
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
    "MutationChangeOperatorMembershipResult": [
      "ConflictError",
      "ForbiddenError",
      "InvalidDataError",
      "MutationChangeOperatorMembershipSuccess",
      "NotFoundError",
      "RateLimitedError",
      "UnauthenticatedError",
      "UpstreamError",
      "UpstreamUnavailableError"
    ],
    "MutationCreateWebsiteResult": [
      "ConflictError",
      "ForbiddenError",
      "InvalidDataError",
      "MutationCreateWebsiteSuccess",
      "NotFoundError",
      "RateLimitedError",
      "UnauthenticatedError",
      "UpstreamError",
      "UpstreamUnavailableError"
    ],
    "MutationDeleteWebsiteResult": [
      "ConflictError",
      "ForbiddenError",
      "InvalidDataError",
      "MutationDeleteWebsiteSuccess",
      "NotFoundError",
      "RateLimitedError",
      "UnauthenticatedError",
      "UpstreamError",
      "UpstreamUnavailableError"
    ],
    "MutationInviteOperatorResult": [
      "ConflictError",
      "ForbiddenError",
      "InvalidDataError",
      "MutationInviteOperatorSuccess",
      "NotFoundError",
      "RateLimitedError",
      "UnauthenticatedError",
      "UpstreamError",
      "UpstreamUnavailableError"
    ],
    "MutationUnlinkOperatorResult": [
      "ConflictError",
      "ForbiddenError",
      "InvalidDataError",
      "MutationUnlinkOperatorSuccess",
      "NotFoundError",
      "RateLimitedError",
      "UnauthenticatedError",
      "UpstreamError",
      "UpstreamUnavailableError"
    ],
    "MutationUpdateWebsiteSettingsResult": [
      "ConflictError",
      "ForbiddenError",
      "InvalidDataError",
      "MutationUpdateWebsiteSettingsSuccess",
      "NotFoundError",
      "RateLimitedError",
      "UnauthenticatedError",
      "UpstreamError",
      "UpstreamUnavailableError"
    ],
    "Node": [
      "Conversation",
      "Message",
      "Person"
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
    