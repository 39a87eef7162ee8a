import { html } from 'lit';
import { msg, str } from '../../i18n/localize.js';
import { isSameDayContact, sameDay, type SameDay } from './same-day.js';
import { emergencyNumber, isDialable, regionOf } from './emergency-number.js';
import { idOf } from './attributes.js';
import { pageLang } from './lang.js';
import type { ClinicDetails } from '../../content/types.js';

/** The attributes an element offers for urgent advice. */
export interface UrgentSettings {
  emergencyNumber: string | null;
  sameDayContact: string | null;
}

/**
 * Where to send a visitor with urgent advice: the element's own attributes
 * (when valid), else the clinic's content, else the page language's region.
 */
export function urgentContacts(el: Element & UrgentSettings, clinic: ClinicDetails | undefined) {
  const number = idOf(el.emergencyNumber)?.trim();
  const day = idOf(el.sameDayContact)?.trim();
  const lang = pageLang(el);
  return {
    number: emergencyNumber(number && isDialable(number) ? number : clinic?.emergencyNumber, lang),
    sameDay: sameDay(day && isSameDayContact(day) ? day : null, clinic?.sameDay, regionOf(lang)),
  };
}

/** The emergency call to action: the number as a link, else plain words that are never wrong. */
export function renderCall(number: string | undefined) {
  return number
    ? html`<a href="tel:${number.replace(/[^0-9+#*]/g, '')}">${msg(str`Call ${number}`)}</a>
        ${msg('or go to the nearest emergency department.')}`
    : msg('Call your local emergency number or go to the nearest emergency department.');
}

/**
 * Where to be seen today: the page's or clinic's contact, or a national line,
 * else plain words. A web address must be http(s), so a link can never run script.
 */
export function renderSameDay(where: SameDay | undefined) {
  const phone = where?.phone?.replace(/[^0-9+#*]/g, '');
  const url = where?.url && /^https?:\/\//i.test(where.url) ? where.url : undefined;
  if (!where || (!phone && !url)) return msg('Contact a doctor today: an urgent care centre, an out-of-hours service or a same-day appointment.');
  const name = where.name ?? msg('same-day care');
  const link = phone
    ? html`<a href="tel:${phone}">${msg(str`Call ${where.phone}`)}</a> (${name})`
    : url
      ? html`<a href=${url}>${name}</a>`
      : name;
  return html`${link} ${msg('or go to an urgent care centre today.')}`;
}
