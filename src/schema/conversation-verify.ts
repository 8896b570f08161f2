import { z } from 'zod';
import type {
  ConversationVerifyModel,
  VerificationModel,
} from '../datasources/conversation-verify.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import type {
  RedeemIdentityInput,
  RequestIdentityInput,
  UpdateVerificationInput,
} from '../resolvers/conversation-verify.ts';
import * as verify from '../resolvers/conversation-verify.ts';
import { builder } from './builder.ts';
import { Conversation } from './conversation.ts';
import { conversationMutation } from './conversation-mutation.ts';
import { conversationInputFields } from './conversation-mutation-input.ts';

/** Identity verification of a conversation's visitor: the status, and the link challenge. */

const IdentityVerification = builder
  .objectRef<VerificationModel>('IdentityVerification')
  .implement({
    description: "One proof of the visitor's identity that Crisp holds.",
    fields: (t) => ({
      identity: t.exposeString('identity', {
        nullable: true,
        description:
          'What was verified: `email`, `phone` or an integration `urn:…`; null when Crisp does not say.',
      }),
      method: t.exposeString('method', {
        nullable: true,
        description:
          'How it was verified, e.g. `signature` or `link`; null when Crisp does not say.',
      }),
      annotation: t.exposeString('annotation', {
        nullable: true,
        description: 'A note Crisp keeps with it (e.g. the address verified); null when none.',
      }),
    }),
  });

export const ConversationVerification = builder
  .objectRef<ConversationVerifyModel>('ConversationVerification')
  .implement({
    description: "Whether the conversation's visitor is verified, and by which proofs.",
    fields: (t) => ({
      isVerified: t.exposeBoolean('isVerified', {
        description: "Whether the visitor's identity is verified.",
      }),
      verifications: t.field({
        type: [IdentityVerification],
        description: 'The proofs Crisp holds; empty when none.',
        resolve: (v) => v.verifications,
      }),
    }),
  });

builder.objectFields(Conversation, (t) => ({
  verification: t.field({
    type: ConversationVerification,
    nullable: true,
    description:
      "The visitor's verification status and proofs (`Get Verify Status For Conversation`); null when the read fails.",
    extensions: crispCalls({ calls: 1 }),
    resolve: (c, _, ctx) => verify.verification(ctx, c),
  }),
}));

const identity = z
  .string()
  .regex(/^(email|phone|urn:[\w.:-]{1,200})$/, 'must be email, phone or a urn:… identity');
const identityDescription = 'The identity to verify: `email`, `phone` or an integration `urn:…`.';
const recipientDescription =
  "Where the challenge goes (an address or number); default: the conversation's own email or phone.";

const UpdateConversationVerificationInput = builder
  .inputRef<UpdateVerificationInput>('UpdateConversationVerificationInput')
  .implement({
    description: "The conversation and whether its visitor's identity is verified.",
    fields: (t) => ({
      ...conversationInputFields(t),
      verified: t.boolean({
        required: true,
        description: "Whether the visitor's identity is verified.",
      }),
    }),
  });

const RequestConversationIdentityVerificationInput = builder
  .inputRef<RequestIdentityInput>('RequestConversationIdentityVerificationInput')
  .implement({
    description: 'The conversation, and the identity its visitor is asked to prove by a link.',
    fields: (t) => ({
      ...conversationInputFields(t),
      identity: t.string({ required: true, description: identityDescription, validate: identity }),
      recipient: t.string({
        description: recipientDescription,
        validate: z.string().trim().min(1).max(254),
      }),
    }),
  });

const RedeemConversationIdentityVerificationLinkInput = builder
  .inputRef<RedeemIdentityInput>('RedeemConversationIdentityVerificationLinkInput')
  .implement({
    description: 'The conversation, the identity, and the token of the link the visitor opened.',
    fields: (t) => ({
      ...conversationInputFields(t),
      identity: t.string({ required: true, description: identityDescription, validate: identity }),
      token: t.string({
        required: true,
        description: 'The token the verification link carried.',
        validate: z.string().trim().min(1).max(512),
      }),
      recipient: t.string({
        description: 'The address or number the challenge went to, when it was given.',
        validate: z.string().trim().min(1).max(254),
      }),
    }),
  });

conversationMutation(
  'updateConversationVerification',
  UpdateConversationVerificationInput,
  "Marks the visitor's identity verified or not (`Update Verify Status For Conversation`).",
  verify.update,
);
conversationMutation(
  'requestConversationIdentityVerification',
  RequestConversationIdentityVerificationInput,
  'Sends the visitor a verification link for an email, phone or integration identity (`Request Identity Verification For Conversation`).',
  verify.requestIdentity,
);
conversationMutation(
  'redeemConversationIdentityVerificationLink',
  RedeemConversationIdentityVerificationLinkInput,
  'Completes a link challenge with its token, which verifies the identity (`Redeem Identity Verification Link For Conversation`).',
  verify.redeemIdentity,
);
