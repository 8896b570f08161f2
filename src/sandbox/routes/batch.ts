import type { Routes } from '../handler.ts';

export const batchRoutes: Routes = {};
