// The references listed under each item: shown last, so loaded last.
import json from '../../../content/en/sources.json';
import { addDefaultContent } from '../default-store.js';
import type { Source } from '../types.js';

// Typed, so the published types never point at a JSON file outside the package.
export const sources = json as unknown as Source[];

addDefaultContent({ sources }, 'en', 'sources');
