import type { Routes } from '../handler.ts';

export const websiteRoutes: Routes = {};
