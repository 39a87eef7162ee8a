import { createContext } from '@lit/context';
import type { GuideStore } from '../guide/guide-store.js';

/** The store of the guide an element belongs to: the nearest `<knee-pain-guide>`, else the page's. */
export const guideContext = createContext<GuideStore>(Symbol('knee-guide'));
