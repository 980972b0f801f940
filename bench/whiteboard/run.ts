import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import type { FrameReport, Scenario } from './frameReport.ts';
import { generateBoard } from './generateBoard.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k as string, v ?? 'true'] as const;
  }),
);
const SHAPES = Number(args.get('shapes') ?? 5000);
const SECONDS = Number(args.get('seconds') ?? 5);
const SCREENSHOTS = args.get('screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCENARIOS: Scenario[] = ['panZoom', 'zoomedOut', 'twoDrawing'];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

function serve(dir: string, board: Uint8Array): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/board.bin') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(board);
      return;
    }
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file)
      .then((body) =>
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      )
      .catch(() => res.writeHead(404).end());
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main() {
  const started = Date.now();
  const board = generateBoard(SHAPES);
  console.log(
    `board: ${SHAPES} shapes, ${(board.byteLength / 1024).toFixed(0)} KiB update (${Date.now() - started} ms)`,
  );
  const outDir = await mkdtemp(join(tmpdir(), 'weft-wb-harness-'));
  await build({ configFile: join(here, 'harness', 'vite.config.ts'), build: { outDir } });
  const server = await serve(outDir, board);
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`http://127.0.0.1:${port}/?board=/board.bin`);
    await page.waitForFunction(() => '__bench' in globalThis, undefined, { timeout: 60_000 });
    const version = browser.version();
    const reports: FrameReport[] = [];
    for (const scenario of SCENARIOS) {
      const report = await page.evaluate(
        ([s, secs]) =>
          (
            globalThis as unknown as { __bench: { run(s: string, secs: number): Promise<FrameReport> } }
          ).__bench.run(s, secs),
        [scenario, SECONDS] as const,
      );
      reports.push(report);
      if (SCREENSHOTS) {
        await mkdir(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, `whiteboard-${scenario}.png`) });
      }
    }
    const load = loadavg()
      .map((n) => n.toFixed(1))
      .join(' ');
    console.log(
      `\nChromium ${version}, headless, --disable-gpu (software canvas), viewport 1280x800, ${SECONDS}s each`,
    );
    // Frame times on a shared machine depend on what else runs: report the load with them.
    console.log(`machine: ${cpus().length} cores, load average ${load}\n`);
    console.log(
      'scenario     shapes  drawn/frame  frames   fps   frame p50  frame p95  render p50  render p95',
    );
    for (const r of reports) {
      console.log(
        `${r.scenario.padEnd(12)} ${String(r.shapes).padStart(6)} ${String(r.drawnAvg).padStart(12)} ${String(r.frames).padStart(7)} ${r.fps.toFixed(1).padStart(5)} ${r.frameMs.p50.toFixed(1).padStart(10)} ${r.frameMs.p95.toFixed(1).padStart(10)} ${r.renderMs.p50.toFixed(1).padStart(11)} ${r.renderMs.p95.toFixed(1).padStart(11)}`,
      );
    }
    const resultsDir = join(here, '..', 'results');
    await mkdir(resultsDir, { recursive: true });
    const file = join(resultsDir, `whiteboard-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    await writeFile(
      file,
      JSON.stringify({ chromium: version, load, shapes: SHAPES, seconds: SECONDS, reports }, null, 2),
    );
    console.log(`\nwrote ${file}`);
  } finally {
    await browser.close();
    server.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
