import { feedRoute } from '../../../lib/event-files.ts';
export const GET = feedRoute('en');
