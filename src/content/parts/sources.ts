// The references listed under each item: shown last, so loaded last.
import sources from '../../../content/en/sources.json';
import { addDefaultContent, type ContentPart } from '../default-store.js';

addDefaultContent({ sources } as unknown as ContentPart, 'en', 'sources');

export { sources };
