import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { inLocale, msg, str, supportedLocale } from '../../i18n/localize.js';
import { loadLocale } from '../../i18n/load.js';
import { langOf } from '../shared/lang.js';
import { provideGuide } from '../../guide/provide-guide.js';
import type { ContentIndex } from '../../content/content-index.js';
import { formatError, type ContentError } from '../../content/errors.js';
import { KneeContentErrorEvent, KneeContentLoadEvent } from './events.js';

/** Errors listed in the notice; the console and the event carry all of them. */
const SHOWN_ERRORS = 12;

/** Default and range of `content-timeout`, in milliseconds. */
const TIMEOUT_MS = { min: 100, max: 60_000, default: 8_000 };

/**
 * Groups a map, exercise cards and a checklist into one guide with its own
 * selection, and optionally the clinic's own content. Without it, the whole
 * page is one guide with the default content.
 *
 * A clinic's content (`content-src` or `content`) is laid over the default
 * content: items with a known id reword it, new ids add items. It is validated
 * with the same schema as ours; if it cannot be used, the guide shows the
 * default content and a short notice, logs each problem, and fires
 * `knee-content-error`. Nothing in it is ever rendered as markup or executed.
 *
 * @tagname knee-pain-guide
 * @summary Scopes the shared selection (and a clinic's own content) to the elements inside it.
 * @slot - The guide's elements and any page content between them.
 * @fires {KneeContentLoadEvent} knee-content-load - The clinic's content is in use. `detail: { source }`.
 * @fires {KneeContentErrorEvent} knee-content-error - The clinic's content could not be used; the default is shown. `detail: { source, problem, errors }`.
 * @csspart content-error - The notice shown when the clinic's content could not be used.
 */
export class KneePainGuide extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
    .notice {
      margin-block-end: 1rem;
      padding: 0.75rem 1rem;
      border: 2px solid var(--knee-soon, #8a4b00);
      border-radius: var(--knee-radius, 12px);
      background: var(--knee-surface, #ffffff);
      color: var(--knee-text, #1c2426);
      font-family: var(--knee-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      line-height: 1.5;
      overflow-wrap: anywhere;
    }
    .notice p {
      margin: 0;
    }
    summary {
      cursor: pointer;
    }
    summary:focus-visible {
      outline: 3px solid var(--knee-focus-ring, #1f5fd1);
      outline-offset: 2px;
    }
    ul {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.25rem;
    }
  `;

  /**
   * Address of the clinic's own content (JSON, same shape as `content/en/`,
   * see the README). Fetched without cookies or referrer, only when set.
   */
  @property({ attribute: 'content-src', reflect: true }) contentSrc: string | null = null;

  /** How long to wait for `content-src`, in milliseconds (100 to 60000; default 8000). */
  @property({ attribute: 'content-timeout', type: Number }) contentTimeout: number = TIMEOUT_MS.default;

  /**
   * The clinic's own content as an object (wins over `content-src`). Assign a
   * new object to change it; it is validated like fetched content.
   */
  @property({ attribute: false }) content: unknown = undefined;

  /** Why the clinic's content is not in use, when it is not. */
  @state() private failure?: { problem: string; errors: readonly ContentError[] };

  /** This guide's state, shared by the elements inside it through context. */
  readonly #store = provideGuide(this);

  /** Bumped by every new load, so a slow earlier one cannot win. */
  private loads = 0;
  private abort?: AbortController;

  /** Resolves when the latest `content-src`/`content` has been applied or refused. */
  get contentReady(): Promise<void> {
    return this.#store.contentReady;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  override connectedCallback() {
    super.connectedCallback();
    // Re-attached after a removal that cancelled a load: load again.
    if (this.hasUpdated && (this.contentSrc || this.content != null) && this.abort?.signal.aborted) this.loadContent();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // The first render without clinic content has nothing to load.
    if ((changed.has('contentSrc') || changed.has('content')) && (this.hasUpdated || this.contentSrc || this.content != null))
      this.loadContent();
  }

  private timeout(): number {
    const ms = Number(this.contentTimeout);
    return Number.isFinite(ms) ? Math.min(TIMEOUT_MS.max, Math.max(TIMEOUT_MS.min, ms)) : TIMEOUT_MS.default;
  }

  private loadContent() {
    const load = ++this.loads;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const content = this.content;
    const src = this.contentSrc?.trim() || null;
    const source = content != null ? 'property' : (src ?? '');
    if (content == null && !src) {
      this.failure = undefined;
      void this.#store.useContent(undefined);
      return;
    }
    const loaded = import('../../guide/clinic-content.js')
      .then(({ loadClinicContent }) =>
        loadClinicContent({
          content,
          src,
          base: document.baseURI,
          timeoutMs: this.timeout(),
          signal: abort.signal,
          locale: this.locale,
        }),
      )
      // The notice, if any, speaks the guide's language.
      .then((result) => loadLocale(this.locale, []).then(() => result))
      .catch(() => ({ ok: false as const, problem: 'The content loader could not be loaded.', errors: [] }))
      .then((result): ContentIndex | undefined => {
        if (load !== this.loads) return undefined; // a newer load took over (and the store ignores this one)
        if (result.ok) {
          this.failure = undefined;
          this.dispatchEvent(new KneeContentLoadEvent({ source }));
          return result.index;
        }
        this.failure = { problem: result.problem, errors: result.errors };
        console.warn(
          [`<knee-pain-guide>: the clinic's content (${source}) is not used: ${result.problem}`]
            .concat(result.errors.map((e) => `  ${formatError(e)}`))
            .join('\n'),
        );
        this.dispatchEvent(new KneeContentErrorEvent({ source, ...this.failure }));
        return undefined;
      });
    void this.#store.useContent(loaded);
  }

  protected override update(changed: PropertyValues) {
    inLocale(this.locale, () => super.update(changed));
  }

  /** The guide's language, as its elements work out theirs. */
  private get locale(): string {
    return supportedLocale(langOf(this));
  }

  override render() {
    const failure = this.failure;
    return html`${failure
        ? html`<div class="notice" part="content-error" role="status">
            <p>${msg('This site’s own guidance could not be loaded, so the standard guidance is shown.')}</p>
            <details>
              <summary>${msg('Details for the site’s editor')}</summary>
              <p>${failure.problem}</p>
              ${failure.errors.length
                ? html`<ul>
                    ${failure.errors.slice(0, SHOWN_ERRORS).map((e) => html`<li>${formatError(e)}</li>`)}
                    ${failure.errors.length > SHOWN_ERRORS
                      ? html`<li>${msg(str`…and ${failure.errors.length - SHOWN_ERRORS} more (see the browser console).`)}</li>`
                      : nothing}
                  </ul>`
                : nothing}
            </details>
          </div>`
        : nothing}<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-pain-guide': KneePainGuide;
  }
}
