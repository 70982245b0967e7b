import { describe, expect, it } from 'vitest';

import { verificationMetadata } from './verification';

describe('verificationMetadata', () => {
  it("names each webmaster tool's tag as the tool reads it, and none that is not set", () => {
    expect(verificationMetadata({ google: 'g', naver: 'n', bing: 'b', daum: 'd' })).toEqual({
      google: 'g',
      other: { 'naver-site-verification': 'n', 'msvalidate.01': 'b' },
    });
    expect(verificationMetadata({ naver: 'n' })).toEqual({ other: { 'naver-site-verification': 'n' } });
    expect(verificationMetadata({ daum: 'd' })).toEqual({});
  });
});
