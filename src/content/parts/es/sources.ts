// Spanish: the sources. Their titles are the publications' own, the same in
// every language, so content/es/sources.json is a copy of English (content:check
// checks) and Spanish pages share the English chunk rather than download it twice.
import { sources } from '../sources.js';
import { addDefaultContent } from '../../default-store.js';

addDefaultContent({ sources }, 'es', 'sources');
