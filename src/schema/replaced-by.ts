/**
 * The removal date every field deprecated by the move to docs/schema-design.md carries (§11: at
 * least three months' notice, on the first day of a quarter).
 */
export const REMOVAL = 'Removal on or after 2027-03-01.';

/** A deprecation reason naming the replacement: "Use `crispId`. Removal on or after …". */
export const replacedBy = (replacement: string) => `Use ${replacement}. ${REMOVAL}`;
