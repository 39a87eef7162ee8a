import { createContext } from '@lit/context';
import type { ContentIndex } from '../content/content-index.js';

/** The content every element in a guide renders from. */
export const contentContext = createContext<ContentIndex>(Symbol('knee-content'));
