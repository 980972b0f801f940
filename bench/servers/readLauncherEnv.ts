export interface LauncherEnv {
  port: number;
  host: string;
  dataDir: string;
}

/** The launchers' only env reader: the bench passes PORT, HOST and DATA_DIR as it does to Weft. */
export function readLauncherEnv(env: NodeJS.ProcessEnv = process.env): LauncherEnv {
  const port = Number(env.PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const dataDir = env.DATA_DIR;
  if (!dataDir) throw new Error('DATA_DIR must be set');
  return { port, host: env.HOST || '127.0.0.1', dataDir };
}
