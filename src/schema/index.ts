import { builder } from './builder.ts';
import './scalars.ts';
import './website.ts';
import './crisp-request.ts';
import './people-profile.ts';
import './people.ts';
import './operator.ts';
import './operator-mutation.ts';
import './visitor.ts';
import './settings.ts';
import './settings-input.ts';
import './availability.ts';
import './bucket.ts';
import './media.ts';
import './conversation.ts';
import './conversation-list.ts';
import './conversation-mutation.ts';
import './people-list.ts';
import './people-mutation.ts';
import './message.ts';
import './message-mutation.ts';
import './message-history.ts';
import './batch.ts';
import './batch-conversation.ts';
import './batch-people.ts';
import './subscription.ts';

/** The gateway's executable schema. */
export const schema = builder.toSchema({ sortSchema: true });
