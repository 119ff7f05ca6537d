import { openDataPaths, openDataRoute } from '../../lib/open-data-endpoints.ts';
export const getStaticPaths = openDataPaths;
export const GET = openDataRoute;
