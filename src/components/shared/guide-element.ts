import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { contentContext } from '../../context/content-context.js';
import { selectionContext, type Selection } from '../../context/selection-context.js';
import { defaultIndex } from '../../content/default-store.js';
import type { ContentIndex } from '../../content/content-index.js';

/**
 * Base of every element that lives in a guide: it receives the guide's
 * content and selection through context, and re-renders when either changes.
 */
export class GuideElement extends LitElement {
  /**
   * Colour scheme: `light` or `dark`. Without it, the visitor's system setting
   * (`prefers-color-scheme`) decides. Dark mode reads the `--knee-dark-*`
   * custom properties.
   */
  @property({ reflect: true }) theme: 'light' | 'dark' | null = null;

  @consume({ context: contentContext, subscribe: true })
  @state()
  protected index?: ContentIndex;

  @consume({ context: selectionContext, subscribe: true })
  @state()
  protected selection?: Selection;

  /** The content to render: the guide's, or the bundled default outside any guide. */
  protected get data(): ContentIndex {
    return this.index ?? defaultIndex();
  }
}
