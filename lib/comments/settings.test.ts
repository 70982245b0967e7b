import { describe, expect, it } from 'vitest';

import { parseSiteSettings } from '../site-settings';

const parse = (yaml: string) => parseSiteSettings(`title: 블로그\n${yaml}`, 'site.config.yml').comments;

const giscus = [
  'comments:',
  '  provider: giscus',
  '  repo: owner/blog-comments',
  '  repo_id: R_kgDOAAAA',
  '  category: Announcements',
  '  category_id: DIC_kwDOAAAA',
].join('\n');

describe('comments settings', () => {
  it('are off unless they name a provider', () => {
    expect(parse('')).toBeUndefined();
    expect(parse('comments:')).toBeUndefined();
    expect(parse('comments: false')).toBeUndefined();
    expect(parse('comments:\n  provider: false\n  repo: a/b')).toBeUndefined();
  });

  it('read giscus with its defaults: the key mapping, reactions, the box below', () => {
    expect(parse(giscus)).toEqual({
      provider: 'giscus',
      repo: 'owner/blog-comments',
      repoId: 'R_kgDOAAAA',
      category: 'Announcements',
      categoryId: 'DIC_kwDOAAAA',
      mapping: 'key',
      reactions: true,
      inputPosition: 'bottom',
    });
  });

  it('read utterances, which needs no ids', () => {
    expect(parse('comments:\n  provider: utterances\n  repo: a/b\n  mapping: pathname\n  label: 💬')).toEqual({
      provider: 'utterances',
      repo: 'a/b',
      mapping: 'pathname',
      reactions: true,
      inputPosition: 'bottom',
      label: '💬',
    });
  });

  it('name the field of a wrong value', () => {
    expect(() => parse('comments:\n  provider: disqus\n  repo: a/b')).toThrow(
      'site.config.yml: "comments.provider" must be one of giscus, utterances, not "disqus"',
    );
    expect(() => parse('comments:\n  provider: utterances')).toThrow('"comments.repo" is required');
    expect(() => parse('comments:\n  provider: utterances\n  repo: https://github.com/a/b')).toThrow(
      '"comments.repo" must look like owner/repository',
    );
    expect(() => parse(giscus.replace(/\n {2}category_id.*/, ''))).toThrow('"comments.category_id" is required');
    expect(() => parse(`${giscus}\n  mapping: url`)).toThrow('"comments.mapping" must be one of key, pathname');
    expect(() => parse(`${giscus}\n  reactions: 1`)).toThrow('"comments.reactions" must be true or false');
    expect(() => parse(`${giscus}\n  input_position: middle`)).toThrow(
      '"comments.input_position" must be one of top, bottom',
    );
    expect(() => parse('comments: giscus')).toThrow('"comments" must be a mapping');
  });
});
