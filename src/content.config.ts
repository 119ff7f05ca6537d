// The content collections. Their schemas are the same zod objects the importer
// validates against (src/schemas/), so the registry contract lives in one place.
import { defineCollection } from 'astro:content';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import { event, point, story, storyTranslation } from './schemas/index.ts';
import { registryLoader } from './queries/registry-loader.ts';
import { product } from './schemas/product.ts';
import { producer } from './schemas/producer.ts';

const products = defineCollection({ loader: registryLoader('products.json'), schema: product });
const producers = defineCollection({ loader: registryLoader('producers.json'), schema: producer });
// Hand-written content; the benchmark points this at its national fixture
// (OCOP_HANDWRITTEN_DIR), and OCOP_STORIES_DIR lets a test build a site with its
// own (hostile) stories.
// Absolute paths: Astro resolves a loader's base against its root, which for a build
// is a private work folder (src/pipeline/build-site.ts), not the code folder.
const handwritten = process.env.OCOP_HANDWRITTEN_DIR ?? fileURLToPath(new URL('../content', import.meta.url));
const storiesDir = process.env.OCOP_STORIES_DIR ?? `${handwritten}/stories`;
// A story is a file at the top of the folder; its translations sit in a folder named
// by their language (`en/<slug>.md`), their ids `en/<slug>` (src/queries/catalogue.ts pairs them).
const stories = defineCollection({ loader: glob({ pattern: '*.md', base: storiesDir }), schema: story });
const storyTranslations = defineCollection({ loader: glob({ pattern: '*/*.md', base: storiesDir }), schema: storyTranslation });
const events = defineCollection({ loader: glob({ pattern: '**/*.{md,json}', base: `${handwritten}/events` }), schema: event });
const points = defineCollection({ loader: glob({ pattern: '**/*.json', base: `${handwritten}/points` }), schema: point });

export const collections = { products, producers, stories, storyTranslations, events, points };
