/**
 * Every route of the site, injected into Astro from the route table
 * (src/i18n/routes.ts), so that no folder of route files has to be kept in step
 * with the URL words by hand. A page is injected once per language, with the
 * same template; the template learns its language from its route.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { ROUTES, routePatterns } from '../i18n/routes.ts';

/** `codeDir`: the checkout, which the table's entry points are relative to (a build's root is its own work folder). */
export function routeTable(options: { codeDir: string }): AstroIntegration {
  return {
    name: 'ocop-route-table',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const route of ROUTES) {
          for (const { pattern } of routePatterns(route)) injectRoute({ pattern, entrypoint: path.join(options.codeDir, route.entrypoint), prerender: true });
        }
      },
    },
  };
}
