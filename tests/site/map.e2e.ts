import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { decodeMapPoints, type MapPoint, type MapPointsFile } from '../../src/map/map-points.ts';
import { MAP_STRINGS } from '../../src/i18n/islands/map.ts';
import { routes } from '../../src/i18n/routes.ts';
import { axeViolations, launchBrowser } from '../support/browser.ts';
import { watchedPage, type WatchedPage } from '../support/page.ts';
import { fetchJson } from '../support/site.ts';

let browser: Browser;
let base: string;
let rows: MapPoint[];

beforeAll(async () => {
  browser = await launchBrowser();
  base = inject('baseUrl');
  rows = decodeMapPoints(await fetchJson<MapPointsFile>(new URL('/map-points.json', base).href));
});
afterAll(async () => {
  await browser?.close();
});

// Any tile server: the tests never fetch tiles, they block them.
const TILES = /^https:\/\/[^/]*tile[^/]*\//;

/** The map page with tile requests blocked, as when the tile server is down. */
async function openMap(path: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const watched = await watchedPage(browser, options, TILES);
  await watched.context.route(TILES, (route) => route.abort());
  await watched.page.goto(new URL(path, base).href);
  await expect.poll(() => statusText(watched.page), { timeout: 15_000 }).toMatch(/\d/);
  return watched;
}

function statusText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator, not a DOM node; the rendered text is what the visitor reads
  return page.locator('[data-map-status]').innerText();
}

/** Places drawn: single markers plus the places inside each cluster. */
async function placesDrawn(page: Page): Promise<number> {
  return page.evaluate(() => {
    const singles = document.querySelectorAll('.map-marker').length;
    const clustered = [...document.querySelectorAll<HTMLElement>('.map-cluster')].reduce((sum, el) => sum + Number(el.dataset.count ?? 0), 0);
    return singles + clustered;
  });
}

