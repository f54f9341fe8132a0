import { createLogger, type Logger } from '../../src/http/logger.js';

/** A real logger whose JSON lines a test can read, e.g. to prove no address was written. */
export function recordingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger('debug', (line) => lines.push(line)), lines };
}
