import type { Server } from 'node:http';
import { type ExecutionArgs, GraphQLError } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { GatewayContext } from '../request/context.ts';
import { AuthenticationError } from '../request/principal.ts';
import { type Authenticator, credentialsFromSocket } from './auth.ts';
import { serveGraphqlWs } from './ws-transport.ts';

type Enveloped = ReturnType<
  YogaServerInstance<Record<string, unknown>, GatewayContext>['getEnveloped']
>;

/** What onSubscribe hands graphql-ws: Yoga's own execute/subscribe travel in `rootValue`. */
interface EnvelopedArgs extends ExecutionArgs {
  rootValue: { execute: Enveloped['execute']; subscribe: Enveloped['subscribe'] };
}

export interface WebSocketOptions {
  /** Who may connect: without valid credentials at `connection_init`, the socket closes with 4403. */
  authenticator: Authenticator;
  /** Largest message (GATEWAY_MAX_BODY_BYTES, as for HTTP bodies); `ws` closes with 1009 past it. */
  maxPayload: number;
  /**
   * The listed text a payload names by id (GATEWAY_PERSISTED_OPERATIONS), parsed in place of the
   * text sent along; an error when the id is not listed.
   */
  persistedQuery?: (payload: SubscribePayload) => string | GraphQLError | undefined;
  /**
   * Origins whose pages may open a socket to an open gateway (no client authentication): the
   * CORS origins. A WebSocket is not subject to CORS, so without this check any page a user
   * visits could drive an open gateway on their machine. With client authentication, a socket
   * needs credentials a foreign page does not have, so every origin may try. @default []
   */
  origins?: readonly string[] | '*';
  /** @default '/graphql' */
  path?: string;
}

/** Whether a browser page of `origin` may open a socket; non-browser clients send no Origin. */
function originAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowed: readonly string[] | '*',
): boolean {
  if (!origin || allowed === '*' || allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * graphql-ws on the gateway's own server and path (`/graphql`), running every operation through
 * Yoga's envelope, so WebSocket clients get the same context, validation, masking and plugins
 * as HTTP and SSE ones.
 */
export function attachWebSocket(
  server: Server,
  yoga: YogaServerInstance<Record<string, unknown>, GatewayContext>,
  log: Pick<Logger, 'error'>,
  { authenticator, maxPayload, persistedQuery, origins = [], path = '/graphql' }: WebSocketOptions,
) {
  const wss = new WebSocketServer({
    server,
    path,
    maxPayload,
    // A page of a foreign origin is refused with 403 before the upgrade.
    verifyClient: authenticator.required
      ? undefined
      : (
          { origin, req }: { origin?: string; req: { headers: { host?: string } } },
          done: (allowed: boolean, status?: number, message?: string) => void,
        ) => done(originAllowed(origin, req.headers.host, origins), 403, 'Forbidden'),
  });
  const disposable = serveGraphqlWs(
    {
      // A connection without valid credentials is closed at once rather than kept open to have
      // each of its operations refused. Each operation checks them again (a token may expire).
      onConnect: authenticator.required
        ? (ctx) =>
            authenticator
              .authenticate(credentialsFromSocket(ctx.connectionParams, ctx.extra.request.headers))
              .then(
                () => true,
                (err: unknown) => {
                  if (err instanceof AuthenticationError) return false;
                  throw err;
                },
              )
        : undefined,
      execute: (args) => (args as EnvelopedArgs).rootValue.execute(args),
      subscribe: (args) => (args as EnvelopedArgs).rootValue.subscribe(args),
      onSubscribe: async (ctx, _id, payload) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
        });
        const listed = persistedQuery?.(payload);
        if (listed instanceof GraphQLError) return [listed];
        let document: ExecutionArgs['document'];
        try {
          document = parse(listed ?? payload.query);
        } catch (err) {
          if (err instanceof GraphQLError) return [err];
          throw err;
        }
        const args: EnvelopedArgs = {
          schema,
          operationName: payload.operationName,
          document,
          variableValues: payload.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        return errors.length > 0 ? errors : args;
      },
    },
    wss,
    log,
  );
  return {
    /** Closes every socket with 1001 (Going away) and the WebSocket server. */
    close: (): Promise<void> => disposable.dispose(),
  };
}
