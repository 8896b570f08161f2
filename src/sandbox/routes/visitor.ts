import type { Routes } from '../handler.ts';

export const visitorRoutes: Routes = {};
