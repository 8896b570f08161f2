import DataLoader from 'dataloader';
import type { CrispClient } from './crisp-client.ts';
import { route } from './crisp-request.ts';
import { perKeyLoader, websiteKey } from './website-key.ts';
import { withoutNulls } from './without-nulls.ts';

/** Catalogue `OperatorRole`. */
export type OperatorRole = 'owner' | 'member';

/**
 * Catalogue `Operator`. Crisp also sends `identifier`/`key` (the operator's own token) on some
 * tiers; they are left out here so they never reach a model, a log or a client.
 */
export interface OperatorRaw {
  /** Absent on a pending invite. */
  user_id?: string;
  email?: string;
  avatar?: string;
  first_name?: string;
  last_name?: string;
  role?: OperatorRole;
  title?: string;
  availability?: string;
  has_token?: boolean;
}

/** Catalogue `OperatorListItem`: `type` tells a linked operator (`operator`) from an invite (`invite`). */
export interface OperatorListItemRaw {
  type?: string;
  details: OperatorRaw;
}

export interface OperatorModel {
  websiteId: string;
  userId: string;
  email?: string;
  avatar?: string;
  firstName?: string;
  lastName?: string;
  role?: OperatorRole;
  title?: string;
  availability?: string;
  hasToken?: boolean;
}

export const toOperator = (
  websiteId: string,
  raw: OperatorRaw & { user_id: string },
): OperatorModel => ({
  websiteId,
  userId: raw.user_id,
  email: raw.email,
  avatar: raw.avatar,
  firstName: raw.first_name,
  lastName: raw.last_name,
  role: raw.role,
  title: raw.title,
  availability: raw.availability,
  hasToken: raw.has_token,
});

/** The `operator` loader key: user ids are global, but membership (role, title) is per website. */
export const operatorKey = websiteKey;

export interface OperatorInviteModel {
  websiteId: string;
  email?: string;
  role?: OperatorRole;
}

/** Linked operators and pending invites: Crisp lists both, each entry's `type` telling which. */
export interface OperatorListModel {
  operators: OperatorModel[];
  invites: OperatorInviteModel[];
}

/** GET /website/{website_id}/operators/list */
export async function listWebsiteOperators(
  crisp: CrispClient,
  websiteId: string,
): Promise<OperatorListModel> {
  const items = await crisp.get<OperatorListItemRaw[]>(route`/website/${websiteId}/operators/list`);
  const list: OperatorListModel = { operators: [], invites: [] };
  for (const { type, details } of items) {
    const { user_id: userId } = details;
    // `type` decides: an invite to someone who already has a Crisp account carries their
    // user_id, yet they operate nothing until they accept. An entry without one is no operator.
    if (type !== 'invite' && userId)
      list.operators.push(toOperator(websiteId, { ...details, user_id: userId }));
    else list.invites.push({ websiteId, email: details.email, role: details.role });
  }
  return list;
}

/** GET /website/{website_id}/operator/{user_id} */
export async function getWebsiteOperator(
  crisp: CrispClient,
  websiteId: string,
  userId: string,
): Promise<OperatorModel> {
  const raw = await crisp.get<OperatorRaw>(route`/website/${websiteId}/operator/${userId}`);
  return toOperator(websiteId, { ...raw, user_id: raw.user_id ?? userId });
}

export interface LastActiveOperatorModel {
  websiteId: string;
  userId: string;
  avatar?: string;
  nickname?: string;
  lastActiveAt?: Date;
}

/** GET /website/{website_id}/operators/active */
export async function listLastActiveWebsiteOperators(
  crisp: CrispClient,
  websiteId: string,
): Promise<LastActiveOperatorModel[]> {
  const raw = await crisp.get<
    { user_id: string; avatar?: string; nickname?: string; timestamp?: number }[]
  >(route`/website/${websiteId}/operators/active`);
  return raw.map((a) => ({
    websiteId,
    userId: a.user_id,
    avatar: a.avatar,
    nickname: a.nickname,
    lastActiveAt: typeof a.timestamp === 'number' ? new Date(a.timestamp) : undefined,
  }));
}

