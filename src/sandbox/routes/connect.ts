import type { Routes } from '../handler.ts';

export const connectRoutes: Routes = {};
