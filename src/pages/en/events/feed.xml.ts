import { feedRoute } from '../../../routes/event-files.ts';
export const GET = feedRoute('en');
