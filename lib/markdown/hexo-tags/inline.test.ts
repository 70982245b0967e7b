import { describe, expect, it } from 'vitest';

import { expandHexoTags } from './expand';
import { expandAndRender, testContext } from './test-pipeline';

const expand = (markdown: string, context = testContext) => expandHexoTags(markdown, context);
const md = (markdown: string) => expand(markdown).markdown;

describe('img and link', () => {
  it('img: classes before the source, then width, height, title and alt', () => {
    expect(md('{% img /images/a.png %}')).toBe('<img src="/images/a.png">');
    expect(md(`{% image left big https://cdn.example.com/a.png 200 100 '"Title & more" "Alt <text>"' %}`)).toBe(
      '<img src="https://cdn.example.com/a.png" class="left big" width="200" height="100" title="Title &amp; more" alt="Alt &lt;text&gt;">',
    );
    expect(md('{% img /a.png 300 "Only a title" %}')).toBe(
      '<img src="/a.png" width="300" title="Only a title" alt="Only a title">',
    );
  });

  it('img: no source is a problem', () => {
    expect(expand('{% img left %}').problems).toEqual([{ line: 1, message: 'img: no image URL in "left"' }]);
  });

  it('link: text, URL, external flag and title', () => {
    expect(md('{% link Hexo https://hexo.io %}')).toBe('<a href="https://hexo.io">Hexo</a>');
    expect(md('{% link "The *Hexo* site" https://hexo.io true "Go & see" %}')).toBe(
      '<a href="https://hexo.io" title="Go &amp; see" target="_blank" rel="noopener">The &#42;Hexo&#42; site</a>',
    );
    expect(md('{% a Docs https://hexo.io/docs/ false Read them %}')).toBe(
      '<a href="https://hexo.io/docs/" title="Read them">Docs</a>',
    );
  });

  it('link text that looks like a link does not become a second one', async () => {
    const { html } = await expandAndRender('See {% post_link notes/second.md "https://www.example.com or a@b.org" %}.');
    expect(html).toBe(
      '<p>See <a href="/posts/second/" title="Second">https:<wbr>//www<wbr>.example.com or a<wbr>@b.org</a>.</p>',
    );
  });
});

describe('embeds', () => {
  it('iframe: lazy, titled, 100% by 300 unless given', () => {
    expect(md('{% iframe https://example.com/map %}')).toBe(
      '<iframe src="https://example.com/map" title="Embedded page: https://example.com/map" width="100%" height="300" loading="lazy" allow="fullscreen" allowfullscreen></iframe>',
    );
    expect(md('{% iframe https://example.com default 400 %}')).toMatch(/ width="100%" height="400" /);
  });

  it('youtube: the privacy-enhanced player, a video or a playlist', () => {
    expect(md('{% youtube lJIrF4YjHfQ %}')).toBe(
      '<iframe src="https://www.youtube-nocookie.com/embed/lJIrF4YjHfQ" title="YouTube video lJIrF4YjHfQ" width="560" height="315" loading="lazy" allow="fullscreen" allowfullscreen></iframe>',
    );
    expect(md('{% youtube PL9hW1uS6HUfscJ9DHkOSoOX45MjXduUxo playlist false %}')).toMatch(
      /^<iframe src="https:\/\/www.youtube-nocookie.com\/embed\/videoseries\?list=PL9hW1uS6HUfscJ9DHkOSoOX45MjXduUxo" title="YouTube playlist /,
    );
  });

  it('vimeo: without tracking', () => {
    expect(md('{% vimeo 82090131 %}')).toMatch(
      /^<iframe src="https:\/\/player.vimeo.com\/video\/82090131\?dnt=1" title="Vimeo video 82090131"/,
    );
  });

  it('titles frames in the site language when told how', () => {
    const context = { ...testContext, embedTitle: (service: string, id: string) => `${service} 동영상 ${id}` };
    expect(expand('{% youtube abc %}', context).markdown).toMatch(/ title="youtube 동영상 abc" /);
  });

  it('gist and jsfiddle: links, no third-party script', () => {
    expect(md('{% gist meredrica/088f5a593e1ddb0ce2d8 %}')).toBe(
      '<a href="https://gist.github.com/meredrica/088f5a593e1ddb0ce2d8">Gist meredrica/088f5a593e1ddb0ce2d8</a>',
    );
    expect(md('{% gist 1a2b Main.java %}')).toBe(
      '<a href="https://gist.github.com/1a2b#file-main-java">Gist 1a2b (Main.java)</a>',
    );
    expect(md('{% jsfiddle NmudS js,result dark %}')).toBe('<a href="https://jsfiddle.net/NmudS/">JSFiddle NmudS</a>');
  });

  it('an embed without its id is a problem', () => {
    expect(expand('{% youtube %}\n{% gist %}').problems).toEqual([
      { line: 1, message: 'youtube: no id' },
      { line: 2, message: 'gist: no id' },
    ]);
  });
});
