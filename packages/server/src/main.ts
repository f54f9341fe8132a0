import { loadConfig } from './config.js';
import { createLogger } from './http/logger.js';
import { startServer } from './server.js';

const SHUTDOWN_BACKSTOP_MS = 10_000;

const config = loadConfig();
const logger = createLogger(config.logLevel);

try {
  const server = await startServer(config, logger);
  console.log(`Welcome widgets demo and API: ${config.publicUrl}/`);
  const stop = () => {
    // close() keeps its own deadline; this is the backstop if something still hangs after it.
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_BACKSTOP_MS).unref();
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  logger.error('could not start', { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
