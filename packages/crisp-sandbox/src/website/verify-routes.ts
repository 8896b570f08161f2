import { randomBytes } from 'node:crypto';
import type { Routes } from '../http/handler.ts';
import type { WebsiteRecord } from '../store.ts';

/**
 * Identity verification: a toggle and the secret key that signs user emails. Each website starts
 * disabled with a random key; rolling the key replaces it, so the next read returns the new one.
 */

interface Verify {
  enabled: boolean;
  secret: string;
}

const verifyState = new WeakMap<WebsiteRecord, Verify>();
const newSecret = () => randomBytes(32).toString('hex');

function verifyOf(website: WebsiteRecord): Verify {
  let state = verifyState.get(website);
  if (!state) {
    state = { enabled: false, secret: newSecret() };
    verifyState.set(website, state);
  }
  return state;
}

export const websiteVerifyRoutes: Routes = {
  'website.verify.get_settings': ({ website }) => ({ enabled: verifyOf(website).enabled }),

  'website.verify.update_settings': ({ website, body }) => {
    if (typeof body.enabled === 'boolean') verifyOf(website).enabled = body.enabled;
    return {};
  },

  'website.verify.get_key': ({ website }) => ({ secret: verifyOf(website).secret }),

  'website.verify.roll_key': ({ website }) => {
    verifyOf(website).secret = newSecret();
    return {};
  },
};
