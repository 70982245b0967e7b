/** What {@link expandHexoTags} needs to know about the post and the site. */
export interface HexoTagContext {
  /** The post's path, for messages (e.g. `notes/my-post.md`). */
  file: string;
  /**
   * A `post_link`/`post_path` target as written (slug, path under the posts folder, or file
   * name) → its title and URL, or `undefined` when there is no such post.
   */
  findPost(target: string): { title: string; url: string } | undefined;
  /**
   * A file of the post's asset folder as written in `asset_img`/`asset_link`/`asset_path` → its
   * public URL, or `undefined` when the file is missing.
   */
  assetUrl(name: string): string | undefined;
  /** Names of unknown tags (e.g. a theme's `tabs`) whose inner text is kept as Markdown; any other unknown tag is a problem. */
  keepTags: readonly string[];
  /**
   * The accessible name of an embed in the site's language: the `title` of a `youtube`, `vimeo` or
   * `iframe` frame, the text of a `gist` or `jsfiddle` link. `target` is the video id, URL, or
   * gist id (with its file in parentheses). Default: English (`YouTube video abc123`).
   */
  embedTitle?(service: EmbedService, target: string): string | undefined;
}

/** A service whose content a tag embeds or links to. */
export type EmbedService = 'youtube' | 'youtube-playlist' | 'vimeo' | 'iframe' | 'gist' | 'jsfiddle';

/** A tag that could not be expanded: the post still renders, without it. */
export interface TagProblem {
  /** 1-based line of the tag in the text given to {@link expandHexoTags}. */
  line: number;
  /** Names the tag and its target, e.g. `post_link: no post "hello-world"`. */
  message: string;
}

/** What a tag's renderer may use: the post's context and a way to report a problem. */
export interface TagEnv {
  context: HexoTagContext;
  /** The names of the block tags around this one, outermost first. */
  ancestors: readonly string[];
  /** Reports a problem at the tag being rendered. */
  problem(message: string): void;
}

/** A tag that stands for a piece of text inside a line (`{% post_link a %}`). */
export interface InlineTag {
  kind: 'inline';
  /** HTML or Markdown to put where the tag was. */
  render(args: string[], env: TagEnv): string;
}

/** A tag with a body and an end tag (`{% note %}…{% endnote %}`), rendered as a block. */
export interface BlockTag {
  kind: 'block';
  /**
   * Whether the body is taken as written (code), rather than as Markdown whose own tags are
   * expanded first.
   */
  verbatim: boolean;
  /** Lines of Markdown/HTML, without indentation: the driver indents them for the container. */
  render(args: string[], body: string, env: TagEnv): string;
}

/** How one tag is expanded. */
export type TagHandler = InlineTag | BlockTag;
