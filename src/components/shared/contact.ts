import { html, nothing } from 'lit';
import { msg } from '../../i18n/localize.js';
import type { ClinicDetails } from '../../content/types.js';

/**
 * A clinic's invitation to get in touch (from its own content), shown next to
 * advice to see a professional. Never next to emergency advice: there, the
 * emergency number is the only call to action.
 *
 * The content was validated (a web address must be http or https); the check
 * is repeated here so a link can never run script, whatever the data.
 */
export function renderContact(clinic: ClinicDetails | undefined) {
  const contact = clinic?.contact;
  if (!clinic || !contact) return nothing;
  const url = contact.url && /^https?:\/\//i.test(contact.url) ? contact.url : undefined;
  const phone = contact.phone?.replace(/[^0-9+]/g, '');
  return html`<p class="contact" part="contact">
    ${url ? html`<a href=${url}>${contact.text}</a>` : html`<strong>${contact.text}</strong>`}
    <span class="who">(${clinic.name})</span>${phone
      ? html`<br />${msg('Phone:')} <a href="tel:${phone}">${contact.phone}</a>`
      : nothing}
  </p>`;
}
