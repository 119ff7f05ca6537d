import { openDataPaths, openDataRoute } from '../../routes/open-data-endpoints.ts';
export const getStaticPaths = openDataPaths;
export const GET = openDataRoute;
