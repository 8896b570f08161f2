import { spamsOf } from '../conversation/spam.ts';
import type { SandboxStore } from '../store.ts';
import { createRandom } from './random.ts';

const MINUTE = 60_000;

/** Held items, as the spam filter of a support inbox sees them. */
const SAMPLES = [
  {
    from: 'deals@cheap-watches.example',
    subject: 'Luxury watches, 90% off today only',
    text: 'Click here to claim your discount before midnight.',
    reason: 'content',
  },
  {
    from: 'support@acc0unt-verify.example',
    subject: 'Your account will be suspended',
    text: 'Confirm your password at the link below within 24 hours.',
    reason: 'phishing',
  },
  {
    from: 'noreply@bulk-mailer.example',
    subject: 'Grow your followers fast',
    text: 'Ten thousand followers for ten dollars. Reply to order.',
    reason: 'sender',
  },
] as const;

/**
 * Three held e-mails on every website. They draw from a PRNG of their own, after everything
 * else is seeded, so the other seeded data stays the same with or without them.
 */
export function seedSpams(store: SandboxStore, epoch: number): void {
  const random = createRandom(0x5ba4);
  for (const website of store.websites.values()) {
    const spams = spamsOf(website);
    SAMPLES.forEach((s, i) => {
      const spamId = random.uuid();
      spams.set(spamId, {
        spam_id: spamId,
        type: 'email',
        reason: s.reason,
        metadata: { email: s.from, ip: `203.0.113.${random.int(1, 254)}` },
        headers: { From: s.from, Subject: s.subject },
        timestamp: epoch - (SAMPLES.length - i) * 37 * MINUTE,
        content: { subject: s.subject, text: s.text },
      });
    });
  }
}
