/**
 * Route data, computed once per page before it renders (src/routes/route-data.ts),
 * so templates and components read `Astro.locals.route` instead of passing the
 * language down through every component. Runs at build time: every page is static.
 */
import { defineMiddleware } from 'astro:middleware';
import { routeData } from './routes/route-data.ts';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.route = routeData(context.url.pathname, context.routePattern);
  return next();
});
