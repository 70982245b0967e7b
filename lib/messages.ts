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
  },
};

/** Interface text in the site's language, falling back to English. */
export const t: Messages = catalog[site.language] ?? catalog.en!;
