/**
 * How a target locale's strings answer `msg`: @lit/localize's runtime lookup,
 * which finds each string by a hash of its English text. Only the modules of
 * other languages import this, so the hashing (~1 KiB) is never downloaded by
 * an English page.
 */
import type { LocaleModule } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { Lookup } from './localize.js';

export const lookup =
  (templates: LocaleModule['templates']): Lookup =>
  (template, options) =>
    runtimeMsg(templates, template as never, options);
