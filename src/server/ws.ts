import type { Server } from 'node:http';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import type { GatewayContext } from './context.ts';
import { serveGraphqlWs } from './ws-transport.ts';

type Enveloped = ReturnType<YogaServerInstance<Record<string, unknown>, GatewayContext>['getEnveloped']>;

/** What onSubscribe hands graphql-ws: Yoga's own execute/subscribe travel in `rootValue`. */
interface EnvelopedArgs extends ExecutionArgs {
  rootValue: { execute: Enveloped['execute']; subscribe: Enveloped['subscribe'] };
}

/**
 * graphql-ws on the gateway's own server and path (`/graphql`), running every operation through
 * Yoga's envelope, so WebSocket clients get the same context, validation, masking and plugins
 * as HTTP and SSE ones.
 */
export function attachWebSocket(
  server: Server,
  yoga: YogaServerInstance<Record<string, unknown>, GatewayContext>,
  log: Pick<Console, 'error'>,
  path = '/graphql',
) {
  const wss = new WebSocketServer({ server, path });
  const disposable = serveGraphqlWs(
    {
      execute: (args) => (args as EnvelopedArgs).rootValue.execute(args),
      subscribe: (args) => (args as EnvelopedArgs).rootValue.subscribe(args),
      onSubscribe: async (ctx, _id, payload) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
        });
        let document: ExecutionArgs['document'];
        try {
          document = parse(payload.query);
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
