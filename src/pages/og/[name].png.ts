import { sharePaths, shareRoute } from '../../lib/share-endpoints.ts';
export const getStaticPaths = sharePaths;
export const GET = shareRoute;
