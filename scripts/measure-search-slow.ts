/**
 * The search page on a slow phone: `node scripts/measure-search-slow.ts [dist] [runs]`.
 * Chromium with 4× CPU slowdown and a 400 kbit/s, 400 ms latency network (the
 * DevTools protocol's Emulation.setCPUThrottlingRate and
 * Network.emulateNetworkConditions), a cold cache each run, opens the search
 * page with a query in its address, as Enter in the header box does, and times:
 *
 * - first text: the page shows its loading state (the status line says
 *   something), counted from navigation start;
 * - first results: the first result is in the list;
 * - the bytes of script the page loaded (gzip, as a host sends it: a small
 *   proxy in front of the tests' static server compresses text).
 *
 * Prints the median and the range over the runs, for docs/performance.md.
 *
 * `MEASURE_WITHOUT_FONTS=1` refuses the web fonts, to show what they cost: on
 * this profile their line time competes with the search's own requests.
 */
import { createServer, request } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/server.ts';

const dist = path.resolve(process.argv[2] ?? process.env.OCOP_OUT_DIR ?? 'dist');
const runs = Number(process.argv[3] ?? 5);
const PROFILE = { cpuSlowdown: 4, kbitPerSecond: 400, latencyMs: 400 };
const PAGES = ['/tim-kiem/?q=nuoc+mam', '/en/search/?q=fish+sauce'];

interface Run {
  firstTextMs: number;
  firstResultsMs: number;
  scriptBytes: number;
}

async function measure(baseUrl: string, pagePath: string): Promise<Run> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    if (process.env.MEASURE_WITHOUT_FONTS === '1') await context.route(/\/fonts\//, (route) => route.abort());
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PROFILE.latencyMs,
      downloadThroughput: (PROFILE.kbitPerSecond * 1000) / 8,
      uploadThroughput: (PROFILE.kbitPerSecond * 1000) / 8,
    });
    let scriptBytes = 0;
    const sizes = new Map<string, string>();
    cdp.on('Network.responseReceived', (event) => sizes.set(event.requestId, event.type));
    cdp.on('Network.loadingFinished', (event) => {
      if (sizes.get(event.requestId) === 'Script') scriptBytes += event.encodedDataLength;
    });
    // Polled in the page from its first script-free moment: the status line, then the first option.
    await page.addInitScript(() => {
      const marks: Record<string, number> = {};
      (window as unknown as { searchMarks: Record<string, number> }).searchMarks = marks;
      const look = () => {
        const status = document.querySelector('main [role="status"]');
        if (marks.text === undefined && status?.textContent?.trim()) marks.text = performance.now();
        if (marks.results === undefined && document.querySelector('main [role="listbox"] [role="option"]')) marks.results = performance.now();
        if (marks.results === undefined) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(new URL(pagePath, baseUrl).href, { waitUntil: 'commit' });
    await page.locator('main [role="listbox"] [role="option"]').first().waitFor({ timeout: 60_000 });
    const marks = await page.evaluate(() => (window as unknown as { searchMarks: Record<string, number> }).searchMarks);
    return { firstTextMs: marks.text ?? Number.NaN, firstResultsMs: marks.results ?? Number.NaN, scriptBytes };
  } finally {
    await browser.close();
  }
}

/** The static server, behind a proxy that gzips text as a static host does. */
async function serveCompressed(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const files = await serveStatic(root);
  const proxy = createServer((req, res) => {
    const upstream = request(new URL(req.url ?? '/', files.url), (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const type = String(answer.headers['content-type'] ?? '');
        const body = Buffer.concat(chunks);
        const compress = /^(text\/|application\/(json|javascript|xml))/.test(type);
        res.writeHead(answer.statusCode ?? 500, { 'Content-Type': type, ...(compress ? { 'Content-Encoding': 'gzip' } : {}) });
        res.end(compress ? gzipSync(body) : body);
      });
    });
    upstream.end();
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const address = proxy.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await files.close();
    },
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const server = await serveCompressed(dist);
  try {
    const fonts = process.env.MEASURE_WITHOUT_FONTS === '1' ? ', web fonts refused' : '';
    console.log(`CPU ${PROFILE.cpuSlowdown}× slower, ${PROFILE.kbitPerSecond} kbit/s, ${PROFILE.latencyMs} ms latency, cold cache, ${runs} runs${fonts}`);
    console.log('| page | first text (median, range) | first results (median, range) | script loaded |');
    console.log('| --- | --- | --- | --- |');
    for (const pagePath of PAGES) {
      const results: Run[] = [];
      for (let i = 0; i < runs; i++) results.push(await measure(server.url, pagePath));
      const text = results.map((r) => r.firstTextMs);
      const found = results.map((r) => r.firstResultsMs);
      console.log(
        `| \`${pagePath}\` | ${seconds(median(text))} (${seconds(Math.min(...text))}–${seconds(Math.max(...text))}) | ${seconds(median(found))} (${seconds(Math.min(...found))}–${seconds(Math.max(...found))}) | ${(median(results.map((r) => r.scriptBytes)) / 1024).toFixed(1)} KB |`,
      );
    }
  } finally {
    await server.close();
  }
}

await main();
