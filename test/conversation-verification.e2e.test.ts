import type { EmittedEvent } from 'crisp-sandbox';
import { acme } from './support/conversation.ts';
import { describe, expect } from './support/fixtures.ts';
import { callsOf, test } from './support/rest.ts';

/** Identity verification of a conversation's visitor: the status, and the link challenge. */

const Verification = `query($id: ID!) { node(id: $id) { ... on Conversation {
  verification { isVerified verifications { identity method annotation } } } } }`;
const UserErrors = 'userErrors { code field }';

describe('conversation verification', () => {
  test('verification reads the status, and an update changes it', async ({ gateway, sandbox }) => {
    const { websiteId, records } = acme(sandbox);
    const record = records.find((r) => r.conversation.is_verified)!;
    const sessionId = record.conversation.session_id as string;
    const id = `Conversation:${websiteId}:${sessionId}`;
    const read = await gateway.executeOk(Verification, { id });
    expect(read.node.verification).toEqual({
      isVerified: true,
      verifications: [{ identity: 'email', method: 'signature', annotation: 'Signed' }],
    });
    expect(callsOf(sandbox, 'website.conversation.get_verify_status')).toMatchObject([
      { method: 'GET', path: `/website/${websiteId}/conversation/${sessionId}/verify` },
    ]);

    const events: EmittedEvent[] = [];
    sandbox.onEvent((e) => events.push(e));
    const updated = await gateway.executeOk(
      `mutation($i: UpdateConversationVerificationInput!) { updateConversationVerification(input: $i) {
        conversation { verification { isVerified } isVerified } ${UserErrors} } }`,
      { i: { conversationId: id, verified: false } },
    );
    expect(updated.updateConversationVerification).toEqual({
      conversation: { verification: { isVerified: false }, isVerified: false },
      userErrors: [],
    });
    expect(callsOf(sandbox, 'website.conversation.update_verify_status')).toMatchObject([
      { method: 'PATCH', body: { verified: false } },
    ]);
    expect(events.map((e) => [e.event, e.data.is_verified])).toEqual([
      ['session:update_verify', false],
    ]);
  });

  test('a link challenge, redeemed with its token, verifies the identity', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, records } = acme(sandbox);
    const record = records.find((r) => !r.conversation.is_verified && r.conversation.meta.email)!;
    const sessionId = record.conversation.session_id as string;
    const email = record.conversation.meta.email as string;
    const events: EmittedEvent[] = [];
    sandbox.onEvent((e) => events.push(e));
    const requested = await gateway.executeOk(
      `mutation($i: RequestConversationIdentityVerificationInput!) {
        requestConversationIdentityVerification(input: $i) { conversation { crispId } ${UserErrors} } }`,
      { i: { websiteId, conversationId: sessionId, identity: 'email' } },
    );
    expect(requested.requestConversationIdentityVerification).toEqual({
      conversation: { crispId: sessionId },
      userErrors: [],
    });
    expect(callsOf(sandbox, 'website.conversation.request_identity_verification')).toMatchObject([
      {
        method: 'POST',
        path: `/website/${websiteId}/conversation/${sessionId}/verify/identity`,
        body: { identity: 'email', method: 'link' },
      },
    ]);
    // The plugin that delivers challenges receives the code, for the visitor's own address.
    const challenge = events.find((e) => e.event === 'identity:verify:request')!;
    expect(challenge.data.target).toBe(email);

    const Redeem = `mutation($i: RedeemConversationIdentityVerificationLinkInput!) {
      redeemConversationIdentityVerificationLink(input: $i) {
        conversation { verification { isVerified verifications { identity method } } } ${UserErrors} } }`;
    const wrong = await gateway.executeOk(Redeem, {
      i: { websiteId, conversationId: sessionId, identity: 'email', token: 'not-the-token' },
    });
    expect(wrong.redeemConversationIdentityVerificationLink).toEqual({
      conversation: null,
      userErrors: [{ code: 'UPSTREAM_INVALID_DATA', field: null }],
    });
    const redeemed = await gateway.executeOk(Redeem, {
      i: { websiteId, conversationId: sessionId, identity: 'email', token: challenge.data.code },
    });
    expect(redeemed.redeemConversationIdentityVerificationLink).toEqual({
      conversation: {
        verification: { isVerified: true, verifications: [{ identity: 'email', method: 'link' }] },
      },
      userErrors: [],
    });
    expect(
      callsOf(sandbox, 'website.conversation.redeem_identity_verification_link').at(-1),
    ).toMatchObject({
      method: 'PUT',
      path: `/website/${websiteId}/conversation/${sessionId}/verify/identity/link`,
      body: { identity: 'email', token: challenge.data.code },
    });
    expect(sandbox.violations).toEqual([]);
  });

  test('an identity that is not email, phone or a urn, or a blank token, is refused before any call', async ({
    gateway,
    sandbox,
  }) => {
    const { websiteId, sessionId } = acme(sandbox);
    const data = await gateway.executeOk(
      `mutation($i: RequestConversationIdentityVerificationInput!) {
        requestConversationIdentityVerification(input: $i) { ${UserErrors} } }`,
      { i: { websiteId, conversationId: sessionId, identity: 'passport' } },
    );
    expect(data.requestConversationIdentityVerification.userErrors).toEqual([
      { code: 'BAD_USER_INPUT', field: ['input', 'identity'] },
    ]);
    const redeem = await gateway.executeOk(
      `mutation($i: RedeemConversationIdentityVerificationLinkInput!) {
        redeemConversationIdentityVerificationLink(input: $i) { ${UserErrors} } }`,
      { i: { websiteId, conversationId: sessionId, identity: 'email', token: '  ' } },
    );
    expect(redeem.redeemConversationIdentityVerificationLink.userErrors).toEqual([
      { code: 'BAD_USER_INPUT', field: ['input', 'token'] },
    ]);
    expect(sandbox.calls).toEqual([]);
  });
});
