import { describe, expect, it } from 'vitest';

import { licenseStatement, parseLicense } from './license';

describe('parseLicense', () => {
  it.each([
    ['CC BY-NC-SA 4.0', 'CC BY-NC-SA 4.0', 'https://creativecommons.org/licenses/by-nc-sa/4.0/'],
    ['CC-BY-4.0', 'CC BY 4.0', 'https://creativecommons.org/licenses/by/4.0/'],
    ['cc by nd nc', 'CC BY-NC-ND 4.0', 'https://creativecommons.org/licenses/by-nc-nd/4.0/'],
    ['CC0', 'CC0 1.0', 'https://creativecommons.org/publicdomain/zero/1.0/'],
  ])('links the Creative Commons licence %j to its deed', (value, name, url) => {
    expect(parseLicense(value)).toEqual({ name, url });
  });

  it('reads "all rights reserved", a named licence with its page, and nothing', () => {
    expect(parseLicense('All rights reserved.')).toEqual({ name: 'All rights reserved', allRightsReserved: true });
    expect(parseLicense({ name: 'MIT', url: 'https://opensource.org/license/mit' })).toEqual({
      name: 'MIT',
      url: 'https://opensource.org/license/mit',
    });
    expect(parseLicense({ name: '사내 전용' })).toEqual({ name: '사내 전용' });
    expect(parseLicense('')).toBeUndefined();
    expect(parseLicense(null)).toBeUndefined();
  });

  it.each([
    ['MIT', /not a licence this site knows/],
    ['CC BY-SA-ND 4.0', /not a licence this site knows/],
    [{ url: 'https://example.com' }, /needs a `name`/],
    [{ name: 'MIT', url: 'javascript:alert(1)' }, /must be an http\(s\) address/],
    [3, /must be a licence name/],
  ])('refuses %j, saying what it accepts', (value, message) => {
    expect(() => parseLicense(value)).toThrow(message);
  });
});

describe('licenseStatement', () => {
  it('names the licence and its page, or states the copyright', () => {
    expect(licenseStatement(parseLicense('CC BY 4.0')!, '블로그 주인', '모든 권리 보유')).toBe(
      'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
    );
    expect(licenseStatement(parseLicense('all rights reserved')!, '블로그 주인', '모든 권리 보유')).toBe(
      '© 블로그 주인. 모든 권리 보유',
    );
    expect(licenseStatement({ name: '사내 전용' }, '', '')).toBe('사내 전용');
  });
});
