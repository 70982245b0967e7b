import { site } from './site';

interface Messages {
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
}

// Interface text, by site language. Adding a language means adding one entry here.
const catalog: Record<string, Messages> = {
  ko: {
    skipToContent: '본문으로 건너뛰기',
    mainNav: '주 메뉴',
    home: '홈',
    tags: '태그',
    categories: '카테고리',
    toggleTheme: '밝은 테마와 어두운 테마 전환',
    latestPosts: '최근 글',
    posted: '작성',
    updated: '수정',
    postsTagged: (name: string) => `태그: ${name}`,
    postsInCategory: (name: string) => `카테고리: ${name}`,
    tagDescription: (name: string, count: number) =>
      `‘${name}’ 태그가 붙은 글 ${count.toLocaleString('ko-KR')}개를 최신순으로 모았습니다.`,
    categoryDescription: (name: string, count: number) =>
      `‘${name}’ 카테고리의 글 ${count.toLocaleString('ko-KR')}개를 최신순으로 모았습니다.`,
    allTagsDescription: '블로그의 모든 태그와 태그마다 붙은 글의 수입니다.',
    allCategoriesDescription: '블로그의 모든 카테고리를 상위 카테고리부터 보여 줍니다.',
    searchDescription: '제목, 태그, 카테고리, 본문에서 글을 찾습니다.',
    archivesDescription: '블로그의 모든 글을 연도와 달별로 모았습니다.',
    archiveDescription: (title: string, count: number) =>
      `${title} ${count.toLocaleString('ko-KR')}개를 최신순으로 모았습니다.`,
    postCount: (n: number) => `글 ${n.toLocaleString('ko-KR')}개`,
    pagination: '페이지 이동',
    newerPage: '← 이전 페이지',
    olderPage: '다음 페이지 →',
    pageOf: (page: number, total: number) => `${total}페이지 중 ${page}페이지`,
    postNav: '다른 글',
    newerPost: '다음 글',
    olderPost: '이전 글',
    breadcrumb: '위치',
    noPosts: '아직 글이 없습니다.',
    notFoundTitle: '페이지를 찾을 수 없습니다',
    notFoundBody: '주소가 바뀌었거나 없는 페이지입니다. 아래에서 찾아보세요.',
    allTags: '모든 태그',
    allCategories: '모든 카테고리',
    footnotes: '각주',
    backToContent: '본문으로 돌아가기',
    alertNote: '참고',
    alertTip: '팁',
    alertImportant: '중요',
    alertWarning: '경고',
    alertCaution: '주의',
    copyCode: '코드 복사',
    codeCopied: '복사했습니다',
    copyFailed: '복사하지 못했습니다',
    search: '검색',
    searchLabel: '검색어',
    taskDone: '완료',
    taskTodo: '할 일',
    searchPlaceholder: '제목, 태그, 본문 검색 (초성도 됩니다)',
    searchOpen: '검색 열기 (/ 또는 Ctrl+K)',
    searchNoScript:
      '검색은 브라우저의 자바스크립트로 동작합니다. 자바스크립트 없이는 태그나 카테고리에서 글을 찾아보세요.',
    searchResults: (n: number) => `검색 결과 ${n.toLocaleString('ko-KR')}개`,
    searchRecent: '최근 글',
    searchNoResults: '검색 결과가 없습니다.',
    searchError: '검색 색인을 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.',
    searchLoading: '검색하는 중…',
    searchMore: '결과 더 보기',
    facetTags: '태그로 좁히기',
    facetCategories: '카테고리로 좁히기',
    facetClear: '전체',
    paletteHint: '↑↓ 이동 · Enter 열기 · Esc 닫기',
    archives: '아카이브',
    archiveOf: (period: string) => `${period}의 글`,
    archiveOverview: '연도별 아카이브',
    archiveOverviewCount: (n: number) => `(${n.toLocaleString('ko-KR')})`,
    readingTime: (minutes: number) => `${minutes.toLocaleString('ko-KR')}분`,
    tableOfContents: '목차',
    relatedPosts: '관련 글',
  },
  en: {
    skipToContent: 'Skip to content',
    mainNav: 'Main',
    home: 'Home',
    tags: 'Tags',
    categories: 'Categories',
    toggleTheme: 'Switch between light and dark theme',
    latestPosts: 'Latest posts',
    posted: 'Posted',
    updated: 'Updated',
    postsTagged: (name: string) => `Tagged: ${name}`,
    postsInCategory: (name: string) => `Category: ${name}`,
    tagDescription: (name: string, count: number) =>
      `${count.toLocaleString('en-US')} ${count === 1 ? 'post' : 'posts'} tagged “${name}”, newest first.`,
    categoryDescription: (name: string, count: number) =>
      `${count.toLocaleString('en-US')} ${count === 1 ? 'post' : 'posts'} in the category “${name}”, newest first.`,
    allTagsDescription: 'Every tag on the blog, with the number of posts that carry it.',
    allCategoriesDescription: 'Every category on the blog, from the top categories down.',
    searchDescription: 'Find posts by title, tag, category and text.',
    archivesDescription: 'Every post on the blog, by year and month.',
    archiveDescription: (title: string, count: number) =>
      `${title}, newest first (${count.toLocaleString('en-US')} in all).`,
    postCount: (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'post' : 'posts'}`,
    pagination: 'Pagination',
    newerPage: '← Newer posts',
    olderPage: 'Older posts →',
    pageOf: (page: number, total: number) => `Page ${page} of ${total}`,
    postNav: 'More posts',
    newerPost: 'Newer',
    olderPost: 'Older',
    breadcrumb: 'Breadcrumb',
    noPosts: 'No posts yet.',
    notFoundTitle: 'Page not found',
    notFoundBody: 'The address may have changed, or the page never existed. Try one of these.',
    allTags: 'All tags',
    allCategories: 'All categories',
    footnotes: 'Footnotes',
    backToContent: 'Back to content',
    alertNote: 'Note',
    alertTip: 'Tip',
    alertImportant: 'Important',
    alertWarning: 'Warning',
    alertCaution: 'Caution',
    copyCode: 'Copy code',
    codeCopied: 'Copied',
    copyFailed: 'Could not copy',
    search: 'Search',
    searchLabel: 'Search terms',
    taskDone: 'Done',
    taskTodo: 'To do',
    searchPlaceholder: 'Search titles, tags and posts',
    searchOpen: 'Open search (/ or Ctrl+K)',
    searchNoScript: 'Search runs in your browser with JavaScript. Without it, browse the tags and categories.',
    searchResults: (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'result' : 'results'}`,
    searchRecent: 'Recent posts',
    searchNoResults: 'No results.',
    searchError: 'The search index could not be loaded. Please try again later.',
    searchLoading: 'Searching…',
    searchMore: 'More results',
    facetTags: 'Narrow by tag',
    facetCategories: 'Narrow by category',
    facetClear: 'All',
    paletteHint: '↑↓ move · Enter open · Esc close',
    archives: 'Archives',
    archiveOf: (period: string) => `Posts from ${period}`,
    archiveOverview: 'Archive by year',
    archiveOverviewCount: (n: number) => `(${n.toLocaleString('en-US')})`,
    readingTime: (minutes: number) => `${minutes.toLocaleString('en-US')} min read`,
    tableOfContents: 'Contents',
    relatedPosts: 'Related posts',
  },
};

/** Interface text in the site's language, falling back to English. */
export const t: Messages = catalog[site.language] ?? catalog.en!;
