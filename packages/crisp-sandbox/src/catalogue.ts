import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readCatalogue } from 'crisp-catalogue';

/** One REST endpoint of the Crisp v1 catalogue (`crisp-catalogue/rest/*.json`). */
export interface Endpoint {
  id: string;
  label: string;
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to `/v1`, with `{param}` placeholders. */
  path: string;
  path_params?: Record<string, object>;
  query?: Record<string, object> | null;
  body: object | null;
  response: object | null;
  tiers: string[];
  paginated?: boolean;
  legacy?: boolean;
}

export interface RtmEvent {
  name: string;
  group: string;
  payload: object;
  website_scoped: boolean;
  session_scoped: boolean;
  legacy: boolean;
  tiers: string[];
}

const BASE = 'https://catalogue.crisp.local';

const restFiles = ['website-core.json', 'website-extra.json'];
const restByFile = new Map(restFiles.map((f) => [f, readCatalogue(`rest/${f}`) as Endpoint[]]));
const rtm = readCatalogue('rtm-events.json') as { events: RtmEvent[]; $defs: object };

/** Every catalogued endpoint, legacy ones included. */
export const endpoints: readonly Endpoint[] = [...restByFile.values()].flat();
export const endpointById = new Map(endpoints.map((e) => [e.id, e]));
/** Every catalogued RTM / web hook event. */
export const rtmEvents: readonly RtmEvent[] = rtm.events;
export const rtmEventByName = new Map(rtmEvents.map((e) => [e.name, e]));

// The catalogue files reference each other with relative `$ref`s (`../schema/x.json#/$defs/T`),
// so each file is registered under a URL that keeps those references resolvable.
const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
addFormats.default(ajv);
for (const f of ['website-core.json', 'website-extra.json']) {
  ajv.addSchema({ ...(readCatalogue(`schema/${f}`) as object), $id: `${BASE}/schema/${f}` });
}
for (const [f, list] of restByFile) ajv.addSchema({ $id: `${BASE}/rest/${f}`, endpoints: list });
ajv.addSchema({ ...rtm, $id: `${BASE}/rtm-events.json` });

const compiled = new Map<string, ValidateFunction>();
function validatorAt(ref: string): ValidateFunction {
  let v = compiled.get(ref);
  if (!v) {
    v = ajv.compile({ $ref: ref });
    compiled.set(ref, v);
  }
  return v;
}

function endpointRef(id: string, part: 'body' | 'response'): string {
  for (const [f, list] of restByFile) {
    const i = list.findIndex((e) => e.id === id);
    if (i >= 0) return `${BASE}/rest/${f}#/endpoints/${i}/${part}`;
  }
  throw new Error(`unknown endpoint ${id}`);
}

export interface Validation {
  ok: boolean;
  /** The first failure, worded like a JSON-schema error (Crisp's `data.message` reads this way). */
  message?: string;
}

function run(v: ValidateFunction, value: unknown): Validation {
  if (v(value)) return { ok: true };
  const e = v.errors?.[0];
  return {
    ok: false,
    message: e ? `${e.instancePath || 'data'} ${e.message ?? 'is invalid'}` : 'invalid',
  };
}

/**
 * Validates a request body against the endpoint's catalogued body schema. `closed` also refuses
 * top-level keys the schema does not name (strict mode): `unevaluatedProperties` sees through
 * `$ref`, `allOf` and `oneOf`, and a schema open to any key (`additionalProperties: true`) stays open.
 */
export function validateBody(id: string, body: unknown, { closed = false } = {}): Validation {
  const e = endpointById.get(id);
  if (!e?.body) return { ok: true };
  const ref = endpointRef(id, 'body');
  return run(closed && !openBodies.has(id) ? closedValidatorAt(ref) : validatorAt(ref), body);
}

/**
 * Bodies whose catalogued schema is known to name fewer keys than clients send, left open: custom
 * data, which the Node client sends as a flat map and the README wraps in `{data}` (catalogue
 * notes), bucket URL requests, whose clients add an uncatalogued `from`, and plugin settings,
 * whose keys each plugin defines.
 */
const openBodies = new Set([
  'website.people.save_data',
  'website.people.update_data',
  'bucket.url.generate',
  'plugin.subscription.settings.save',
  'plugin.subscription.settings.update',
]);

const closedCompiled = new Map<string, ValidateFunction>();
function closedValidatorAt(ref: string): ValidateFunction {
  let v = closedCompiled.get(ref);
  if (!v) {
    v = ajv.compile({ $ref: ref, unevaluatedProperties: false });
    closedCompiled.set(ref, v);
  }
  return v;
}

/** Validates a response `data` against the endpoint's catalogued response schema. */
export function validateResponse(id: string, data: unknown): Validation {
  const e = endpointById.get(id);
  if (!e?.response) return { ok: true };
  return run(validatorAt(endpointRef(id, 'response')), data);
}

/** Validates an RTM / web hook payload against `rtm-events.json`. */
export function validateEvent(name: string, payload: unknown): Validation {
  const i = rtmEvents.findIndex((e) => e.name === name);
  if (i < 0) return { ok: false, message: `unknown event ${name}` };
  return run(validatorAt(`${BASE}/rtm-events.json#/events/${i}/payload`), payload);
}

/** Validates a value against one of `rtm-events.json`'s `$defs` (`RtmAuthenticationRequest`). */
export function validateRtmDef(name: string, value: unknown): Validation {
  return run(validatorAt(`${BASE}/rtm-events.json#/$defs/${name}`), value);
}
