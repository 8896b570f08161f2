import type { Raw, SandboxStore } from '../store.ts';
import { teamOperators } from '../team/team.ts';
import type { Random } from './random.ts';

const HOUR = 3_600_000;

/** Every website's teams, and the inboxes they answer. */
const TEAMS = [
  { name: 'Billing', emoji: '💳' },
  { name: 'Technical', emoji: '🛠️' },
] as const;

const INBOXES = [
  { name: 'Billing', emoji: '💳', team: 0, segment: 'customer' },
  { name: 'Escalations', emoji: '🚨', team: 1, segment: 'vip' },
] as const;

/**
 * Two teams and two inboxes per website, and every other conversation of the later-seeded half
 * filed in them (the first conversations of each website, which tests reach for, stay in the default
 * inbox). Drawn after everything else, so the rest of the seed is unchanged by it.
 */
export function seedWorkspace(store: SandboxStore, random: Random, epoch: number): void {
  for (const website of store.websites.values()) {
    const userIds = [...website.operators.keys()];
    const teams = TEAMS.map((t, n) => {
      const members = userIds.filter((_, i) => i % 2 === n % 2 || random.next() < 0.3);
      const at = epoch - random.int(24, 24 * 60) * HOUR;
      return { team_id: random.uuid(), ...t, operators: members, created_at: at, updated_at: at };
    });
    for (const team of teams) website.teams.set(team.team_id, team);

    const inboxes = INBOXES.map((b, n): Raw => {
      const at = epoch - random.int(24, 24 * 60) * HOUR;
      const inbox: Raw = {
        inbox_id: random.uuid(),
        name: b.name,
        emoji: b.emoji,
        order: n + 1,
        operators: [userIds[0]],
        teams: [teams[b.team]!.team_id],
        conditions: [
          { model: 'session', criterion: 'segments', operator: 'eq', query: [b.segment] },
        ],
        operator: 'and',
        created_at: at,
        updated_at: at,
      };
      return { ...inbox, team_operators: teamOperators(website, inbox) };
    });
    for (const inbox of inboxes) website.inboxes.set(inbox.inbox_id, inbox);

    const records = [...website.conversations.values()];
    records.slice(Math.ceil(records.length / 2)).forEach((record, n) => {
      if (n % 2 === 0) record.conversation.inbox_id = random.pick(inboxes).inbox_id;
    });
  }
}
