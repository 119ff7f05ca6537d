import { z } from 'astro/zod';
import { frontMatterDate } from './common.ts';

/**
 * A producer's product story (câu chuyện sản phẩm), Markdown in `content/stories/`.
 * The body is producer-written and treated as hostile: it is rendered by
 * `src/formats/safe-markdown.ts`, never as raw HTML.
 */
export const story = z.object({
  title: z.string().min(1),
  /** Language the story is written in; most are Vietnamese. */
  lang: z.enum(['vi', 'en']).default('vi'),
  /** Producer id telling the story. */
  producer: z.string(),
  /** Product ids the story tells about. */
  products: z.array(z.string()).min(1),
  /** One or two sentences for listings and share cards. */
  summary: z.string(),
  published: frontMatterDate,
  author: z.string().optional(),
});

export type Story = z.infer<typeof story>;

/**
 * The same story told in another language: Markdown in a folder named by the
 * language beside the original, `content/stories/en/<slug>.md` for
 * `content/stories/<slug>.md`. Only the words are translated; the producer, the
 * products and the date are the original's, so they cannot drift apart.
 */
export const storyTranslation = z.object({
  title: z.string().min(1),
  /** One or two sentences for listings and share cards. */
  summary: z.string(),
  /** Who translated it, when that is worth saying. */
  translator: z.string().optional(),
});

export type StoryTranslation = z.infer<typeof storyTranslation>;
