import { errorFromResponse, UpstreamUnavailableError } from './crisp-errors.ts';

/** One answer of Crisp: its status, the JSON body parsed (null when empty), `Retry-After` in seconds. */
export interface CrispAnswer {
  status: number;
  body: unknown;
  retryAfter?: number;
}

/** Crisp's `{ error, reason, data }` envelope: `data`, or the typed error for Crisp's reason. */
export function dataOf<T>(answer: CrispAnswer, name: string): T {
  const envelope = answer.body as { error?: boolean; reason?: string; data?: unknown } | null;
  if (answer.status >= 400 || envelope?.error)
    throw errorFromResponse(answer.status, envelope?.reason, name, answer.retryAfter);
  if (!envelope || typeof envelope !== 'object')
    throw new UpstreamUnavailableError('invalid_body', name, answer.status);
  return envelope.data as T;
}

/** HEAD check routes answer without a body: 200 → true, 404 → false, anything else → typed error. */
export function existsOf(answer: CrispAnswer, name: string): boolean {
  if (answer.status === 200) return true;
  if (answer.status === 404) return false;
  throw errorFromResponse(answer.status, undefined, name, answer.retryAfter);
}
