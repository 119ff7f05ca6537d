/**
 * A story's own photo, on the built sample: encoded by the photo step like the
 * product photos, shown under the story's summary with the description its
 * writer gave, and on the story's card in place of its product's photo. A story
 * without one keeps its product's photo on its card and no figure on its page.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { decodeEntities } from '../../src/domain/html-text.ts';
import { routes } from '../../src/i18n/routes.ts';
import { read } from '../support/site.ts';

const distDir = inject('distDir');
const STORIES = 'content/stories';
const stories = readdirSync(STORIES)
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const text = read(path.join(STORIES, f));
    const value = (key: string) => text.match(new RegExp(`^${key}: "?(.*?)"?$`, 'm'))?.[1];
    return { slug: f.slice(0, -3), photo: value('photo'), photoAlt: value('photoAlt') };
  });
const page = (urlPath: string) => read(path.join(distDir, urlPath, 'index.html'));
const figureOf = (html: string) => html.match(/<figure class="story-photo">([\s\S]*?)<\/figure>/)?.[1];
const attr = (tag: string, name: string) => decodeEntities(tag.match(new RegExp(` ${name}="([^"]*)"`))?.[1] ?? '');

describe("stories' own photos", () => {
  const withPhoto = stories.filter((s) => s.photo);
  const without = stories.filter((s) => !s.photo);

  it('the sample has stories with a photo and stories without', () => {
    expect(withPhoto.length).toBeGreaterThan(0);
    expect(without.length).toBeGreaterThan(0);
  });

  it.each(withPhoto.map((s) => [s.slug, s] as const))('%s: its page shows the encoded photo with its description, in both languages', (_slug, story) => {
    for (const lang of ['vi', 'en'] as const) {
      const figure = figureOf(page(routes.story(lang, story.slug)));
      expect(figure, lang).toBeDefined();
      const img = figure!.match(/<img [^>]*>/)![0];
      expect(attr(img, 'alt')).toBe(story.photoAlt);
      const files = attr(img, 'srcset')
        .split(', ')
        .map((candidate) => candidate.split(' ')[0]!);
      expect(files.length).toBeGreaterThan(0);
      for (const file of [attr(img, 'src'), ...files]) {
        expect(file).toMatch(/^\/photos\/[0-9a-f]+-\d+\.webp$/);
        expect(existsSync(path.join(distDir, file)), file).toBe(true);
      }
      expect(Number(attr(img, 'width'))).toBeGreaterThan(0);
      expect(Number(attr(img, 'height'))).toBeGreaterThan(0);
    }
  });

  it('the stories listing shows a story’s own photo on its card, and its product’s photo where it has none', () => {
    const listing = page(routes.stories('vi'));
    const cards = [...listing.matchAll(/<li class="card"[\s\S]*?<\/li>/g)].map((m) => m[0]);
    for (const story of withPhoto) {
      const card = cards.find((c) => c.includes(`href="${routes.story('vi', story.slug)}"`))!;
      expect(card).toContain(`alt="${story.photoAlt}"`);
    }
    for (const story of without) {
      const card = cards.find((c) => c.includes(`href="${routes.story('vi', story.slug)}"`))!;
      expect(card).toBeDefined();
      expect(figureOf(page(routes.story('vi', story.slug)))).toBeUndefined();
    }
  });
});
