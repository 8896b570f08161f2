import type { Routes } from '../handler.ts';

export const peopleRoutes: Routes = {};
