/** Crisp's optional values, as the models hold them: null when absent or of another type. */
export const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
export const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
export const bool = (v: unknown) => (typeof v === 'boolean' ? v : null);
export const date = (v: unknown) => (typeof v === 'number' ? new Date(v) : null);
export const strings = (v: unknown) =>
  Array.isArray(v) ? v.filter((s) => typeof s === 'string') : [];
/** Crisp's date strings; null when absent or unreadable. */
export const dateText = (v: unknown) => {
  const at = typeof v === 'string' ? new Date(v) : null;
  return at && !Number.isNaN(at.getTime()) ? at : null;
};
