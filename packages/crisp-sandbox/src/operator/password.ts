import { SandboxError } from '../http/reply.ts';
import type { Raw } from '../store.ts';

/** The one account password the sandbox knows, for routes that ask for a `verify` challenge. */
export const SANDBOX_PASSWORD = 'sandbox-password';

/**
 * Checks a VerifyChallenge ({method, secret}). Only `password` can be checked offline; `token`
 * (2FA) and `google` fail like a wrong password does.
 */
export function checkVerify(verify: Raw): void {
  if (verify.method !== 'password' || verify.secret !== SANDBOX_PASSWORD) {
    throw new SandboxError('not_allowed', 'identity verification failed');
  }
}
