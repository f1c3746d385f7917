import { ConfigError } from './platform/config/env-reader';
import { loadConfig } from './platform/config/config';
import { createLogger } from './platform/logging/logger';
import { startServer } from './server';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const server = await startServer(config, log).catch((error: unknown) => {
    log.fatal({ err: error }, 'the API could not start');
    process.exit(1);
  });

  // Ctrl-C under `npm start` reaches us twice (from the terminal and forwarded by npm): a repeat
  // within two seconds is the same request; a later one means "stop now".
  let firstSignalAt: number | null = null;
  const shutdown = (signal: NodeJS.Signals) => {
    if (firstSignalAt !== null) {
      if (Date.now() - firstSignalAt < 2_000) return;
      log.warn({ signal }, 'second signal: exiting at once');
      process.exit(130);
    }
    firstSignalAt = Date.now();
    log.info({ signal }, 'shutting down: draining requests');
    server.stop().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

void main();
