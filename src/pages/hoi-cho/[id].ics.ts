import { icsPaths, icsRoute } from '../../lib/event-files.ts';
export const getStaticPaths = icsPaths;
export const GET = icsRoute('vi');
