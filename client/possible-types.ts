
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
    "CampaignEvent": [
      "CampaignDispatchedEvent",
      "CampaignProgressEvent",
      "CampaignRunningEvent"
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
      "Campaign",
      "CampaignTemplate",
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
      "Plugin",
      "PluginSubscription",
      "Spam",
      "Team",
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
    "CampaignEvent": [
      "CampaignDispatchedEvent",
      "CampaignProgressEvent",
      "CampaignRunningEvent"
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
      "Campaign",
      "CampaignTemplate",
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
      "Plugin",
      "PluginSubscription",
      "Spam",
      "Team",
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
    