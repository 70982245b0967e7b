// The fixture of hexo-compare.test.ts: every tag and argument form, each rendered by Hexo and by
// this module, and what intentionally differs, written out as a change to Hexo's facts.
import { t } from '../../messages';
import type { Facts } from './hexo-compare-facts';

/** A fixture case: its Markdown, and how ours differs from Hexo's rendering where that is intended. */
export interface Case {
  name: string;
  markdown: string;
  /** Hexo's facts → ours, where the difference is intended. */
  expected?: (hexo: Facts) => Facts;
}

const swap = (from: RegExp, to: string) => (facts: Facts) => ({
  ...facts,
  elements: facts.elements.map((element) => element.replace(from, to)),
});
const without = (pattern: RegExp) => (facts: Facts) => ({
  ...facts,
  elements: facts.elements.filter((element) => !pattern.test(element)),
});
const then =
  (...steps: ((facts: Facts) => Facts)[]) =>
  (facts: Facts) =>
    steps.reduce((result, step) => step(result), facts);
const titledBy = (title: string) => (facts: Facts) => ({ ...facts, text: `${title} ${facts.text}`.trim() });

/** The post that `post_link` and `post_path` point to. */
export const TARGET = {
  slug: 'target',
  title: 'Target "post" & <more>',
  date: '2024-01-01 12:00:00',
  url: '/2024/01/01/target/',
};
/** The file in the fixture's asset folder. */
export const ASSET = 'photo.png';

