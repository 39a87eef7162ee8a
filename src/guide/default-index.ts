import { defaultContent } from '../content/default.js';
import { indexContent } from '../content/content-index.js';

/** The bundled English content, indexed once for the whole page. */
export const defaultIndex = indexContent(defaultContent);
