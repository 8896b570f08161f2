import { type ExecutionArgs, type ExecutionResult, GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { CrispClient } from '../datasources/crisp-client.ts';
import { ForbiddenError } from '../datasources/crisp-errors.ts';
import type { CrispRequest } from '../datasources/crisp-request.ts';
import type { GatewayContext } from './context.ts';
import type { Principal } from './principal.ts';

export type Access = 'read' | 'write';

/**
 * FORBIDDEN from the gateway itself, before any Crisp call. A ForbiddenError, so mutations
 * report it in `userErrors`, like Crisp's own refusals.
 */
export class AccessDeniedError extends ForbiddenError {
  constructor(message = 'This client may not use this website.') {
    super('access_denied', 'gateway', 403, message);
  }
}

const READ_ONLY = 'This client may only read: mutations need write access.';

export function mayUse(principal: Principal, websiteId: string, access: Access = 'read'): boolean {
  if (access === 'write' && !principal.write) return false;
  return principal.websites === '*' || principal.websites.has(websiteId.toLowerCase());
}

/** The website id, lower-cased, once the caller may use it; AccessDeniedError otherwise. */
export function assertWebsite(
  ctx: Pick<GatewayContext, 'principal'>,
  websiteId: string,
  access: Access = 'read',
): string {
  const id = websiteId.toLowerCase();
  if (access === 'write' && !ctx.principal.write) throw new AccessDeniedError(READ_ONLY);
  if (!mayUse(ctx.principal, id)) throw new AccessDeniedError();
  return id;
}

/**
 * For what is not bound to one website (`/plugin/` routes, `createWebsite`): only a caller
 * allowed every website.
 */
export function assertEveryWebsite(
  ctx: Pick<GatewayContext, 'principal'>,
  access: Access = 'read',
): void {
  if (access === 'write' && !ctx.principal.write) throw new AccessDeniedError(READ_ONLY);
  if (ctx.principal.websites !== '*')
    throw new AccessDeniedError('This client may only use its own websites.');
}

/** A path naming a website: its own routes, and its plugin and plan subscriptions. */
const WEBSITE_PATH =
  /^\/(?:website|plugins\/subscription|plans\/subscription)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/i;
const GUARDED = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'request', 'send']);

/**
 * A second line behind the resolvers' checks: the request's Crisp client refuses any route
 * naming a website the caller may not use (`/website/{id}`, and its plugin and plan
 * subscriptions), so a resolver that forgot its check still makes no call. Methods are bound to
 * the real client, whose state stays its own.
 */
export function guardCrisp(crisp: CrispClient, principal: Principal): CrispClient {
  if (principal.websites === '*') return crisp;
  const check = (path: unknown) => {
    const websiteId = WEBSITE_PATH.exec(String(path))?.[1];
    if (websiteId && !mayUse(principal, websiteId)) throw new AccessDeniedError();
  };
  return new Proxy(crisp, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      const method = value.bind(target) as (...args: unknown[]) => unknown;
      if (typeof name !== 'string' || !GUARDED.has(name)) return method;
      // Every guarded method returns a promise: a refusal is a rejection, like a Crisp error.
      return (...args: unknown[]) => {
        const first = args[0];
        try {
          check(
            typeof first === 'object' && first !== null && 'path' in first
              ? (first as CrispRequest).path
              : first,
          );
        } catch (err) {
          return Promise.reject(err);
        }
        return method(...args);
      };
    },
  });
}

const forbiddenResult = (error: GraphQLError): ExecutionResult => ({ errors: [error] });

/**
 * Refuses, before execution, an operation its caller may not run at all: any operation of a
 * WebSocket connection that failed authentication, and any mutation of a read-only caller.
 * HTTP requests without valid credentials never get this far (401 in `useAuthentication`).
 */
export function useAccessControl(): Plugin<GatewayContext> {
  const refusal = (args: ExecutionArgs): GraphQLError | undefined => {
    const ctx = args.contextValue as GatewayContext;
    if (ctx.authError) return ctx.authError;
    const operation = getOperationAST(args.document, args.operationName)?.operation;
    if (operation === 'mutation' && !ctx.principal.write) {
      return new GraphQLError(READ_ONLY, {
        extensions: { code: 'FORBIDDEN', http: { status: 403 } },
      });
    }
    return undefined;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = refusal(args);
      if (error) setResultAndStopExecution(forbiddenResult(error));
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = refusal(args);
      if (error) setResultAndStopExecution(forbiddenResult(error));
    },
  };
}
