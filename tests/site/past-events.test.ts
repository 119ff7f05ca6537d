/**
 * A past event is labelled past and offers no calendar entry, on the events list
 * and on its own page; an event still on keeps "Add to calendar". Which is which
 * follows the sample's event files and the test site's build date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { routes } from '../../src/i18n/routes.ts';
import { site as vi } from '../../src/i18n/vi/site.ts';
import { site as en } from '../../src/i18n/en/site.ts';
import type { Lang } from '../../src/i18n/langs.ts';
import { read } from '../support/site.ts';

const distDir = inject('distDir');
const asOf = inject('asOf');
const EVENTS_DIR = 'content/events';
const WORDS: Record<Lang, { past: string; addToCalendar: string }> = { vi, en };

const events = readdirSync(EVENTS_DIR)
  .filter((file) => file.endsWith('.json'))
  .map((file) => {
    const data = JSON.parse(readFileSync(path.join(EVENTS_DIR, file), 'utf8')) as { endDate: string };
    return { id: file.replace(/\.json$/, ''), past: data.endDate < asOf };
  });

const pageOf = (url: string) => read(path.join(distDir, url, 'index.html'));
const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
const pastLabel = (lang: Lang) => `<span class="tag">${WORDS[lang].past}</span>`;

describe('past events', () => {
  it('the sample has both past and upcoming events on the build date', () => {
    expect(events.some((e) => e.past)).toBe(true);
    expect(events.some((e) => !e.past)).toBe(true);
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`${lang}: an event's page says it is past and drops the calendar file only when it is`, () => {
      for (const event of events) {
        const main = mainOf(pageOf(routes.event(lang, event.id)));
        const calendarLink = main.includes(`href="${routes.eventIcs(lang, event.id)}"`);
        expect({ id: event.id, labelled: main.includes(pastLabel(lang)), calendarLink }).toEqual({
          id: event.id,
          labelled: event.past,
          calendarLink: !event.past,
        });
      }
    });

    it(`${lang}: the events list labels each past event, and only those`, () => {
      const main = mainOf(pageOf(routes.events(lang)));
      const cards = [...main.matchAll(/<li class="card"[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
      for (const event of events) {
        const card = cards.find((html) => html.includes(`href="${routes.event(lang, event.id)}"`));
        expect(card, event.id).toBeDefined();
        expect({ id: event.id, labelled: card!.includes(pastLabel(lang)) }).toEqual({ id: event.id, labelled: event.past });
      }
    });
  }
});
