/** A licence as a reader sees it: its name and, when it has one, the page that states it. */
export interface License {
  name: string;
  url?: string;
  /** `all rights reserved`: no licence is granted; shown as a copyright line. */
  allRightsReserved?: boolean;
}

// Creative Commons 4.0 licences by their short names (`CC BY-NC-SA 4.0`, SPDX's `CC-BY-NC-SA-4.0`).
const CC = /^cc[\s-]+(by(?:[\s-]+(?:nc|sa|nd))*)(?:[\s-]+(4\.0|4))?$/i;
const CC0 = /^cc[\s-]*0(?:[\s-]+1\.0)?$/i;
const RESERVED = /^all[\s-]+rights[\s-]+reserved\.?$/i;

/**
 * Reads a licence as the settings (`license:`) or a post's front matter give it: a Creative
 * Commons name (`CC BY-NC-SA 4.0`, linked to its deed), `CC0`, `all rights reserved`, or any
 * other name with its page (`{ name: MIT, url: https://opensource.org/license/mit }`).
 * Returns `undefined` for an empty value; throws a message saying what is accepted otherwise.
 */
export function parseLicense(value: unknown): License | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') {
    const text = value.trim().normalize('NFC');
    if (!text) return undefined;
    if (RESERVED.test(text)) return { name: 'All rights reserved', allRightsReserved: true };
    if (CC0.test(text)) return { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' };
    const cc = CC.exec(text);
    if (cc) {
      const parts = cc[1]!.toLowerCase().split(/[\s-]+/);
      if (new Set(parts).size === parts.length && !(parts.includes('sa') && parts.includes('nd'))) {
        const ordered = ['by', 'nc', 'sa', 'nd'].filter((part) => parts.includes(part));
        return {
          name: `CC ${ordered.join('-').toUpperCase()} 4.0`,
          url: `https://creativecommons.org/licenses/${ordered.join('-')}/4.0/`,
        };
      }
    }
    throw new Error(
      `"${text}" is not a licence this site knows: use a Creative Commons name (CC BY-NC-SA 4.0), CC0, "all rights reserved", or { name, url }`,
    );
  }
  if (typeof value === 'object' && !Array.isArray(value)) {
    const { name, url } = value as Record<string, unknown>;
    if (typeof name !== 'string' || !name.trim()) throw new Error('needs a `name` (e.g. { name: MIT, url: https://… })');
    if (url === undefined || url === null || url === '') return { name: name.trim() };
    if (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url.trim())) {
      throw new Error(`"url" must be an http(s) address, not ${JSON.stringify(url)}`);
    }
    return { name: name.trim(), url: url.trim() };
  }
  throw new Error(`must be a licence name or { name, url }, not ${JSON.stringify(value)}`);
}

/**
 * A licence as one line of text, for a feed's `<copyright>` and `<rights>`: the name and its page,
 * or, for `all rights reserved`, a copyright line (`© 블로그 주인. 모든 권리 보유`).
 */
export function licenseStatement(license: License, author: string, allRightsReserved: string): string {
  if (license.allRightsReserved) return author ? `© ${author}. ${allRightsReserved}` : `© ${allRightsReserved}`;
  return license.url ? `${license.name} (${license.url})` : license.name;
}
