import type { Raw, SandboxStore } from '../store.ts';

/** The plans websites may subscribe to, each website's plan subscription, and known coupons. */
export interface PlanBook {
  /** plan_id → { id, name, price } */
  plans: Map<string, Raw>;
  /** website_id → PlanSubscription */
  subscriptions: Map<string, Raw>;
  /** code → PlanSubscriptionCoupon */
  coupons: Map<string, Raw>;
}

// Kept beside the store, as plugin installs are: only the plan routes read it.
const books = new WeakMap<SandboxStore, PlanBook>();

export function planBook(store: SandboxStore): PlanBook {
  let book = books.get(store);
  if (!book) {
    book = { plans: new Map(), subscriptions: new Map(), coupons: new Map() };
    books.set(store, book);
  }
  return book;
}
