import { builder } from './builder.ts';
import './scalars.ts';
import './errors.ts';
import './website.ts';

/** The gateway's executable schema. */
export const schema = builder.toSchema({ sortSchema: true });
