import type { ContentError } from '../../content/schema.js';

export interface KneeContentDetail {
  /** Where the content came from: the `content-src` address, or `property` for the `content` property. */
  readonly source: string;
}

export interface KneeContentErrorDetail extends KneeContentDetail {
  /** One sentence: what went wrong ("… answered 404 Not Found."). */
  readonly problem: string;
  /** Item-by-item reasons when the content arrived but was invalid (file, item id, field, message). */
  readonly errors: readonly ContentError[];
}

/**
 * Fired on a `<knee-pain-guide>` when its own content (`content-src` or
 * `content`) is loaded, validated and in use. Does not bubble.
 */
export class KneeContentLoadEvent extends Event {
  static readonly eventName = 'knee-content-load' as const;
  readonly detail: KneeContentDetail;
  constructor(detail: KneeContentDetail) {
    super(KneeContentLoadEvent.eventName);
    this.detail = Object.freeze({ ...detail });
  }
}

/**
 * Fired on a `<knee-pain-guide>` when its own content could not be used (not
 * found, timed out, not JSON, or invalid). The guide then shows the default
 * content and a short notice. Does not bubble.
 */
export class KneeContentErrorEvent extends Event {
  static readonly eventName = 'knee-content-error' as const;
  readonly detail: KneeContentErrorDetail;
  constructor(detail: KneeContentErrorDetail) {
    super(KneeContentErrorEvent.eventName);
    this.detail = Object.freeze({ ...detail, errors: Object.freeze([...detail.errors]) });
  }
}

declare global {
  interface HTMLElementEventMap {
    'knee-content-load': KneeContentLoadEvent;
    'knee-content-error': KneeContentErrorEvent;
  }
}
