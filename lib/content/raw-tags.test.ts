import { describe, expect, it } from 'vitest';

import { findRawTag, findRawTagInText } from './raw-tags';

describe('findRawTag', () => {
  it('finds a tag left in the text of a page', () => {
    expect(findRawTag('<p>그림: {% asset_img a.png %}</p>')).toBe('{% asset_img');
  });

  it('finds one in an attribute', () => {
    expect(findRawTag('<img src="{%asset_path a.png%}" alt="">')).toBe('{%asset_path');
  });

  it('leaves tags shown as code alone', () => {
    expect(findRawTag('<pre><code>{% post_link a %}</code></pre><p><code>{% raw %}</code></p>')).toBeUndefined();
  });

  it('finds nothing in a page without tags', () => {
    expect(findRawTag('<p>100% {sure}</p>')).toBeUndefined();
  });

  it('checks plain text', () => {
    expect(findRawTagInText('요약 {% youtube x %}')).toBe('{% youtube');
    expect(findRawTagInText('요약')).toBeUndefined();
  });
});
