import { createRandom } from '../seed/random.ts';
import type { ConversationRecord, SandboxStore } from '../store.ts';
import { setState } from './model.ts';
import { appendMessage, compose } from './send.ts';

const PHRASES = [
  'Hi, is anyone there?',
  'I cannot find the invoice for last month.',
  'How do I change the email on my account?',
  'Thanks, that worked!',
  'Do you ship to Canada?',
  'The checkout page keeps loading forever.',
  'Can I upgrade my plan mid-cycle?',
  'Never mind, I found it.',
] as const;

const STATES = ['pending', 'unresolved', 'resolved'] as const;

/**
 * A gentle stream of simulated visitor activity for the demo mode, on the first website: a visitor
 * starts typing, sends the message on the next tick, and now and then a conversation changes state.
 * Content comes from a fixed phrase list and a seeded PRNG, so two runs tell the same story.
 */
export function startActivity(store: SandboxStore, everyMs: number): { stop(): void } {
  const random = createRandom(0xac71);
  let typing: { record: ConversationRecord; phrase: string } | undefined;

  function tick(): void {
    const website = store.websites.values().next().value;
    if (!website) return;
    if (typing) {
      const { record, phrase } = typing;
      typing = undefined;
      const sessionId = record.conversation.session_id as string;
      if (website.conversations.get(sessionId) !== record) return; // removed through REST since
      compose(store, record, { type: 'stop', from: 'user' });
      const message = { type: 'text', from: 'user', origin: 'chat', content: phrase } as const;
      appendMessage(store, website, sessionId, message);
      return;
    }
    const records = [...website.conversations.values()];
    if (records.length === 0) return;
    const record = random.pick(records);
    if (random.next() < 0.2) {
      setState(store, record, random.pick(STATES.filter((s) => s !== record.conversation.state)));
      return;
    }
    const phrase = random.pick(PHRASES);
    typing = { record, phrase };
    const excerpt = phrase.slice(0, Math.ceil(phrase.length / 2));
    compose(store, record, { type: 'start', from: 'user', excerpt });
  }

  const timer = setInterval(tick, everyMs);
  return { stop: () => clearInterval(timer) };
}
