// Starts what WebKit tests need: a virtual X display (MiniBrowser has no
// headless mode) and WebKitWebDriver on a free port. Both are stopped when
// this process exits.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

/** Starts Xvfb; resolves with its display (":N") once it accepts clients. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display and writes its number to fd 3.
    const x = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    x.stderr.on('data', (d) => (err += d));
    x.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, proc: x });
    });
    x.once('error', reject);
    x.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err.trim()}`)));
  });
}

async function waitForDriver(port, proc) {
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) throw new Error(`WebKitWebDriver exited (${proc.exitCode})`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start within 10 s');
}

/**
 * Starts Xvfb and WebKitWebDriver. Returns the driver's port; both processes
 * are killed when Node exits.
 */
export async function startWebKitDriver() {
  const { display, proc: xvfb } = await startXvfb();
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
    stdio: 'ignore',
    // webkit-gtk/gtk-3.0/gtk.css shrinks MiniBrowser's toolbar so the window can be phone-narrow.
    env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: fileURLToPath(new URL('webkit-gtk', import.meta.url)) },
  });
  const stop = () => {
    driver.kill();
    xvfb.kill();
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (stop(), process.exit(130)));
  await waitForDriver(port, driver);
  return { port, display, stop };
}
