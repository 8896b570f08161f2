import type { OperatorModel } from '../datasources/operator.ts';
import { builder } from './builder.ts';

export const Operator = builder.objectRef<OperatorModel>('Operator');

Operator.implement({
  description: 'A member of a website (operator or owner).',
  fields: (t) => ({
    userId: t.exposeID('userId'),
    email: t.expose('email', { type: 'Email', nullable: true }),
    firstName: t.exposeString('firstName', { nullable: true }),
    lastName: t.exposeString('lastName', { nullable: true }),
  }),
});
