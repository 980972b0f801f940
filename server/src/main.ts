import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './createLogger.ts';
import { createWeftServer } from './createWeftServer.ts';

// A shutdown that hangs after a crash must not keep a broken process alive.
const CRASH_SHUTDOWN_MS = 10_000;

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  // In production the built client sits next to the server: client/dist beside server/.
  const here = path.dirname(fileURLToPath(import.meta.url));
  config.clientDist ??= path.resolve(here, '../../client/dist');

  const logger = createLogger(config.logLevel);
  const server = await createWeftServer(config, logger);
  await server.listen();

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  // State after an unexpected throw is unknown: stop taking work, close what can be closed, and
  // exit non-zero for the supervisor to restart. Nothing acknowledged is lost: updates are stored
  // before they are relayed.
  const crash = (kind: string) => (err: unknown) => {
    logger.fatal({ err }, kind);
    if (stopping) return;
    stopping = true;
    const forceExit = setTimeout(() => process.exit(1), CRASH_SHUTDOWN_MS);
    forceExit.unref();
    server.close().finally(() => process.exit(1));
  };
  process.on('uncaughtException', crash('uncaught exception; exiting'));
  process.on('unhandledRejection', crash('unhandled rejection; exiting'));
}

void main().catch((err: unknown) => {
  console.error('weft failed to start:', err);
  process.exit(1);
});
