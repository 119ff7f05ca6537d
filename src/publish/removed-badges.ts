/**
 * A verification badge URL never breaks for a product that once had one. The
 * build gives every product of tonight's export a badge, current or withdrawn
 * (src/pipeline/product-files.ts); a product whose row has left the export (or
 * is quarantined tonight) has no page and would get no badge, and a shop page
 * embedding it would show a broken image instead of a warning. So the nightly
 * job keeps its URL: each badge of the live release that tonight's site lacks is
 * written again as "không còn trong danh mục" / "no longer in the catalogue".
 * The live release's badge folders hold every id that ever had a badge (each
 * night carries the earlier ones forward), so the rule needs no list of its own.
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { badgeSvg, removedBadge } from '../formats/badge.ts';
import { LANGS } from '../i18n/index.ts';
import { routes } from '../i18n/routes.ts';
import type { Product } from '../schemas/product.ts';
import { writeFileAtomically } from '../util/atomic-write.ts';

/** Writes the missing badges into `nextSite`; returns how many per the live release's folders. */
export async function keepRemovedBadges(liveSite: string, liveProducts: readonly Pick<Product, 'id' | 'name'>[], nextSite: string): Promise<number> {
  const names = new Map(liveProducts.map((product) => [product.id, product.name]));
  let kept = 0;
  for (const lang of LANGS) {
    const folder = path.dirname(routes.badge(lang, 'x'));
    const live = await readdir(path.join(liveSite, folder)).catch(() => [] as string[]);
    for (const file of live.filter((name) => name.endsWith('.svg'))) {
      const target = path.join(nextSite, folder, file);
      if (existsSync(target)) continue;
      await mkdir(path.dirname(target), { recursive: true });
      const id = file.slice(0, -'.svg'.length);
      const name = names.get(id);
      // Gone tonight: its name is still known. Gone on an earlier night: its badge already says so.
      if (name) await writeFileAtomically(target, badgeSvg(removedBadge(name, lang)));
      else await copyFile(path.join(liveSite, folder, file), target);
      kept++;
    }
  }
  return kept;
}
