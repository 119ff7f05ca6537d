import { sharePaths, shareRoute } from '../../routes/share-endpoints.ts';
export const getStaticPaths = sharePaths;
export const GET = shareRoute;
