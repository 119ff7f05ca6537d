/**
 * The search islands' namespace in both languages (the search page's panel, the
 * header's live results). Browser code imports its own namespace from a module
 * of its own: the bundler splits by module, so a table shared with the map
 * script would ship in both bundles, and `t(lang)` would ship every page's words.
 */
import type { Lang } from '../langs.ts';
import { search as vi } from '../vi/search.ts';
import { search as en } from '../en/search.ts';

export type SearchStrings = typeof vi;

export const SEARCH_STRINGS: Record<Lang, SearchStrings> = { vi, en };