/** Every tag and argument form, in the order the fixture post holds them. */
export const CASES: Case[] = [
  { name: 'asset_img', markdown: '{% asset_img photo.png %}' },
  { name: 'asset_img-full', markdown: `{% asset_img left wide photo.png 200 100 '"A title" "An alt"' %}` },
  {
    name: 'asset_img-title',
    markdown: '{% asset_img photo.png "Tic tac toe" %}',
    // A title alone also becomes the alt text, so a screen reader has something to read.
    expected: swap(/^(img .*)title=Tic tac toe$/, '$1alt=Tic tac toe title=Tic tac toe'),
  },
  { name: 'asset_link', markdown: 'See {% asset_link photo.png %}.' },
  { name: 'asset_link-title', markdown: '{% asset_link photo.png "The <photo> & more" %}' },
  { name: 'asset_link-raw', markdown: '{% asset_link photo.png <em>Photo</em> false %}' },
  { name: 'asset_path', markdown: '<a href="{% asset_path photo.png %}">photo</a>' },
  { name: 'post_link', markdown: 'Read {% post_link target %} now.' },
  { name: 'post_link-text', markdown: '{% post_link target#part-2 "Part <2>" %}' },
  { name: 'post_link-raw', markdown: '{% post_link target <strong>bold</strong> false %}' },
  { name: 'post_path', markdown: '<a href="{% post_path target %}">next</a>' },
  {
    name: 'post_path-markdown-link',
    markdown: '[next]({% post_path target %})',
    // Hexo cannot put a tag's output in a Markdown link: marked escapes the placeholder it
    // stands in for, and the link keeps it. Here the tag is expanded before Markdown is read.
    expected: swap(/^a href=!--swig.*--$/, `a href=${TARGET.url}`),
  },
  { name: 'blockquote', markdown: '{% blockquote %}\nSome *quoted* text.\n\nTwo paragraphs.\n{% endblockquote %}' },
  { name: 'quote-author-title', markdown: '{% quote David Levithan, Wide Awake %}\nDo not seek.\n{% endquote %}' },
  {
    name: 'blockquote-author-link',
    markdown:
      '{% blockquote @DevDocs https://twitter.com/devdocs/status/356095192085962752 %}\nNew.\n{% endblockquote %}',
  },
  {
    name: 'blockquote-link-title',
    markdown:
      '{% blockquote Seth Godin http://sethgodin.typepad.com/a.html Welcome to Island Marketing %}\nQuote.\n{% endblockquote %}',
  },
  { name: 'pullquote', markdown: '{% pullquote left big %}\n**Pulled** out.\n{% endpullquote %}' },
  { name: 'codeblock', markdown: '{% codeblock %}\nalert("Hello <World>");\n  indented();\n{% endcodeblock %}' },
  { name: 'codeblock-lang', markdown: '{% code lang:js %}\nconst a = 1;\n{% endcode %}' },
  {
    name: 'codeblock-caption-link',
    markdown:
      '{% codeblock _.compact lang:js http://underscorejs.org/#compact Underscore.js %}\n_.compact([0, 1]);\n{% endcodeblock %}',
    // rehype-pretty-code titles a block with text only: the source link follows the block.
    expected: () => ({
      elements: ['code-title _.compact', 'code _.compact([0, 1]);', 'a href=http://underscorejs.org/#compact'],
      text: 'Underscore.js',
    }),
  },
  {
    name: 'codeblock-mark',
    markdown: '{% codeblock Lines lang:js mark:1,3-4 %}\na;\nb;\nc;\nd;\ne;\n{% endcodeblock %}',
  },
  {
    name: 'codeblock-first-line',
    markdown: '{% codeblock lang:js first_line:10 mark:11 line_number:false %}\na;\nb;\n{% endcodeblock %}',
  },
  { name: 'codeblock-no-highlight', markdown: '{% codeblock lang:js highlight:false %}\n<b>x</b>\n{% endcodeblock %}' },
  { name: 'raw', markdown: '{% raw %}<span class="vue">{{ message }}</span>{% endraw %}' },
  { name: 'img', markdown: '{% img /images/a.png %}' },
  { name: 'image-width', markdown: '{% image /images/a.png 640 %}' },
  {
    name: 'img-full',
    markdown: `{% img left https://example.com/a.png 300 200 '"The title" "The alt"' %}`,
  },
  { name: 'link', markdown: '{% link Hexo docs https://hexo.io/docs/ %}' },
  { name: 'anchor-not-external', markdown: '{% anchor Docs https://hexo.io/docs/ false Read them %}' },
  { name: 'link-external-title', markdown: '{% link Hexo https://hexo.io true "Fast & simple" %}' },
  {
    name: 'iframe-default-size',
    markdown: '{% iframe https://www.example.com/ %}',
    expected: swap(/^(iframe .*)$/, '$1 title=Embedded page: https://www.example.com/'),
  },
  {
    name: 'iframe',
    markdown: '{% iframe https://www.example.com/map 600 400 %}',
    // Every frame is titled for screen readers.
    expected: swap(/^(iframe .*)$/, '$1 title=Embedded page: https://www.example.com/map'),
  },
  {
    name: 'youtube',
    markdown: '{% youtube lJIrF4YjHfQ %}',
    // The privacy-enhanced player, titled and sized, without the theme's wrapper div.
    expected: then(
      without(/^div class=video-container$/),
      swap(
        /^iframe src=https:\/\/www.youtube.com\/embed\/(\w+)$/,
        'iframe src=https://www.youtube-nocookie.com/embed/$1 width=560 height=315 title=YouTube video $1',
      ),
    ),
  },
  {
    name: 'youtube-playlist',
    markdown: '{% youtube PL9hW1uS6HUfscJ9DHkOSoOX45MjXduUxo playlist %}',
    expected: then(
      without(/^div class=video-container$/),
      swap(
        /^iframe src=https:\/\/www.youtube.com\/embed\/videoseries\?list=(\w+)$/,
        'iframe src=https://www.youtube-nocookie.com/embed/videoseries?list=$1 width=560 height=315 title=YouTube playlist $1',
      ),
    ),
  },
  {
    name: 'vimeo',
    markdown: '{% vimeo 82090131 %}',
    // Vimeo's player without tracking (dnt=1), titled and sized.
    expected: then(
      without(/^div class=video-container$/),
      swap(/^iframe src=(.*)\/(\d+)$/, 'iframe src=$1/$2?dnt=1 width=640 height=360 title=Vimeo video $2'),
    ),
  },
  {
    name: 'gist',
    markdown: '{% gist meredrica/088f5a593e1ddb0ce2d8 Main.java %}',
    // A link instead of GitHub's script: the page runs no third-party script.
    expected: (hexo) => ({
      elements: hexo.elements.map((element) =>
        element.replace(
          /^script src=\/\/gist.github.com\/(.*)\.js\?file=.*$/,
          'a href=https://gist.github.com/$1#file-main-java',
        ),
      ),
      text: 'Gist meredrica/088f5a593e1ddb0ce2d8 (Main.java)',
    }),
  },
  {
    name: 'jsfiddle',
    markdown: '{% jsfiddle NmudS %}',
    // A link instead of the embedded fiddle.
    expected: () => ({ elements: ['a href=https://jsfiddle.net/NmudS/'], text: 'JSFiddle NmudS' }),
  },
  ...notes(),
  { name: 'comment', markdown: 'Before {# a comment #}after.' },
];

// NexT's `note` becomes the site's alert: a titled div with the alert's classes.
function notes(): Case[] {
  const alert = (kind: string, title: string) =>
    then(swap(/^div class=note( .*)?$/, `div class=markdown-alert markdown-alert-${kind}`), titledBy(title));
  return [
    { name: 'note', markdown: '{% note %}\nPlain note.\n{% endnote %}', expected: alert('note', t.alertNote) },
    {
      name: 'note-warning',
      markdown: '{% note warning %}\nFirst *para*.\n\n```js\nlet a;\n```\n\n- item\n{% endnote %}',
      expected: alert('warning', t.alertWarning),
    },
    { name: 'note-success', markdown: '{% note success %}\nDone.\n{% endnote %}', expected: alert('tip', t.alertTip) },
    {
      name: 'note-danger-no-icon',
      markdown: '{% note danger no-icon %}\nStop.\n{% endnote %}',
      expected: alert('caution', t.alertCaution),
    },
    {
      name: 'note-summary',
      markdown: '{% note info Click to open %}\nHidden.\n{% endnote %}',
      // Collapsible, as in NexT, the summary (plain text) styled as the alert's title.
      expected: (hexo) => ({
        ...hexo,
        elements: ['details class=markdown-alert markdown-alert-note', 'summary class=markdown-alert-title'],
      }),
    },
  ];
}
