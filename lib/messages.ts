import { interfaceLanguage, type InterfaceLanguage } from './locale';
import { site } from './site';
import { ko } from './messages/ko';
import { en } from './messages/en';
import { ja } from './messages/ja';
import { zhCN } from './messages/zh-CN';
import { zhTW } from './messages/zh-TW';

export interface Messages {
  skipToContent: string;
  mainNav: string;
  home: string;
  tags: string;
  categories: string;
  toggleTheme: string;
  latestPosts: string;
  posted: string;
  updated: string;
  postsTagged: (name: string) => string;
  postsInCategory: (name: string) => string;
  /** Meta descriptions of listings and index pages (search results and link previews). */
  tagDescription: (name: string, count: number) => string;
  categoryDescription: (name: string, count: number) => string;
  allTagsDescription: string;
  allCategoriesDescription: string;
  searchDescription: string;
  archivesDescription: string;
  /** `title` is an archive page's title (`archiveOf`). */
  archiveDescription: (title: string, count: number) => string;
  postCount: (n: number) => string;
  pagination: string;
  newerPage: string;
  olderPage: string;
  pageOf: (page: number, total: number) => string;
  postNav: string;
  newerPost: string;
  olderPost: string;
  breadcrumb: string;
  noPosts: string;
  notFoundTitle: string;
  notFoundBody: string;
  allTags: string;
  allCategories: string;
  footnotes: string;
  backToContent: string;
  /** Titles of GitHub-style alerts (`> [!NOTE]`, ...) in posts. */
  alertNote: string;
  alertTip: string;
  alertImportant: string;
  alertWarning: string;
  alertCaution: string;
  /** The accessible name of a diagram (```mermaid) that has no title (`accTitle`). */
  diagram: string;
  copyCode: string;
  codeCopied: string;
  copyFailed: string;
  search: string;
  searchLabel: string;
  taskDone: string;
  taskTodo: string;
  searchPlaceholder: string;
  searchOpen: string;
  searchNoScript: string;
  searchResults: (n: number) => string;
  searchRecent: string;
  searchNoResults: string;
  searchError: string;
  searchLoading: string;
  /** The button under the results that shows the next ones. */
  searchMore: string;
  facetTags: string;
  facetCategories: string;
  facetClear: string;
  paletteHint: string;
  archives: string;
  /** Heading of an archive year or month page; `period` is `2025년` or `2025년 1월`. */
  archiveOf: (period: string) => string;
  /** Name of the archive's list of years and months with their post counts. */
  archiveOverview: string;
  /** A year's or month's post count in that list, kept short beside its name (`(12)`). */
  archiveOverviewCount: (n: number) => string;
  readingTime: (minutes: number) => string;
  tableOfContents: string;
  relatedPosts: string;
  /** The link on a page that has moved (a Hexo theme's placeholder page). */
  movedTo: string;
  /** The accessible name of an embedded video or frame (`{% youtube %}`); `service` is YouTube, Vimeo, ... */
  embedTitle: (service: string) => string;
  /** The label before a post's licence, under the post. */
  license: string;
  /** The licence `all rights reserved`, as a reader reads it. */
  allRightsReserved: string;
  /** The series (시리즈): the header link, the index's title and the box on each part. */
  series: string;
  allSeriesDescription: string;
  /** A series' page title. */
  seriesTitle: (name: string) => string;
  seriesDescription: (name: string, count: number) => string;
  /** How many parts a series has (`4편`). */
  seriesPartCount: (n: number) => string;
  /** A part's place in its series, in its box (`시리즈 2/4`). */
  seriesPosition: (part: number, total: number) => string;
  /** The summary of a part's folded list of the series' parts. */
  seriesParts: string;
  /** Name of the links to the previous and next part. */
  seriesNav: string;
  previousPart: string;
  nextPart: string;
  /** Beside the part being read in its series' list. */
  currentPart: string;
  /** Before a series' latest update on the index. */
  seriesUpdated: string;
  /** The heading of a post's comment section. */
  comments: string;
  /** The button that loads the comments before the reader scrolls to them. */
  showComments: string;
  /** The link to the post's thread on GitHub, for readers without JavaScript. */
  commentsOnGitHub: string;
  /** The dialog that shows a post's image large, and its close button. */
  imageZoom: string;
  closeImage: string;
}

// Interface text, by interface language, one file each in lib/messages/. Adding a language means
// adding its file, one entry here, and its tags to `interfaceLanguage` in lib/locale.ts.
const catalog: Record<InterfaceLanguage, Messages> = {
  ko,
  en,
  ja,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
};

/**
 * Interface text for a BCP 47 language tag as Hexo spells it (`zh_CN`, `zh-Hant`, `ja-JP`), in
 * English for a language without an entry.
 */
export function messagesFor(language: string): Messages {
  return catalog[interfaceLanguage(language)];
}

/** Interface text in the site's language, falling back to English. */
export const t: Messages = messagesFor(site.language);
