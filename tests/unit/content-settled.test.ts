import { expect } from '@open-wc/testing';
import { contentPending, contentSettled } from '../../src/components/shared/content-settled.js';

/** A stand-in for `<knee-pain-guide>` (not defined in this page): only its public fields matter. */
type FakeGuide = HTMLElement & { contentSrc?: string | null; content?: unknown; contentReady?: Promise<void> };

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('contentPending / contentSettled', () => {
  let guide: FakeGuide;
  let child: HTMLElement;
  beforeEach(() => {
    guide = document.createElement('knee-pain-guide') as FakeGuide;
    child = document.createElement('span');
    guide.append(child);
    document.body.append(guide);
  });
  afterEach(() => guide.remove());

  it('is final at once outside a guide, or in a guide given no content of its own', async () => {
    const alone = document.createElement('span');
    expect(contentPending(alone)).to.equal(false);
    await contentSettled(alone);
    guide.contentReady = deferred().promise; // never resolves: must not be waited for
    guide.contentSrc = '  ';
    expect(contentPending(child)).to.equal(false);
    await contentSettled(child);
  });

  it('waits for the guide’s load, and for a newer load that replaced it', async () => {
    const first = deferred();
    const second = deferred();
    guide.contentSrc = '/clinic.json';
    guide.contentReady = first.promise;
    expect(contentPending(child)).to.equal(true);
    let done = false;
    const settled = contentSettled(child).then(() => (done = true));
    guide.contentReady = second.promise;
    first.resolve();
    await new Promise((r) => setTimeout(r));
    expect(done).to.equal(false);
    second.resolve();
    await settled;
    expect(contentPending(child)).to.equal(false);
  });

  it('finds the guide through shadow roots, and counts a rejected load as settled', async () => {
    const host = document.createElement('div');
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    child.append(host);
    guide.content = {};
    guide.contentReady = Promise.reject(new Error('refused'));
    expect(contentPending(inner)).to.equal(true);
    await contentSettled(inner);
    expect(contentPending(inner)).to.equal(false);
  });
});
