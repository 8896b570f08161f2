import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../request/context.ts';

/**
 * Tells the client which answers came from out-of-date cache entries: near the daily quota
 * (`GATEWAY_CACHE_STALE_NEAR_QUOTA`) the read cache serves the last known answer rather than
 * spend a call, and the response's `extensions.staleReads` lists the Crisp routes it did so for.
 */
export function useStaleReads(): Plugin<GatewayContext> {
  return {
    onExecute({ args }) {
      // The request's Crisp client collects them (`CrispClient.forCaller`).
      const stale = (args.contextValue as GatewayContext).crisp?.staleReads;
      return {
        onExecuteDone({ result, setResult }) {
          if (!stale?.length || !('data' in result)) return;
          const extensions = { ...result.extensions, staleReads: [...new Set(stale)] };
          setResult({ ...result, extensions });
        },
      };
    },
  };
}
