/**
 * Where to get same-day care, for "Get seen today" advice: the page's own
 * `same-day-contact`, else the clinic content's, else a national service we
 * are sure of for the page language's region, else plain words (never wrong).
 */
import { isDialable } from './emergency-number.js';
import type { ClinicContact } from '../../content/types.js';

export interface SameDay {
  /** A dialable number, if known. */
  phone?: string;
  /** An http(s) address, if known. */
  url?: string;
  /** The service's name ("NHS 111"), or the clinic's invitation text. */
  name?: string;
}

/** National same-day (non-emergency) health lines, by region: only ones we are sure of. */
const byRegion: Record<string, SameDay> = {
  GB: { phone: '111', name: 'NHS 111' },
  AU: { phone: '1800 022 222', name: 'healthdirect' },
  NZ: { phone: '0800 611 116', name: 'Healthline' },
};

const isWebAddress = (v: string) => /^https?:\/\/[^\s<>"]+$/i.test(v);

/** Whether an attribute value is usable: a dialable number or an http(s) address. */
export function isSameDayContact(value: string): boolean {
  return isDialable(value) || isWebAddress(value);
}

export function sameDay(explicit: string | null | undefined, clinic: ClinicContact | undefined, region: string | undefined): SameDay | undefined {
  const own = typeof explicit === 'string' ? explicit.trim() : '';
  if (own && isDialable(own)) return { phone: own };
  if (own && isWebAddress(own)) return { url: own };
  if (clinic) {
    const url = clinic.url && isWebAddress(clinic.url) ? clinic.url : undefined;
    return { name: clinic.text, phone: clinic.phone, url };
  }
  return region ? byRegion[region] : undefined;
}
