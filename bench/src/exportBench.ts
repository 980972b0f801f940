// `pnpm bench:export`: how long PDF and DOCX exports of large Vietnamese/Hindi plans take in a warm
// export worker, on the compiled @weft/export (this runs without the @weft/source condition).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportActionPlan } from '@weft/export';
import { exportPlanFixture } from './exportPlanFixture.ts';
import { percentile } from './percentile.ts';

interface ExportCase {
  items: number;
  format: 'pdf' | 'docx';
  /** The target for a warm worker, in ms. */
  targetMs: number;
}

interface ExportResult extends ExportCase {
  /** The first export of this format in the process: module loading, font parsing, empty caches. */
  coldMs: number;
  warmMedianMs: number;
  warmMaxMs: number;
  /** This process's CPU time (user + system) in the warm runs, median: less swayed by other load. */
  warmCpuMedianMs: number;
  bytes: number;
}

const CASES: readonly ExportCase[] = [
  { items: 200, format: 'pdf', targetMs: 1000 },
  { items: 200, format: 'docx', targetMs: 500 },
  { items: 1000, format: 'pdf', targetMs: 5000 },
];
const WARM_RUNS = 5;

async function timed(c: ExportCase): Promise<{ ms: number; cpuMs: number; bytes: number }> {
  const input = exportPlanFixture(c.items);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const file = await exportActionPlan(c.format, input);
  const used = process.cpuUsage(cpu);
  return {
    ms: performance.now() - started,
    cpuMs: (used.user + used.system) / 1000,
    bytes: file.body.byteLength,
  };
}

function checkPdf(body: Uint8Array): void {
  const raw = Buffer.from(body).toString('latin1');
  // Fonts embedded (one FontFile2 per Noto face used), none of the 14 standard fonts referenced.
  if ((raw.match(/\/FontFile2 /g)?.length ?? 0) < 2 || /\/BaseFont \/(Helvetica|Times|Courier)/.test(raw)) {
    throw new Error('the PDF does not embed its fonts');
  }
}

async function main(): Promise<void> {
  const loadBefore = os.loadavg();
  const results: ExportResult[] = [];
  for (const c of CASES) {
    const cold = await timed(c);
    const warm: number[] = [];
    const warmCpu: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      const run = await timed(c);
      warm.push(run.ms);
      warmCpu.push(run.cpuMs);
    }
    if (c.format === 'pdf') checkPdf((await exportActionPlan('pdf', exportPlanFixture(c.items))).body);
    results.push({
      ...c,
      coldMs: cold.ms,
      warmMedianMs: percentile(
        [...warm].sort((a, b) => a - b),
        50,
      ),
      warmMaxMs: Math.max(...warm),
      warmCpuMedianMs: percentile(
        [...warmCpu].sort((a, b) => a - b),
        50,
      ),
      bytes: cold.bytes,
    });
  }
  const loadAfter = os.loadavg();
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const header = [
    'Plan',
    'Format',
    'First export ms',
    `Warm median ms (${WARM_RUNS} runs)`,
    'Warm max ms',
    'Warm CPU median ms',
    'Target ms',
    'Size kB',
  ];
  console.log(
    [
      line(header),
      line(header.map(() => '---')),
      ...results.map((r) =>
        line([
          `${r.items} items`,
          r.format.toUpperCase(),
          r.coldMs.toFixed(0),
          r.warmMedianMs.toFixed(0),
          r.warmMaxMs.toFixed(0),
          r.warmCpuMedianMs.toFixed(0),
          `≤ ${r.targetMs}`,
          (r.bytes / 1024).toFixed(0),
        ]),
      ),
    ].join('\n'),
  );
  console.log(
    `load average (1 min) before ${loadBefore[0]?.toFixed(2)}, after ${loadAfter[0]?.toFixed(2)}; ${os.cpus().length} cores`,
  );
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `export-${new Date().toISOString().replaceAll(':', '-')}.json`);
  fs.writeFileSync(
    file,
    `${JSON.stringify({ node: process.version, loadBefore, loadAfter, results }, null, 2)}\n`,
  );
  console.log(`written to ${path.relative(process.cwd(), file)}`);
}

await main();
