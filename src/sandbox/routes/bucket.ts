import type { Routes } from '../handler.ts';

export const bucketRoutes: Routes = {};
