import { expect } from '@open-wc/testing';
import { GuideStore, type StoreChange } from '../../src/guide/guide-store.js';
import { indexContent } from '../../src/content/content-index.js';
import { defaultIndex } from '../../src/content/default-store.js';
import type { Content } from '../../src/content/types.js';

const clinic = (locale: string) => indexContent({ ...defaultIndex(locale).content, locale } as Content);

describe('GuideStore', () => {
  it('starts with nothing chosen, and tells its listeners of each new choice with how it was made', () => {
    const store = new GuideStore();
    const heard: StoreChange[] = [];
    const stop = store.subscribe((c) => heard.push(c));
    expect(store.selection.region).to.equal(null);
    store.select({ region: 'kneecap', view: 'front', side: 'left' }, 'pointer');
    expect(store.selection).to.deep.equal({ region: 'kneecap', view: 'front', side: 'left' });
    expect(Object.isFrozen(store.selection)).to.equal(true);
    // The same choice again changes nothing and tells no one.
    store.select({ region: 'kneecap', view: 'front', side: 'left' }, 'code');
    store.select({ region: null, view: 'front', side: 'left' }, 'code');
    expect(heard).to.deep.equal([
      { kind: 'selection', via: 'pointer' },
      { kind: 'selection', via: 'code' },
    ]);
    stop();
    store.select({ region: 'kneecap', view: 'front', side: 'left' }, 'list');
    expect(heard.length, 'an unsubscribed listener hears nothing more').to.equal(2);
  });

  it('serves the clinic’s content in its own language only, and the default in the others', async () => {
    const store = new GuideStore();
    const heard: StoreChange[] = [];
    store.subscribe((c) => heard.push(c));
    expect(store.content('en')).to.equal(defaultIndex('en'));
    const own = clinic('en');
    await store.useContent(own);
    expect(store.content('en')).to.equal(own);
    expect(store.content('es')).to.equal(defaultIndex('es'));
    expect(heard).to.deep.include({ kind: 'content', locale: '*' });
  });

  it('is pending while a clinic’s content loads, and a newer load wins over a slower earlier one', async () => {
    const store = new GuideStore();
    let finishSlow!: (i: ReturnType<typeof clinic>) => void;
    const slow = new Promise<ReturnType<typeof clinic>>((r) => (finishSlow = r));
    void store.useContent(slow);
    expect(store.contentPending).to.equal(true);
    const fast = clinic('en');
    const ready = store.useContent(fast);
    expect(store.contentReady).to.equal(ready);
    await ready;
    expect(store.contentPending).to.equal(false);
    finishSlow(clinic('en'));
    await slow;
    await Promise.resolve();
    expect(store.content('en')).to.equal(fast);
  });
});
