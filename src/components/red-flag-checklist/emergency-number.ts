/**
 * The emergency number for a page, from its language tag's region.
 * Only regions we are sure of: anything else falls back to "your local
 * emergency number", which is never wrong.
 */
const byRegion: Record<string, string> = {
  US: '911', CA: '911', MX: '911', PR: '911',
  GB: '999', IE: '112', HK: '999', MY: '999', SG: '995',
  AU: '000', NZ: '111', IN: '112', JP: '119', KR: '119', CN: '120', ZA: '112', BR: '192',
};

// The EU single emergency number works in every EU and EEA country and Switzerland.
const europe112 = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IS IT LV LI LT LU MT NL NO PL PT RO SK SI ES SE CH'.split(' ');
for (const r of europe112) byRegion[r] = '112';

/**
 * Resolves the number to show: an explicit `emergency-number` attribute wins;
 * else the region of the language tag (`en-GB` → 999); else `undefined`.
 */
export function emergencyNumber(explicit: string | null | undefined, lang: string | null | undefined): string | undefined {
  const own = explicit?.trim();
  if (own && /^[0-9+#*\- ]{2,15}$/.test(own)) return own;
  const region = lang
    ?.split(/[-_]/)
    .slice(1)
    .find((part) => /^[A-Za-z]{2}$/.test(part))
    ?.toUpperCase();
  return region ? byRegion[region] : undefined;
}
