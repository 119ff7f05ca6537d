/** Types of what the middleware gives every page (src/middleware.ts). */
declare namespace App {
  interface Locals {
    route: import('./routes/route-data.ts').RouteData;
  }
}
