import type { Routes } from '../http/handler.ts';
import { browsingRoutes } from './browsing.ts';
import { callRoutes } from './call.ts';
import { spamRoutes } from './spam.ts';
import { suggestionRoutes } from './suggestion.ts';
import { widgetRoutes } from './widget.ts';

/** The conversation tools beside the inbox: suggestions, spam, co-browsing, calls, widgets. */
export const conversationToolRoutes: Routes = {
  ...suggestionRoutes,
  ...spamRoutes,
  ...browsingRoutes,
  ...callRoutes,
  ...widgetRoutes,
};
