import { ContextProvider } from '@lit/context';
import { guideContext } from '../context/guide-context.js';
import { GuideStore } from './guide-store.js';

/** Makes `host` a guide: the elements below it (through shadow roots) share the store returned. */
export function provideGuide(host: HTMLElement): GuideStore {
  const store = new GuideStore();
  new ContextProvider(host, { context: guideContext, initialValue: store });
  return store;
}
