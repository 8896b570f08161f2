import type { Routes } from '../handler.ts';

export const operatorRoutes: Routes = {};
