import { UpstreamUnavailableError } from '../datasources/crisp-errors.ts';
import { type CrispRequest, template } from '../datasources/crisp-request.ts';
import { assertRouteTier } from '../datasources/crisp-tiers.ts';
import type { GatewayContext } from '../request/context.ts';
import type { RtmReply } from '../rtm/topics.ts';

/**
 * Sends a request Crisp answers over RTM and waits for that answer, the reply with `key` (see
 * rtm/replies.ts). A route the tier may not call is refused first, as any call would be; without
 * live events (CRISP_RTM_MODE=off) no answer can arrive, so nothing is sent. `field` is the
 * argument path of the request's id (`input.requestId`), named by a CONFLICT over it.
 */
export async function awaitReply(
  ctx: GatewayContext,
  key: string,
  req: CrispRequest,
  field: string,
): Promise<RtmReply> {
  assertRouteTier(ctx.crisp.options.tier, req.method, req.path);
  const route = template(req.method, req.path);
  if (!ctx.live) {
    throw new UpstreamUnavailableError(
      'live_off',
      route,
      0,
      "Live events are off (CRISP_RTM_MODE=off), so Crisp's answer to this request cannot arrive.",
    );
  }
  return ctx.live.replies.request(key, () => ctx.crisp.request(req), { route, field });
}

/** A reply whose payload lacks what the request asked for. */
export const unusableReply = (req: CrispRequest) =>
  new UpstreamUnavailableError(
    'bad_reply',
    template(req.method, req.path),
    0,
    "Crisp's answer lacked the expected data.",
  );
