/**
 * The emergency number for a page, from its language tag's region.
 * Only regions we are sure of: anything else falls back to "your local
 * emergency number", which is never wrong.
 */
const byRegion: Record<string, string> = {
  US: '911', CA: '911', MX: '911', PR: '911',
  GB: '999', IE: '112', HK: '999', MY: '999', SG: '995',
  AU: '000', NZ: '111', IN: '112', JP: '119', KR: '119', CN: '120', ZA: '10177', BR: '192',
};

// The EU single emergency number works in every EU and EEA country and Switzerland.
const europe112 = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IS IT LV LI LT LU MT NL NO PL PT RO SK SI ES SE CH'.split(' ');
for (const r of europe112) byRegion[r] = '112';

/**
 * Whether `value` (already trimmed) is a number a visitor could dial: digits,
 * spaces, `-`, `+`, `*` and `#` only, 2 to 15 digits, at most 20 characters,
 * starting with a digit, `+`, `*` or `#` and ending with a digit or `#`.
 * So `999`, `112`, `*112#` and `+44 20 7946 0000` are; `<b>911</b>`,
 * `-911`, `--`, `**`, `call me` and a 30-digit string are not.
 */
export function isDialable(value: string): boolean {
  const digits = value.replace(/[^0-9]/g, '').length;
  return value.length <= 20 && digits >= 2 && digits <= 15 && /^[0-9+#*][0-9+#* -]*[0-9#]$/.test(value);
}

/**
 * Resolves the number to show: an explicit `emergency-number` attribute wins
 * if it is dialable (`isDialable`); else the region of the language tag
 * (`en-GB` → 999); else `undefined`.
 */
export function emergencyNumber(explicit: string | null | undefined, lang: string | null | undefined): string | undefined {
  const own = typeof explicit === 'string' ? explicit.trim() : '';
  if (own && isDialable(own)) return own;
  const region = regionOf(lang);
  return region ? byRegion[region] : undefined;
}

/** The region of a language tag, upper case (`en-gb` → `GB`), if it has one. */
export function regionOf(lang: string | null | undefined): string | undefined {
  return typeof lang === 'string'
    ? lang
        .split(/[-_]/)
        .slice(1)
        .find((part) => /^[A-Za-z]{2}$/.test(part))
        ?.toUpperCase()
    : undefined;
}
