import { icsPaths, icsRoute } from '../../routes/event-files.ts';
export const getStaticPaths = icsPaths;
export const GET = icsRoute('vi');
