/**
 * One field of a node given as a parent: from the parent when it holds it (a listed item, or
 * what a write set), else from the node's read, which its loader shares among the fields.
 */
export async function parentField<M, K extends keyof M>(
  parent: Partial<M>,
  key: K,
  read: () => Promise<M>,
): Promise<M[K]> {
  return key in parent ? (parent as M)[key] : (await read())[key];
}
