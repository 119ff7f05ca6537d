/** A story as a page in one language tells it: its words and its photo's description. */
import { describe, expect, it } from 'vitest';
import type { StoryView } from '../../../src/queries/catalogue.ts';
import { storyText } from '../../../src/queries/in-language.ts';

const story = (photoAlt: string | undefined, translatedAlt: string | undefined): StoryView => ({
  id: 'mat-ong',
  data: {
    title: 'Mật ong rừng',
    lang: 'vi',
    producer: 'htx',
    products: ['mat-ong-1'],
    summary: 'Tóm tắt',
    published: '2026-07-11',
    photo: 'images/ong.jpg',
    ...(photoAlt ? { photoAlt } : {}),
  },
  body: 'Nội dung',
  translations: { en: { data: { title: 'Forest honey', summary: 'Summary', ...(translatedAlt ? { photoAlt: translatedAlt } : {}) }, body: 'Body' } },
});

describe("a story's photo description", () => {
  it('is the translation’s on the translated page, and the original’s on the original page', () => {
    const s = story('Thùng ong dưới tán rừng', 'Hives under the forest');
    expect(storyText(s, 'en').photoAlt).toEqual({ text: 'Hives under the forest', lang: 'en' });
    expect(storyText(s, 'vi').photoAlt).toEqual({ text: 'Thùng ong dưới tán rừng', lang: 'vi' });
  });

  it('falls back to the original’s, marked Vietnamese, where the translation gives none', () => {
    expect(storyText(story('Thùng ong dưới tán rừng', undefined), 'en').photoAlt).toEqual({ text: 'Thùng ong dưới tán rừng', lang: 'vi' });
  });
});
