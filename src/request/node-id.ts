import { z } from 'zod';
import {
  articlePathSchema,
  browsingIdSchema,
  callIdSchema,
  categoryPathSchema,
  fingerprintSchema,
  helpdeskContentTypeSchema,
  helpdeskItemIdSchema,
  helpdeskLocaleSchema,
  inboxIdSchema,
  peopleIdSchema,
  sectionPathSchema,
  sessionIdSchema,
  spamIdSchema,
  teamIdSchema,
  userIdSchema,
  websiteIdSchema,
} from '../datasources/crisp-id.ts';
import { badInput } from './bad-input.ts';

/**
 * Global ids are readable: `<Type>:<crisp id>[:<crisp id>…]`, widest scope first, every Crisp
 * part lower case (docs/schema-design.md §1). The relay plugin's `encodeGlobalID` and
 * `decodeGlobalID` split off the type name here; each node's `NodeRef` parses its own parts with
 * the Crisp id parsers, so a malformed or upper-case part is refused or normalised before any
 * call, loader key or access check.
 *
 * Written here rather than taken from the relay plugin, whose ids are base64 (`+`, `/`, `=`
 * break route parameters, and hide nothing the caller does not already know).
 */

export function encodeNodeId(typename: string, id: string | number | bigint): string {
  return `${typename}:${id}`;
}

/** `{ typename, id }` of a global id; the parts after the type name stay joined by `:`. */
export function decodeNodeId(globalId: string, field = 'id'): { typename: string; id: string } {
  const at = globalId.indexOf(':');
  if (at <= 0 || at === globalId.length - 1) throw badInput(field, 'not a global id');
  return { typename: globalId.slice(0, at), id: globalId.slice(at + 1) };
}

/** A global id always holds `:`; a raw Crisp id never does. */
export const isGlobalId = (value: string) => value.includes(':');

type Parts<S extends readonly z.ZodType[]> = { [K in keyof S]: z.output<S[K]> };

/**
 * One node type's id: how its parts are written into the relay id, read back from it, and read
 * from an input that names the node by global id or by raw Crisp id.
 */
export interface NodeRef<S extends readonly z.ZodType[]> {
  readonly typename: string;
  /** The parts after the type name, for the relay plugin's `id.resolve`. */
  format(...parts: { [K in keyof S]: string | number }): string;
  /** The whole global id (`Type:<parts>`), for a field that names the node without resolving it. */
  globalId(...parts: { [K in keyof S]: string | number }): string;
  /** The parts of what `decodeNodeId` left, checked and normalised; BAD_USER_INPUT otherwise. */
  parse(id: string, field?: string): Parts<S>;
  /**
   * An input naming this node: its global id, or its raw Crisp id (the last part) within the
   * scope the input states (`stated`, e.g. its `websiteId`), else `fallback` (the configured
   * website). A global id of another type, or of another scope than the one stated, is refused.
   */
  fromInput(
    value: string,
    field: string,
    stated: readonly (string | null | undefined)[],
    fallback?: readonly (string | null | undefined)[],
  ): Parts<S>;
}

function nodeRef<const S extends readonly z.ZodType[]>(typename: string, schemas: S): NodeRef<S> {
  const check = (values: readonly unknown[], field: string): Parts<S> => {
    if (values.length !== schemas.length) throw badInput(field, `not a ${typename} id`);
    return schemas.map((schema, i) => {
      const parsed = schema.safeParse(values[i]);
      if (!parsed.success) throw badInput(field, `not a ${typename} id`);
      return parsed.data;
    }) as Parts<S>;
  };
  return {
    typename,
    format: (...parts) => parts.join(':'),
    globalId: (...parts) => encodeNodeId(typename, parts.join(':')),
    parse: (id, field = 'id') => check(id.split(':'), field),
    fromInput(value, field, stated, fallback = []) {
      if (!isGlobalId(value)) {
        const scope = stated.map((s, i) => s ?? fallback[i]);
        if (scope.some((s) => !s)) throw badInput(field, `a raw ${typename} id needs its website`);
        return check([...scope, value], field);
      }
      const decoded = decodeNodeId(value, field);
      if (decoded.typename !== typename) throw badInput(field, `not a ${typename} id`);
      const parts = check(decoded.id.split(':'), field);
      if (stated.some((s, i) => s != null && s.toLowerCase() !== String(parts[i]))) {
        throw badInput(field, `the ${typename} belongs to another website`);
      }
      return parts;
    },
  };
}

export const websiteRef = nodeRef('Website', [websiteIdSchema]);
export const conversationRef = nodeRef('Conversation', [websiteIdSchema, sessionIdSchema]);
export const messageRef = nodeRef('Message', [websiteIdSchema, sessionIdSchema, fingerprintSchema]);
export const personRef = nodeRef('Person', [websiteIdSchema, peopleIdSchema]);
export const operatorRef = nodeRef('Operator', [websiteIdSchema, userIdSchema]);
export const visitorRef = nodeRef('Visitor', [websiteIdSchema, sessionIdSchema]);
export const inboxRef = nodeRef('Inbox', [websiteIdSchema, inboxIdSchema]);
export const teamRef = nodeRef('Team', [websiteIdSchema, teamIdSchema]);
export const helpdeskLocaleRef = nodeRef('HelpdeskLocale', [websiteIdSchema, helpdeskLocaleSchema]);
/** Helpdesk tree nodes: website, locale, content family, then the tree path (its `crispId`). */
const treeParts = [websiteIdSchema, helpdeskLocaleSchema, helpdeskContentTypeSchema] as const;
export const helpdeskCategoryRef = nodeRef('HelpdeskCategory', [...treeParts, categoryPathSchema]);
export const helpdeskSectionRef = nodeRef('HelpdeskSection', [...treeParts, sectionPathSchema]);
export const helpdeskRedirectionRef = nodeRef('HelpdeskRedirection', [
  websiteIdSchema,
  helpdeskItemIdSchema,
]);
export const helpdeskChangeRef = nodeRef('HelpdeskChange', [websiteIdSchema, helpdeskItemIdSchema]);
export const helpdeskArticleRef = nodeRef('HelpdeskArticle', [...treeParts, articlePathSchema]);
export const spamRef = nodeRef('Spam', [websiteIdSchema, spamIdSchema]);
export const browsingSessionRef = nodeRef('BrowsingSession', [
  websiteIdSchema,
  sessionIdSchema,
  browsingIdSchema,
]);
export const callRef = nodeRef('Call', [websiteIdSchema, sessionIdSchema, callIdSchema]);

/**
 * A `websiteId` argument or input field: the website's global id (`Website:<uuid>`) or its raw
 * UUID, in any letter case, read as the lower-case UUID. Every `websiteId` validates with this,
 * so a client can pass on the `id` or the `crispId` it read from a `Website`.
 */
export const websiteIdInputSchema = z.string().transform((value, issue) => {
  try {
    return websiteRef.fromInput(value, 'websiteId', [])[0];
  } catch {
    issue.addIssue({
      code: 'custom',
      input: value,
      message: 'must be a website UUID or its global id',
    });
    return z.NEVER;
  }
});
