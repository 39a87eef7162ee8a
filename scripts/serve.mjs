// Kept so that bench/run.mjs and scripts/screenshots.mjs can start the demo server (web-dev-server.config.mjs) from code.
import { startDevServer } from '@web/dev-server';
import { demoServer } from '../web-dev-server.config.mjs';

export { csp } from '../web-dev-server.config.mjs';

/** Starts the demo server quietly on `port` (or the next free one); `server.close()` stops it. */
export async function startServer({ port } = {}) {
  const config = await demoServer({ port, announce: false });
  const dev = await startDevServer({
    config,
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  return { server: { close: () => dev.stop() }, url: config.url };
}
