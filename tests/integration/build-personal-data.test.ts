/**
 * `npm run build` ends by scanning what it built for personal data, with the
 * policy and the allow-list of the release check. First the scan on a few
 * hand-made files of every kind the site has, then one real build of a tiny
 * export whose hand-written story leaks a phone number.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPersonalData } from '../../src/pipeline/check-personal-data.ts';
import { SAMPLE, writeExport } from '../support/exports.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'ocop-build-personal-data-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
}

describe('the build’s personal-data scan', () => {
  it('finds personal data in every kind of built file and allows what the registry and the points publish', async () => {
    const dir = path.join(work, 'scan');
    await writeFiles(path.join(dir, 'registry'), {
      'producers.json': JSON.stringify([{ id: 'htx-a', contact: { phone: '0223 3927066', email: 'lienhe@htx-a.example.vn' } }, { id: 'ho-b' }]),
    });
    await writeFiles(path.join(dir, 'points'), {
      'ga.json': JSON.stringify({ name: 'Quầy ga', phone: '(+84) 24 3942 0000' }),
      'mien-nam/cho.json': JSON.stringify({ name: 'Chợ', phone: '0909 000 111' }),
    });
    await writeFiles(path.join(dir, 'site'), {
      'san-pham/a/index.html': '<p>HTX A, tổng đài 0223.3927.066, lienhe@htx-a.example.vn</p><p>Chủ hộ: Số CMND 123 456 789</p>',
      'diem-ban/ga/index.html': '<a href="tel:+842439420000">024 3942 0000</a> <a href="tel:0909000111">0909 000 111</a>',
      'du-lieu-mo/products.json': '[{"description":"Mắm ngon.\\nZalo0987654321"}]',
      'du-lieu-mo/products.csv': 'id,producer\nb,"Hộ B, CCCD030187004324"\n',
      'sitemap.xml': '<urlset><url><loc>https://ocop.example.vn/san-pham/a/</loc></url></urlset>',
      'hoi-cho/lich.ics': 'BEGIN:VEVENT\nUID:hoi-cho-2026@ocop.example.vn\nDESCRIPTION:Liên hệ chuho.b@gmail.com\nEND:VEVENT\n',
      'search-index/vi/ab12cd34ef56/d-0.json': '[{"url":"/chu-the/ho-b/","meta":{"producer":"Hộ B +84 912 345 682"}}]',
      'search-index/vi/ab12cd34ef56/facets.json': '{"single":{"province":{"values":["64"],"pages":"!!!!!!!!!!!!"}},"multiple":{}}',
      'photos/0988333497c8b6f77bc7-480.webp': 'binary, not read',
    });
    const findings = await checkPersonalData({ outDir: path.join(dir, 'site'), contentDir: path.join(dir, 'registry'), pointsDir: path.join(dir, 'points') });
    expect(findings).toEqual([
      '/du-lieu-mo/products.csv: 12-digit ID number 030…24',
      '/du-lieu-mo/products.json: mobile number 098…21 that no producer or point publishes',
      '/hoi-cho/lich.ics: email chu…om not marked public',
      '/san-pham/a/index.html: 9-digit ID number 123…89',
      '/search-index/vi/ab12cd34ef56/d-0.json: mobile number 091…82 that no producer or point publishes',
    ]);
  });

  it('finds nothing in a site without personal data, with no points folder at all', async () => {
    const dir = path.join(work, 'clean');
    await writeFiles(path.join(dir, 'registry'), { 'producers.json': '[]' });
    await writeFiles(path.join(dir, 'site'), {
      'index.html': '<p>Quyết định 3981/QĐ-UBND ngày 05/08/2026: 78,5 điểm, 150.000 đồng, 500 g, mã 83-829-28780-3-2022</p>',
      'map-points.json': '{"v":2,"rows":[[10.2171,103.9614,0,"91",3,"Bưu điện","buu-dien"]]}',
    });
    expect(await checkPersonalData({ outDir: path.join(dir, 'site'), contentDir: path.join(dir, 'registry'), pointsDir: path.join(dir, 'no-points') })).toEqual(
      [],
    );
  });
});

/** `node scripts/build.ts` with the given environment; its exit code and output. */
function runBuild(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const inherited = { ...process.env };
    delete inherited.OCOP_STORIES_DIR;
    const child = spawn(process.execPath, ['scripts/build.ts'], { env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run build', () => {
  it('fails when a hand-written story carries a phone number, naming the page with the number masked', async () => {
    const dir = path.join(work, 'build');
    // The sample's first twenty rows: the story's producer is among them.
    const [header, ...rows] = (await readFile(SAMPLE, 'utf8')).split('\n');
    const input = await writeExport(path.join(dir, 'export'), 'tiny.csv', `${[header, ...rows.slice(0, 20)].join('\n')}\n`);
    const handwritten = path.join(dir, 'content');
    for (const folder of ['stories', 'points', 'events']) await cp(path.join('content', folder), path.join(handwritten, folder), { recursive: true });
    const story = path.join(handwritten, 'stories', 'ca-phe-dak-doa.md');
    await writeFile(story, `${await readFile(story, 'utf8')}\nĐặt cà phê qua Zalo0987654321 của chị H'Lan.\n`);

    const { code, stdout, stderr } = await runBuild({
      OCOP_REGISTRY: input,
      OCOP_AS_OF: '2026-11-23',
      OCOP_CONTENT_DIR: path.join(dir, 'registry'),
      OCOP_OUT_DIR: path.join(dir, 'dist'),
      OCOP_CACHE_DIR: path.join(dir, 'astro-cache'),
      OCOP_HANDWRITTEN_DIR: handwritten,
      OCOP_IMPORT_REPORT: path.join(dir, 'import-report.json'),
    });

    expect(code, `${stdout}\n${stderr}`).toBe(4);
    expect(stderr).toContain('/cau-chuyen/ca-phe-dak-doa/index.html: mobile number 098…21 that no producer or point publishes');
    // Only that number, however many files carry it: the rest of the real site passes.
    const findings = stderr.split('\n').filter((line) => line.startsWith('  - '));
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(finding).toContain('mobile number 098…21');
    expect(`${stdout}${stderr}`).not.toContain('0987654321');
  }, 300_000);
});
