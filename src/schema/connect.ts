import type { ConnectEndpointsModel, ConnectSocketModel } from '../datasources/connect.ts';
import { tierNote } from '../datasources/crisp-tiers.ts';
import { crispCalls } from '../request/crisp-cost.ts';
import * as website from '../resolvers/website.ts';
import { builder } from './builder.ts';
import { Website } from './website.ts';

/** The RTM endpoints Crisp gives a website token (`Get Connect Endpoints`). */

const ConnectSocket = builder.objectRef<ConnectSocketModel>('ConnectSocket').implement({
  description: 'The URLs of one RTM socket.',
  fields: (t) => ({
    app: t.exposeString('app', { nullable: true, description: 'The socket.io relay URL.' }),
    stream: t.exposeString('stream', { nullable: true, description: 'The stream URL.' }),
  }),
});

const ConnectEndpoints = builder.objectRef<ConnectEndpointsModel>('ConnectEndpoints').implement({
  description: 'Where a token’s RTM socket connects.',
  fields: (t) => ({
    socket: t.field({
      type: ConnectSocket,
      description: 'The socket to use.',
      resolve: (e) => e.socket,
    }),
    rescue: t.field({
      type: ConnectSocket,
      nullable: true,
      description: 'The socket to fall back to; null when Crisp gives none.',
      resolve: (e) => e.rescue,
    }),
  }),
});

builder.objectFields(Website, (t) => ({
  connectEndpoints: t.field({
    type: ConnectEndpoints,
    nullable: true,
    description: `${tierNote('website.connect.get_endpoints')}The RTM endpoints of the website’s token; null when they could not be read.`,
    extensions: crispCalls({ calls: 1 }),
    resolve: (w, _, ctx) => website.connectEndpoints(ctx, w.id),
  }),
}));