describe('the map page', () => {
  it('has points to show in the sample', () => {
    expect(rows.length).toBeGreaterThan(10);
  });

  it('draws every place of the generated data as a marker or inside a cluster, with tiles blocked', async () => {
    const { page, context, errors } = await openMap('/ban-do/');
    await expect.poll(() => placesDrawn(page)).toBe(rows.length);
    expect(await statusText(page)).toContain(String(rows.length));
    // The tiles failed: the page says so, in words, and the points still work.
    await expect.poll(() => page.locator('[data-tile-notice]').isVisible()).toBe(true);
    expect(await page.locator('[data-tile-notice]').textContent()).toBe(MAP_STRINGS.vi.tilesFailed);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names every marker for screen readers and opens a popup that links to the place', async () => {
    const { page, context } = await openMap('/ban-do/');
    await page.locator('.map-cluster').first().waitFor();
    const unnamed = await page.evaluate(
      () => [...document.querySelectorAll('.map-marker, .map-cluster')].filter((el) => !el.getAttribute('aria-label')).length,
    );
    expect(unnamed).toBe(0);
    // Zoom to one province until single markers appear, then open one by keyboard.
    await page.selectOption('select[name="province"]', rows[0]!.provinceCode);
    const cluster = page.locator('.map-cluster').first();
    for (let i = 0; i < 8 && (await page.locator('.map-marker').count()) === 0; i++) {
      await cluster.click();
      await page.waitForTimeout(600);
    }
    const marker = page.locator('.map-marker').first();
    await marker.focus();
    await page.keyboard.press('Enter');
    const link = page.locator('.leaflet-popup-content a');
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^\/(diem-ban|chu-the|san-pham)\/[a-z0-9-]+\/$/);
    await context.close();
  });

  it('filters by kind and by province', async () => {
    const { page, context } = await openMap('/ban-do/');
    await page.getByRole('checkbox', { name: 'Điểm giới thiệu và bán sản phẩm' }).uncheck();
    const notPoints = rows.filter((r) => r.kind !== 'point').length;
    await expect.poll(() => statusText(page)).toContain(String(notPoints));
    await expect.poll(() => placesDrawn(page)).toBe(notPoints);

    await page.getByRole('checkbox', { name: 'Điểm giới thiệu và bán sản phẩm' }).check();
    const province = rows[0]!.provinceCode;
    await page.selectOption('select[name="province"]', province);
    const inProvince = rows.filter((r) => r.provinceCode === province).length;
    await expect.poll(() => statusText(page)).toMatch(new RegExp(`^${inProvince} `));
    await context.close();
  });

  it('has filter controls of touch size that fit a phone screen', async () => {
    const { page, context } = await openMap('/en/map/', { viewport: { width: 360, height: 800 } });
    const controls = page.locator('[data-map-filters] input, [data-map-filters] select, [data-map-filters] button');
    expect(await controls.count()).toBe(6);
    for (const control of await controls.all()) {
      const box = (await control.boundingBox())!;
      // Checkboxes: their label is the 44 px target; the box itself is at least 24 px.
      const target = (await control.getAttribute('type')) === 'checkbox' ? (await control.locator('xpath=..').boundingBox())! : box;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
      expect(target.height).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
    await context.close();
  });

  it('sorts places by distance from the visitor, shows them on the map and takes the visitor to the list', async () => {
    const here = { latitude: 10.7769, longitude: 106.7009 }; // Hồ Chí Minh City
    const { page, context, errors } = await openMap('/ban-do/', { geolocation: here, permissions: ['geolocation'] });
    await page.getByRole('button', { name: 'Gần tôi' }).click();
    const items = page.locator('[data-nearby] li');
    await items.first().waitFor();
    const km = (await items.evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.km)))) as number[];
    expect(km).toEqual([...km].sort((a, b) => a - b));
    // The nearest place, computed here independently (equirectangular distance is exact enough to order).
    const approx = (r: MapPoint) => Math.hypot((r.lat - here.latitude) * 111, (r.lon - here.longitude) * 111 * Math.cos((here.latitude * Math.PI) / 180));
    const closest = [...rows].sort((a, b) => approx(a) - approx(b))[0]!;
    expect(await items.first().locator('a').textContent()).toBe(closest.name);
    expect(km[0]).toBeCloseTo(approx(closest), 0);
    // "You are here" is drawn, and the view holds every place of the list, not only the visitor.
    expect(await page.locator('.leaflet-overlay-pane path').count()).toBeGreaterThan(0);
    await expect.poll(() => placesDrawn(page)).toBeGreaterThanOrEqual(km.length);
    // The status says what happened, and focus has moved to the list below the map.
    expect(await statusText(page)).toBe(MAP_STRINGS.vi.nearbyStatus(km.length, MAP_STRINGS.vi.km(km[0]!)));
    expect(await page.evaluate(() => document.activeElement?.closest('[data-nearby]') !== null)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows and hides tourism places with their own filter, each with a directions link in its popup', async () => {
    const tourism = rows.filter((r) => r.kind === 'tourism');
    expect(tourism.length).toBeGreaterThan(1);
    const { page, context, errors } = await openMap('/ban-do/');
    const box = page.getByRole('checkbox', { name: MAP_STRINGS.vi.kind.tourism });
    await box.uncheck();
    await expect.poll(() => placesDrawn(page)).toBe(rows.length - tourism.length);
    await box.check();
    await expect.poll(() => placesDrawn(page)).toBe(rows.length);
    // Tourism places alone, in one province: its marker is the diamond, named as a tourism place.
    for (const kind of ['Điểm giới thiệu và bán sản phẩm', 'Chủ thể OCOP']) await page.getByRole('checkbox', { name: kind, exact: true }).uncheck();
    const place = tourism[0]!;
    await page.selectOption('select[name="province"]', place.provinceCode);
    const inProvince = tourism.filter((r) => r.provinceCode === place.provinceCode);
    await expect.poll(() => statusText(page)).toMatch(new RegExp(`^${inProvince.length} `));
    const marker = page.locator(`.map-marker-tourism[data-id="${place.id}"]`);
    await marker.waitFor();
    expect(await marker.getAttribute('aria-label')).toContain(MAP_STRINGS.vi.kind.tourism);
    await marker.focus();
    await page.keyboard.press('Enter');
    const directions = page.locator('.leaflet-popup-content a', { hasText: MAP_STRINGS.vi.directions });
    await directions.waitFor();
    expect(new URL((await directions.getAttribute('href'))!).searchParams.get('destination')).toBe(`${place.lat.toFixed(5)},${place.lon.toFixed(5)}`);
    expect(await page.locator('.leaflet-popup-content a').first().getAttribute('href')).toBe(routes.product('vi', place.id));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists tourism places and display points near the visitor together, by distance, as the kind filter leaves them', async () => {
    // Next to a tourism place: the list then holds tourism places, display points and producers around it.
    const place = rows.find((r) => r.kind === 'tourism')!;
    const here = { latitude: place.lat + 0.05, longitude: place.lon + 0.05 };
    const { page, context, errors } = await openMap('/ban-do/', { geolocation: here, permissions: ['geolocation'] });
    await page.getByRole('checkbox', { name: 'Chủ thể OCOP', exact: true }).uncheck();
    await page.getByRole('button', { name: 'Gần tôi' }).click();
    const items = page.locator('[data-nearby] li');
    await items.first().waitFor();
    const listed = () => items.evaluateAll((els) => els.map((el) => ({ kind: (el as HTMLElement).dataset.kind!, km: Number((el as HTMLElement).dataset.km) })));
    const both = await listed();
    expect(new Set(both.map((i) => i.kind))).toEqual(new Set(['tourism', 'point']));
    expect(both.map((i) => i.km)).toEqual(both.map((i) => i.km).sort((a, b) => a - b));
    // The closest is the tourism place beside the visitor, about 7 km away (0.05° each way at this latitude).
    expect(await items.first().locator('a').textContent()).toBe(place.name);
    const approx = Math.hypot(0.05 * 111, 0.05 * 111 * Math.cos((place.lat * Math.PI) / 180));
    expect(both[0]!.km).toBeCloseTo(approx, 0);
    // The kind filter applies to the list at once: display points only, still by distance.
    await page.getByRole('checkbox', { name: MAP_STRINGS.vi.kind.tourism }).uncheck();
    await expect.poll(async () => new Set((await listed()).map((i) => i.kind))).toEqual(new Set(['point']));
    const pointsOnly = await listed();
    expect(pointsOnly.map((i) => i.km)).toEqual(pointsOnly.map((i) => i.km).sort((a, b) => a - b));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when the visitor refuses to share a position', async () => {
    const { page, context } = await openMap('/en/map/', { permissions: [] });
    await page.getByRole('button', { name: 'Near me' }).click();
    await expect.poll(() => statusText(page), { timeout: 20_000 }).toMatch(/not available/);
    await context.close();
  });
});

