import { describe, expect, it } from 'vitest';

import { providerAttributes } from './providers';
import type { CommentsSettings } from './settings';

const giscus: CommentsSettings = {
  provider: 'giscus',
  repo: 'owner/comments',
  repoId: 'R_1',
  category: 'Announcements',
  categoryId: 'DIC_1',
  mapping: 'key',
  reactions: false,
  inputPosition: 'top',
};

describe('providerAttributes', () => {
  it("gives giscus the thread's term as a specific mapping, and the site's language", () => {
    expect(providerAttributes(giscus, '한글-파일명', 'ko')).toEqual({
      'data-repo': 'owner/comments',
      'data-repo-id': 'R_1',
      'data-category': 'Announcements',
      'data-category-id': 'DIC_1',
      'data-mapping': 'specific',
      'data-term': '한글-파일명',
      'data-strict': '0',
      'data-reactions-enabled': '0',
      'data-emit-metadata': '0',
      'data-input-position': 'top',
      'data-lang': 'ko',
      crossorigin: 'anonymous',
    });
    expect(providerAttributes(giscus, 'a', 'zh-TW')['data-lang']).toBe('zh-TW');
  });

  it('gives utterances the term as its issue-term, and its label', () => {
    const utterances: CommentsSettings = {
      provider: 'utterances',
      repo: 'a/b',
      mapping: 'pathname',
      reactions: true,
      inputPosition: 'bottom',
      label: 'comments',
    };
    expect(providerAttributes(utterances, '2015/01/15/hello/', 'ko')).toEqual({
      repo: 'a/b',
      'issue-term': '2015/01/15/hello/',
      label: 'comments',
      crossorigin: 'anonymous',
    });
  });
});
