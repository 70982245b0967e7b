import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { collectPageNeeds, contentSecurityPolicy, emptyNeeds, securityHeaders } from './security-headers';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const page = `<!DOCTYPE html><html><head>
<script>document.documentElement.classList.add("dark")</script>
<script type="speculationrules">{"prefetch":[]}</script>
<script type="application/ld+json">{"@type":"BlogPosting"}</script>
<script type="module" src="/islands/site-X.js"></script>
</head><body>
<img src="/og/a.png" alt=""><img src="https://images.example.com/a.png" alt="">
<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>
<video src="//media.example.org/v.mp4" poster="https://posters.example.net/p.jpg"></video>
</body></html>`;

describe('collectPageNeeds', () => {
  it('hashes the inline scripts that run, and leaves data and external scripts out', () => {
    const needs = emptyNeeds();
    collectPageNeeds(page, needs);
    expect([...needs.scriptHashes].sort()).toEqual(
      [sha('document.documentElement.classList.add("dark")'), sha('{"prefetch":[]}')].sort(),
    );
  });

  it('collects the origins of frames, images and media, not the site itself', () => {
    const needs = emptyNeeds();
    collectPageNeeds(page, needs);
    expect([...needs.frameOrigins]).toEqual(['https://www.youtube-nocookie.com']);
    expect([...needs.imageOrigins].sort()).toEqual(['https://images.example.com', 'https://posters.example.net']);
    expect([...needs.mediaOrigins]).toEqual(['https://media.example.org']);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows scripts by hash only, never unsafe-inline, and no frames when no page embeds one', () => {
    const policy = contentSecurityPolicy({ ...emptyNeeds(), scriptHashes: new Set(["'sha256-A'"]) });
    expect(policy).toContain("script-src 'self' 'sha256-A'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toContain("frame-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });
});

describe('securityHeaders', () => {
  it('sends the usual headers, and HSTS only when asked', () => {
    const headers = securityHeaders(emptyNeeds());
    expect(headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
    expect(headers).not.toHaveProperty('strict-transport-security');
    expect(securityHeaders(emptyNeeds(), 31536000)['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });
});
