import { GraphQLError } from 'graphql';

/**
 * Who is calling: each request or WebSocket connection gets one. `websites` bounds every website
 * the caller may name (`*`: every website the Crisp token reaches); `write` allows mutations.
 */
export interface Principal {
  /** For logs: `jwt:<sub>`, `key:<name>` or `anonymous`; never a secret. */
  readonly id: string;
  readonly websites: ReadonlySet<string> | '*';
  readonly write: boolean;
}

/** The caller of an open gateway (sandbox, or GATEWAY_AUTH=none): everything. */
export const anonymous: Principal = { id: 'anonymous', websites: '*', write: true };

export type AuthFailure = 'missing' | 'invalid' | 'expired';

const messages: Record<AuthFailure, string> = {
  missing: 'Authentication required: send Authorization: Bearer <token>, or X-API-Key.',
  invalid: 'The credentials are not valid.',
  expired: 'The token has expired.',
};

/** UNAUTHENTICATED, answered with HTTP 401 and a Bearer challenge (RFC 6750). */
export class AuthenticationError extends GraphQLError {
  readonly code = 'UNAUTHENTICATED';
  constructor(readonly failure: AuthFailure) {
    const challenge = failure === 'missing' ? 'Bearer' : `Bearer error="invalid_token"`;
    super(messages[failure], {
      extensions: {
        code: 'UNAUTHENTICATED',
        http: { status: 401, headers: { 'www-authenticate': challenge } },
      },
    });
  }
}
