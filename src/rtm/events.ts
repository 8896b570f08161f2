import { readCatalogue } from 'crisp-catalogue';
import { reaches, type Tier } from '../datasources/crisp-tiers.ts';

/** One current (non-legacy) RTM / web hook event of `crisp-catalogue/rtm-events.json`. */
export interface RtmEventInfo {
  name: string;
  group: string;
  /** Tiers that receive it over RTM (`spam:*` is user-only, `identity:verify:request` plugin-only). */
  tiers: string[];
}

interface CatalogueEvent {
  name: string;
  group: string;
  legacy: boolean;
  tiers: string[] | null;
}

// Read once at boot from the same file the sandbox validates against, so the GraphQL enum, the
// relay's event filter and the sandbox can never disagree on a name.
const catalogue = readCatalogue('rtm-events.json') as { events: CatalogueEvent[] };

/** The 82 current events; legacy names (`message:send/text`, …) are not wire events any more. */
export const rtmEvents: readonly RtmEventInfo[] = catalogue.events
  .filter((e) => !e.legacy)
  .map((e) => ({
    name: e.name,
    group: e.group,
    tiers: e.tiers ?? [],
  }));

export const rtmEventByName: ReadonlyMap<string, RtmEventInfo> = new Map(
  rtmEvents.map((e) => [e.name, e]),
);

/** The event filter sent in `authentication`: every current event the tier can receive. */
export function eventsForTier(tier: Tier): string[] {
  return rtmEvents.filter((e) => reaches(tier, e.tiers)).map((e) => e.name);
}
