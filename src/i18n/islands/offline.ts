/**
 * The offline words of the service worker and of the offline page's script, in
 * both languages: a module of their own, so the worker carries none of the
 * pages' dictionary (see search.ts beside it).
 */
import type { Lang } from '../langs.ts';
import { offline as vi } from '../vi/offline.ts';
import { offline as en } from '../en/offline.ts';

export type OfflineStrings = typeof vi;

export const OFFLINE_STRINGS: Record<Lang, OfflineStrings> = { vi, en };
