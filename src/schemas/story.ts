import { z } from 'astro/zod';
import { frontMatterDate } from './common.ts';

/** A story photo as front matter names it: a file of `content/stories/images/`, by a path relative to the story. */
export const STORY_PHOTO_PATTERN = /^images\/[A-Za-z0-9][\w.-]*\.(jpe?g|png|webp|avif)$/i;

/**
 * A producer's product story (câu chuyện sản phẩm), Markdown in `content/stories/`.
 * The body is producer-written and treated as hostile: it is rendered by
 * `src/formats/safe-markdown.ts`, never as raw HTML.
 */
export const story = z
  .object({
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
    /**
     * A photo of its own, `images/<file>` beside the stories (where the editor
     * uploads it), encoded by the same step as product photos; without one, the
     * story shows its first product's photo.
     */
    photo: z.string().regex(STORY_PHOTO_PATTERN).optional(),
    /** What the photo shows, for readers who cannot see it; required with a photo. */
    photoAlt: z.string().min(1).optional(),
  })
  .refine((s) => !s.photo || s.photoAlt, { message: 'a story photo needs photoAlt, a line saying what it shows', path: ['photoAlt'] });

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
  /** The photo's description in this language (the photo is the original's). */
  photoAlt: z.string().min(1).optional(),
});

export type StoryTranslation = z.infer<typeof storyTranslation>;
