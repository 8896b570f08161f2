import { putFile } from '../bucket/storage.ts';
import type { SandboxStore } from '../store.ts';

/** The animations the sandbox can find, by name; a search matches any word of the name. */
const NAMES = [
  'thumbs-up',
  'thumbs-down',
  'wave-hello',
  'wave-goodbye',
  'party-popper',
  'party-parrot',
  'coffee-break',
  'coffee-spill',
  'high-five',
  'happy-dance',
  'happy-cat',
  'sad-cat',
  'cat-typing',
  'dog-typing',
  'dog-zoomies',
  'mind-blown',
  'facepalm',
  'slow-clap',
  'applause',
  'fireworks',
  'confetti',
  'rocket-launch',
  'loading-spinner',
  'thank-you',
  'you-rock',
  'on-it',
  'eye-roll',
  'shrug',
  'celebrate',
  'good-morning',
];

/** A 1×1 GIF: every animation serves the same few bytes, which is all a test needs to fetch. */
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const published = new WeakSet<SandboxStore>();

/** The animations matching `search` (every one when empty), each with the URL that serves it. */
export function findAnimations(store: SandboxStore, search: string) {
  if (!published.has(store)) {
    for (const name of NAMES) putFile(store, `media/animation/${name}.gif`, 'image/gif', GIF);
    published.add(store);
  }
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return NAMES.filter((name) => words.every((w) => name.includes(w))).map((name) => ({
    type: 'gif',
    url: `${store.origin}/bucket/file/media/animation/${name}.gif`,
  }));
}
