import type { Routes } from '../handler.ts';

export const conversationRoutes: Routes = {};