/** Catalogue `VerifyChallenge`: the acting account proves its identity. */
interface VerifyChallengeRaw {
  method: 'password' | 'token' | 'google';
  secret: string;
}

/** An invitation as a client writes it (the wire's keys). */
export interface OperatorInvitationModel {
  email: string;
  role: OperatorRole;
  verify: { method: VerifyChallengeRaw['method']; secret: string };
}

/**
 * POST /website/{website_id}/operator. `verify` goes as the `{method, secret}` challenge (Go
 * client and README); the Node client's bare `true` proves nothing.
 */
export async function inviteWebsiteOperator(
  crisp: CrispClient,
  websiteId: string,
  invite: OperatorInvitationModel,
): Promise<void> {
  const { email, role, verify } = invite;
  await crisp.post(route`/website/${websiteId}/operator`, {
    email,
    role,
    verify: verify satisfies VerifyChallengeRaw,
  });
}

/** A role or title change as a client writes it; null means not given. */
export interface MembershipChangeModel {
  role?: OperatorRole | null;
  title?: string | null;
}

/** PATCH /website/{website_id}/operator/{user_id} */
export async function changeOperatorMembership(
  crisp: CrispClient,
  websiteId: string,
  userId: string,
  membership: MembershipChangeModel,
): Promise<void> {
  await crisp.patch(
    route`/website/${websiteId}/operator/${userId}`,
    withoutNulls<{ role?: OperatorRole; title?: string }>(membership),
  );
}

/** DELETE /website/{website_id}/operator/{user_id} */
export async function unlinkOperatorFromWebsite(
  crisp: CrispClient,
  websiteId: string,
  userId: string,
): Promise<void> {
  await crisp.delete(route`/website/${websiteId}/operator/${userId}`);
}

export function createOperatorLoaders(crisp: CrispClient) {
  // Keyed by operatorKey(websiteId, userId); the list loader primes it, so an operator already
  // seen in this request's list costs no GET /operator/{user_id}.
  const operator = perKeyLoader((websiteId, userId) =>
    getWebsiteOperator(crisp, websiteId, userId),
  );
  // One GET /operators/list per website per request, however many fields ask for it.
  const operatorList = new DataLoader<string, OperatorListModel>((websiteIds) =>
    Promise.all(
      websiteIds.map((websiteId) =>
        listWebsiteOperators(crisp, websiteId).then(
          (list) => {
            for (const op of list.operators) operator.prime(operatorKey(websiteId, op.userId), op);
            return list;
          },
          (e: Error) => e,
        ),
      ),
    ),
  );
  const operators = new DataLoader<string, OperatorModel[]>(async (websiteIds) =>
    (await operatorList.loadMany(websiteIds)).map((list) =>
      list instanceof Error ? list : list.operators,
    ),
  );
  return { operator, operators, operatorList };
}

/** Catalogue `OperatorEmail`: a message Crisp mails to the website's team. */
export interface OperatorEmailModel {
  /** Crisp's audience selector, e.g. `owners`. */
  recipient: string;
  userId?: string | null;
  subject: string;
  message: string;
  target?: { label: string; url: string } | null;
}

/** POST /website/{website_id}/operators/email */
export async function sendEmailToWebsiteOperators(
  crisp: CrispClient,
  websiteId: string,
  email: OperatorEmailModel,
): Promise<void> {
  const { recipient, userId, subject, message, target } = email;
  await crisp.post(
    route`/website/${websiteId}/operators/email`,
    withoutNulls({ recipient, user_id: userId, subject, message, target }),
  );
}

/** DELETE /website/{website_id}/operators/active */
export async function flushLastActiveWebsiteOperators(
  crisp: CrispClient,
  websiteId: string,
): Promise<void> {
  await crisp.delete(route`/website/${websiteId}/operators/active`);
}
