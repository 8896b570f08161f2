import type { Sandbox } from 'crisp-sandbox';
import { startSecured, stopAfterEach } from './secure.ts';

export const KEY = 'limits-key-0123456789abcdef';
export const auth = { 'x-api-key': KEY };

/**
 * `secured` starts a gateway in real-credentials mode, one API key allowed everything, RTM off
 * unless asked. It and every gateway pushed on `running` stop after each test.
 */
export function useKeyedGateways() {
  const running = stopAfterEach();
  async function secured(sandbox: Sandbox, env: Record<string, string> = {}) {
    const gateway = await startSecured(sandbox, {
      GATEWAY_API_KEYS: `${KEY}:*:rw`,
      CRISP_RTM_MODE: 'off',
      ...env,
    });
    running.push(gateway);
    return gateway;
  }
  return { running, secured };
}

export const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  body.errors?.[0]?.extensions?.code;
