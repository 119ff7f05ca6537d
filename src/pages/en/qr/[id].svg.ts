import { qrPaths, qrRoute } from '../../../lib/qr-endpoint.ts';
export const getStaticPaths = qrPaths;
export const GET = qrRoute('en');
