import { interfaceLanguage, type InterfaceLanguage } from './locale';
import { site } from './site';

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
}

// Interface text, by interface language. Adding a language means adding one entry here and its
// tags to `interfaceLanguage` in lib/locale.ts.
const catalog: Record<InterfaceLanguage, Messages> = {
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
    movedTo: '이 페이지는 옮겨졌습니다. 여기를 누르세요.',
    embedTitle: (service: string) => `${service} 동영상`,
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
    movedTo: 'This page has moved. Follow this link.',
    embedTitle: (service: string) => `${service} video`,
  },
  ja: {
    skipToContent: '本文へスキップ',
    mainNav: 'メインメニュー',
    home: 'ホーム',
    tags: 'タグ',
    categories: 'カテゴリー',
    toggleTheme: 'ライトテーマとダークテーマを切り替え',
    latestPosts: '最新の記事',
    posted: '投稿日',
    updated: '更新日',
    postsTagged: (name: string) => `タグ: ${name}`,
    postsInCategory: (name: string) => `カテゴリー: ${name}`,
    tagDescription: (name: string, count: number) =>
      `タグ「${name}」が付いた記事${count.toLocaleString('ja-JP')}件を新しい順に並べています。`,
    categoryDescription: (name: string, count: number) =>
      `カテゴリー「${name}」の記事${count.toLocaleString('ja-JP')}件を新しい順に並べています。`,
    allTagsDescription: 'ブログのすべてのタグと、それぞれのタグが付いた記事の数です。',
    allCategoriesDescription: 'ブログのすべてのカテゴリーを、上位のカテゴリーから順に表示します。',
    searchDescription: 'タイトル、タグ、カテゴリー、本文から記事を検索します。',
    archivesDescription: 'ブログのすべての記事を年月別にまとめています。',
    archiveDescription: (title: string, count: number) =>
      `${title}${count.toLocaleString('ja-JP')}件を新しい順に並べています。`,
    postCount: (n: number) => `${n.toLocaleString('ja-JP')}件の記事`,
    pagination: 'ページ送り',
    newerPage: '← 前のページ',
    olderPage: '次のページ →',
    pageOf: (page: number, total: number) => `${page} / ${total} ページ`,
    postNav: '前後の記事',
    newerPost: '次の記事',
    olderPost: '前の記事',
    breadcrumb: 'パンくずリスト',
    noPosts: 'まだ記事がありません。',
    notFoundTitle: 'ページが見つかりません',
    notFoundBody: 'アドレスが変わったか、存在しないページです。以下から探してみてください。',
    allTags: 'すべてのタグ',
    allCategories: 'すべてのカテゴリー',
    footnotes: '脚注',
    backToContent: '本文に戻る',
    alertNote: '注記',
    alertTip: 'ヒント',
    alertImportant: '重要',
    alertWarning: '警告',
    alertCaution: '注意',
    copyCode: 'コードをコピー',
    codeCopied: 'コピーしました',
    copyFailed: 'コピーできませんでした',
    search: '検索',
    searchLabel: '検索キーワード',
    taskDone: '完了',
    taskTodo: '未完了',
    searchPlaceholder: 'タイトル・タグ・本文を検索',
    searchOpen: '検索を開く（/ または Ctrl+K）',
    searchNoScript:
      '検索はブラウザーの JavaScript で動作します。JavaScript が使えない場合は、タグやカテゴリーから記事を探してください。',
    searchResults: (n: number) => `検索結果 ${n.toLocaleString('ja-JP')}件`,
    searchRecent: '最新の記事',
    searchNoResults: '一致する記事は見つかりませんでした。',
    searchError: '検索インデックスを読み込めませんでした。しばらくしてからもう一度お試しください。',
    searchLoading: '検索中…',
    searchMore: '結果をさらに表示',
    facetTags: 'タグで絞り込む',
    facetCategories: 'カテゴリーで絞り込む',
    facetClear: 'すべて',
    paletteHint: '↑↓ 選択 · Enter 開く · Esc 閉じる',
    archives: 'アーカイブ',
    archiveOf: (period: string) => `${period}の記事`,
    archiveOverview: '年別アーカイブ',
    archiveOverviewCount: (n: number) => `(${n.toLocaleString('ja-JP')})`,
    readingTime: (minutes: number) => `${minutes.toLocaleString('ja-JP')}分で読めます`,
    tableOfContents: '目次',
    relatedPosts: '関連記事',
    movedTo: 'このページは移動しました。こちらへどうぞ。',
    embedTitle: (service: string) => `${service}の動画`,
  },
  'zh-CN': {
    skipToContent: '跳到正文',
    mainNav: '主菜单',
    home: '首页',
    tags: '标签',
    categories: '分类',
    toggleTheme: '切换浅色/深色主题',
    latestPosts: '最新文章',
    posted: '发表于',
    updated: '更新于',
    postsTagged: (name: string) => `标签：${name}`,
    postsInCategory: (name: string) => `分类：${name}`,
    tagDescription: (name: string, count: number) =>
      `标签“${name}”下的 ${count.toLocaleString('zh-CN')} 篇文章，按发布时间从新到旧排列。`,
    categoryDescription: (name: string, count: number) =>
      `分类“${name}”中的 ${count.toLocaleString('zh-CN')} 篇文章，按发布时间从新到旧排列。`,
    allTagsDescription: '博客的所有标签，以及每个标签下的文章数。',
    allCategoriesDescription: '博客的所有分类，从顶级分类开始逐级列出。',
    searchDescription: '按标题、标签、分类和正文搜索文章。',
    archivesDescription: '博客的所有文章，按年份和月份归档。',
    archiveDescription: (title: string, count: number) =>
      `${title}，共 ${count.toLocaleString('zh-CN')} 篇，按发布时间从新到旧排列。`,
    postCount: (n: number) => `${n.toLocaleString('zh-CN')} 篇文章`,
    pagination: '分页导航',
    newerPage: '← 上一页',
    olderPage: '下一页 →',
    pageOf: (page: number, total: number) => `第 ${page} 页，共 ${total} 页`,
    postNav: '文章导航',
    newerPost: '下一篇',
    olderPost: '上一篇',
    breadcrumb: '当前位置',
    noPosts: '还没有文章。',
    notFoundTitle: '找不到页面',
    notFoundBody: '网址可能已经更改，或者页面并不存在。可以从下面的链接继续浏览。',
    allTags: '所有标签',
    allCategories: '所有分类',
    footnotes: '脚注',
    backToContent: '返回正文',
    alertNote: '备注',
    alertTip: '提示',
    alertImportant: '重要',
    alertWarning: '警告',
    alertCaution: '注意',
    copyCode: '复制代码',
    codeCopied: '已复制',
    copyFailed: '复制失败',
    search: '搜索',
    searchLabel: '搜索关键词',
    taskDone: '已完成',
    taskTodo: '待办',
    searchPlaceholder: '搜索标题、标签和正文',
    searchOpen: '打开搜索（/ 或 Ctrl+K）',
    searchNoScript: '搜索功能需要浏览器运行 JavaScript。无法使用 JavaScript 时，可以通过标签或分类查找文章。',
    searchResults: (n: number) => `找到 ${n.toLocaleString('zh-CN')} 个结果`,
    searchRecent: '最新文章',
    searchNoResults: '没有找到相关文章。',
    searchError: '无法加载搜索索引，请稍后再试。',
    searchLoading: '正在搜索…',
    searchMore: '显示更多结果',
    facetTags: '按标签筛选',
    facetCategories: '按分类筛选',
    facetClear: '全部',
    paletteHint: '↑↓ 选择 · Enter 打开 · Esc 关闭',
    archives: '归档',
    archiveOf: (period: string) => `${period}的文章`,
    archiveOverview: '按年份归档',
    archiveOverviewCount: (n: number) => `(${n.toLocaleString('zh-CN')})`,
    readingTime: (minutes: number) => `阅读时长 ${minutes.toLocaleString('zh-CN')} 分钟`,
    tableOfContents: '目录',
    relatedPosts: '相关文章',
    movedTo: '此页面已移动，请点击这里。',
    embedTitle: (service: string) => `${service} 视频`,
  },
  'zh-TW': {
    skipToContent: '跳到主要內容',
    mainNav: '主選單',
    home: '首頁',
    tags: '標籤',
    categories: '分類',
    toggleTheme: '切換淺色/深色主題',
    latestPosts: '最新文章',
    posted: '發表於',
    updated: '更新於',
    postsTagged: (name: string) => `標籤：${name}`,
    postsInCategory: (name: string) => `分類：${name}`,
    tagDescription: (name: string, count: number) =>
      `標籤「${name}」下的 ${count.toLocaleString('zh-TW')} 篇文章，依發布時間由新到舊排列。`,
    categoryDescription: (name: string, count: number) =>
      `分類「${name}」中的 ${count.toLocaleString('zh-TW')} 篇文章，依發布時間由新到舊排列。`,
    allTagsDescription: '部落格的所有標籤，以及每個標籤下的文章數。',
    allCategoriesDescription: '部落格的所有分類，從最上層分類開始逐層列出。',
    searchDescription: '依標題、標籤、分類和內文搜尋文章。',
    archivesDescription: '部落格的所有文章，依年份和月份歸檔。',
    archiveDescription: (title: string, count: number) =>
      `${title}，共 ${count.toLocaleString('zh-TW')} 篇，依發布時間由新到舊排列。`,
    postCount: (n: number) => `${n.toLocaleString('zh-TW')} 篇文章`,
    pagination: '分頁導覽',
    newerPage: '← 上一頁',
    olderPage: '下一頁 →',
    pageOf: (page: number, total: number) => `第 ${page} 頁，共 ${total} 頁`,
    postNav: '文章導覽',
    newerPost: '下一篇',
    olderPost: '上一篇',
    breadcrumb: '目前位置',
    noPosts: '還沒有文章。',
    notFoundTitle: '找不到網頁',
    notFoundBody: '網址可能已經變更，或是網頁並不存在。可以從下方的連結繼續瀏覽。',
    allTags: '所有標籤',
    allCategories: '所有分類',
    footnotes: '註腳',
    backToContent: '返回內文',
    alertNote: '備註',
    alertTip: '提示',
    alertImportant: '重要',
    alertWarning: '警告',
    alertCaution: '注意',
    copyCode: '複製程式碼',
    codeCopied: '已複製',
    copyFailed: '複製失敗',
    search: '搜尋',
    searchLabel: '搜尋關鍵字',
    taskDone: '已完成',
    taskTodo: '待辦',
    searchPlaceholder: '搜尋標題、標籤和內文',
    searchOpen: '開啟搜尋（/ 或 Ctrl+K）',
    searchNoScript: '搜尋功能需要瀏覽器執行 JavaScript。無法使用 JavaScript 時，可以從標籤或分類瀏覽文章。',
    searchResults: (n: number) => `找到 ${n.toLocaleString('zh-TW')} 筆結果`,
    searchRecent: '最新文章',
    searchNoResults: '找不到相關文章。',
    searchError: '無法載入搜尋索引，請稍後再試。',
    searchLoading: '搜尋中…',
    searchMore: '顯示更多結果',
    facetTags: '依標籤篩選',
    facetCategories: '依分類篩選',
    facetClear: '全部',
    paletteHint: '↑↓ 選擇 · Enter 開啟 · Esc 關閉',
    archives: '歸檔',
    archiveOf: (period: string) => `${period}的文章`,
    archiveOverview: '依年份歸檔',
    archiveOverviewCount: (n: number) => `(${n.toLocaleString('zh-TW')})`,
    readingTime: (minutes: number) => `閱讀時間 ${minutes.toLocaleString('zh-TW')} 分鐘`,
    tableOfContents: '目錄',
    relatedPosts: '相關文章',
    movedTo: '此頁面已移動，請點擊這裡。',
    embedTitle: (service: string) => `${service} 影片`,
  },
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