describe('the map page without JavaScript', () => {
  it('lists every place by province, each linking to its page', async () => {
    const { page, context } = await watchedPage(browser, { javaScriptEnabled: false });
    await page.goto(new URL('/ban-do/', base).href);
    const links = await page.locator('#map-list li a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(links).toHaveLength(rows.length);
    const pageOf = { point: routes.point, producer: routes.producer, tourism: routes.product };
    expect(new Set(links)).toEqual(new Set(rows.map((r) => pageOf[r.kind]('vi', r.id))));
    expect(await page.locator('[data-map-app]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('accessibility of the map pages', () => {
  // On a phone the whole country fits in few pixels, where overlapping markers would fail target-size.
  for (const [path, width] of [
    ['/ban-do/', 1280],
    ['/en/map/', 1280],
    ['/ban-do/', 360],
    ['/en/map/', 360],
  ] as const) {
    it(`axe finds no WCAG 2.2 AA violation on ${path} at ${width} px`, async () => {
      const { page, context, errors } = await openMap(path, { viewport: { width, height: 800 } });
      await page.locator('.map-cluster, .map-marker').first().waitFor();
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('small maps on place pages', () => {
  it('load Leaflet only once the map scrolls into view, and name the place', async () => {
    const producer = rows.find((r) => r.kind === 'producer')!;
    const { page, context, errors } = await watchedPage(browser, { viewport: { width: 800, height: 150 } }, TILES);
    await context.route(TILES, (route) => route.abort());
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(new URL(`/chu-the/${producer.id}/`, base).href);
    const figure = page.locator('figure.small-map');
    // Precondition: the figure starts well below the fold (the observer looks 200 px ahead).
    expect(await figure.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(150 + 200 + 50);
    await page.waitForTimeout(500);
    expect(await figure.locator('.leaflet-container').count()).toBe(0);
    expect(scripts.some((url) => url.includes('leaflet'))).toBe(false);
    await figure.scrollIntoViewIfNeeded();
    await figure.locator('.leaflet-container').waitFor({ timeout: 15_000 });
    expect(scripts.some((url) => url.includes('leaflet'))).toBe(true);
    expect(await figure.locator('[role="img"]').getAttribute('aria-label')).toContain(producer.name);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('give the coordinates and a link to a full map without JavaScript', async () => {
    const producer = rows.find((r) => r.kind === 'producer')!;
    const { page, context } = await watchedPage(browser, { javaScriptEnabled: false });
    await page.goto(new URL(`/chu-the/${producer.id}/`, base).href);
    const caption = page.locator('figure.small-map figcaption');
    expect(await caption.textContent()).toContain(producer.lat.toFixed(5).slice(0, 5));
    expect(await caption.locator('a').first().getAttribute('href')).toMatch(/^https:\/\/www\.openstreetmap\.org\/\?mlat=/);
    await context.close();
  });
});
