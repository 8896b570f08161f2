import { createLogger } from '../../src/server/logger.ts';

/** Tests provoke failures on purpose; their log lines would only be noise. */
export const quiet = createLogger({ level: 'silent' });
