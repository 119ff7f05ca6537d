/**
 * node scripts/check-pages-size.ts SITE_DIR
 *
 * Exits 1 with a sentence when the built site is larger than GitHub Pages
 * accepts; run by the Pages workflow before it packages the release.
 */
import { pagesRefusal, siteBytes } from '../src/publish/pages-limit.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/check-pages-size.ts SITE_DIR');
  process.exitCode = 64;
} else {
  const bytes = await siteBytes(dir);
  const refusal = pagesRefusal(bytes);
  if (refusal) {
    console.error(`refusing to deploy to GitHub Pages: ${refusal}`);
    process.exitCode = 1;
  } else {
    console.log(`the site is ${(bytes / 1e6).toFixed(1)} MB: within GitHub Pages' 1 GB`);
  }
}
