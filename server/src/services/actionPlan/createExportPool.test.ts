import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type ActionPlanExportInput, exportActionPlan } from '@weft/export';
import { defaultItemValues } from '@weft/model';
import { afterAll, expect, it } from 'vitest';
import { DomainErrorKind } from '../errors.ts';
import { createExportPool } from './createExportPool.ts';

const execFileAsync = promisify(execFile);

const exporter = createExportPool({ threads: 1, maxQueue: 1 });

afterAll(async () => {
  await exporter.close();
});

const input: ActionPlanExportInput = {
  plan: {
    meta: { title: 'Kế hoạch hành động Gent – Huế', parties: ['Ghent', 'Huế'], version: '3' },
    items: Array.from({ length: 40 }, (_, i) => ({
      ...defaultItemValues(`item-${i}`),
      title: `Hoạt động ${i}: hội thảo với các xưởng may`,
      description: 'Mô tả dài hơn một dòng.\nTweede regel in het Nederlands.',
      leadCity: 'Huế',
      partnerCity: 'Ghent',
    })),
  },
};

/** Largest gap between 10 ms ticks while `work` runs: how long the event loop was blocked. */
async function longestStall<T>(
  work: () => Promise<T>,
): Promise<{ result: T; stallMs: number; elapsedMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const tick = () => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  };
  const timer = setInterval(tick, 10);
  const started = performance.now();
  try {
    const result = await work();
    const elapsedMs = performance.now() - started;
    // One more turn of the loop so a stall at the very end is counted too.
    await new Promise((resolve) => setTimeout(resolve, 0));
    tick();
    return { result, stallMs, elapsedMs };
  } finally {
    clearInterval(timer);
  }
}

it('renders a PDF in a worker thread while the event loop stays free', async () => {
  const { result: file, stallMs, elapsedMs } = await longestStall(() => exporter.run('pdf', input));
  expect(Buffer.from(file.body.slice(0, 5)).toString()).toBe('%PDF-');
  expect(file.contentType).toBe('application/pdf');
  // Rendered in this thread, the whole export would be one long stall (measured: 5.6–8.6 s here).
  expect(stallMs).toBeLessThan(elapsedMs / 2);
}, 180_000);

it('renders a laid-out document (minutes) as PDF and DOCX in a worker, with the labels of its language', async () => {
  const document = {
    title: 'Biên bản họp: Phiên 4',
    running: 'Phiên 4',
    blocks: [
      { type: 'title' as const, text: 'Biên bản họp: Phiên 4' },
      { type: 'paragraph' as const, text: 'Quyết định: thí điểm ở Huế' },
    ],
  };
  const pdf = await exporter.renderDocument('pdf', { document, lang: 'vi' });
  expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe('%PDF-');
  const docx = await exporter.renderDocument('docx', { document, lang: 'vi' });
  expect(Buffer.from(docx.slice(0, 2)).toString()).toBe('PK');
}, 180_000);

it('gives the same bytes as an in-process export for the text formats, without a worker', async () => {
  const md = await exporter.run('md', input);
  expect(md.body).toEqual((await exportActionPlan('md', input)).body);
});

it('a closed exporter refuses new PDF work as unavailable (503 at the HTTP edge)', async () => {
  const closed = createExportPool();
  await closed.close();
  await expect(closed.run('pdf', input)).rejects.toMatchObject({ kind: DomainErrorKind.unavailable });
});

it('refuses an export beyond the queue limit as unavailable (503 at the HTTP edge) and still finishes the queued ones', async () => {
  const running = exporter.run('docx', input);
  const queued = exporter.run('docx', input);
  await expect(exporter.run('docx', input)).rejects.toMatchObject({
    kind: DomainErrorKind.unavailable,
    message: expect.stringContaining('Too many exports'),
  });
  for (const file of await Promise.all([running, queued])) {
    expect(Buffer.from(file.body.slice(0, 2)).toString()).toBe('PK');
  }
});

it('stops an export that runs past the time-out as unavailable (503 at the HTTP edge), and the pool keeps working', async () => {
  const impatient = createExportPool({ threads: 1, timeoutMs: 1 });
  try {
    await expect(impatient.run('pdf', input)).rejects.toMatchObject({
      kind: DomainErrorKind.unavailable,
      message: expect.stringContaining('took too long'),
    });
  } finally {
    await impatient.close();
  }
  const file = await exporter.run('pdf', input);
  expect(Buffer.from(file.body.slice(0, 5)).toString()).toBe('%PDF-');
});

it('reports the duration of each export by format', async () => {
  const seen: string[] = [];
  const timed = createExportPool({
    threads: 1,
    onDone: (format, seconds) => seen.push(`${format}:${seconds > 0}`),
  });
  try {
    await timed.run('csv', input);
    await timed.run('docx', input);
  } finally {
    await timed.close();
  }
  expect(seen).toEqual(['csv:true', 'docx:true']);
});

it('keeps pdfkit, fontkit and docx out of the main thread: only the workers load them', async () => {
  // A fresh process, so modules other test files loaded cannot hide or fake the answer.
  const script = `
    import { createRequire } from 'node:module';
    import { createExportPool } from './src/services/actionPlan/createExportPool.ts';
    const pool = createExportPool({ threads: 1 });
    const input = { plan: { meta: { title: 'Kế hoạch', parties: [], version: '1' }, items: [] } };
    const pdf = await pool.run('pdf', input);
    const docx = await pool.run('docx', input);
    await pool.close();
    const loaded = Object.keys(createRequire(import.meta.url).cache).filter((f) => /[\\\\/](pdfkit|fontkit|docx)[\\\\/]/.test(f));
    console.log(JSON.stringify({ pdf: pdf.body.length, docx: docx.body.length, loaded }));
  `;
  const { stdout } = await execFileAsync(
    process.execPath,
    ['--conditions=@weft/source', '--import', 'tsx', '--input-type=module', '-e', script],
    { cwd: fileURLToPath(new URL('../../..', import.meta.url)) },
  );
  const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as {
    pdf: number;
    docx: number;
    loaded: string[];
  };
  expect(result.pdf).toBeGreaterThan(1000);
  expect(result.docx).toBeGreaterThan(1000);
  expect(result.loaded).toEqual([]);
}, 120_000);
