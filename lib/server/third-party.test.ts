import { describe, expect, it } from 'vitest';

import { contentSecurityPolicy, emptyNeeds } from './security-headers';
import { addThirdPartyNeeds } from './third-party';

const policyWith = (settings: Parameters<typeof addThirdPartyNeeds>[1]) => {
  const needs = emptyNeeds();
  addThirdPartyNeeds(needs, settings);
  return Object.fromEntries(
    contentSecurityPolicy(needs)
      .split('; ')
      .map((directive) => [directive.split(' ')[0], directive]),
  );
};

const comments = { repo: 'a/b', mapping: 'key', reactions: true, inputPosition: 'bottom' } as const;

describe('addThirdPartyNeeds', () => {
  it('adds nothing when comments and analytics are off', () => {
    expect(
      contentSecurityPolicy(
        (() => {
          const needs = emptyNeeds();
          addThirdPartyNeeds(needs, {});
          return needs;
        })(),
      ),
    ).toBe(contentSecurityPolicy(emptyNeeds()));
  });

  it("allows giscus's script, frame and stylesheet, and nothing of utterances", () => {
    const policy = policyWith({ comments: { ...comments, provider: 'giscus' } });
    expect(policy['script-src']).toBe("script-src 'self' https://giscus.app");
    expect(policy['frame-src']).toBe('frame-src https://giscus.app');
    expect(policy['style-src']).toBe("style-src 'self' 'unsafe-inline' https://giscus.app");
    expect(policy['connect-src']).toBe("connect-src 'self'");
  });

  it("allows utterances's script and frame", () => {
    const policy = policyWith({ comments: { ...comments, provider: 'utterances' } });
    expect(policy['script-src']).toBe("script-src 'self' https://utteranc.es");
    expect(policy['frame-src']).toBe('frame-src https://utteranc.es');
    expect(policy['style-src']).toBe("style-src 'self' 'unsafe-inline'");
  });

  it("allows an analytics script's origin, and where it sends page views", () => {
    const umami = { provider: 'umami', siteId: 'x', respectDnt: true } as const;
    let policy = policyWith({ analytics: { ...umami, scriptUrl: 'https://umami.example.com/script.js' } });
    expect(policy['script-src']).toBe("script-src 'self' https://umami.example.com");
    expect(policy['connect-src']).toBe("connect-src 'self' https://umami.example.com");
    policy = policyWith({
      analytics: { ...umami, scriptUrl: 'https://cdn.example.com/u.js', hostUrl: 'https://stats.example.com' },
    });
    expect(policy['connect-src']).toBe("connect-src 'self' https://stats.example.com");
  });

  it("allows GA4 Google's documented origins", () => {
    const policy = policyWith({
      analytics: {
        provider: 'google',
        siteId: 'G-1',
        scriptUrl: 'https://www.googletagmanager.com/gtag/js?id=G-1',
        respectDnt: true,
      },
    });
    expect(policy['script-src']).toBe("script-src 'self' https://*.googletagmanager.com");
    expect(policy['img-src']).toBe(
      "img-src 'self' data: https://*.google-analytics.com https://*.googletagmanager.com",
    );
    expect(policy['connect-src']).toBe(
      "connect-src 'self' https://*.analytics.google.com https://*.google-analytics.com https://*.googletagmanager.com",
    );
  });
});
