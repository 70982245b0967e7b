// The corpus every engine indexes: generated Hexo posts turned into plain-text records, plus
// fixed probe documents so the correctness cases in cases.ts have a known answer.
import { generatePosts, type GeneratedPost } from '../gen-posts';

/** What a search record holds; `body` is plain text, not Markdown. */
export interface SearchDoc {
  id: string;
  title: string;
  tags: string[];
  categories: string[];
  body: string;
}

/** All of a record's fields as one text, for engines that index a single string. */
export function fullText(doc: SearchDoc): string {
  return [doc.title, doc.tags.join(' '), doc.categories.join(' '), doc.body].join('\n');
}

// gen-posts writes scalars either plain or as JSON strings (see its yamlScalar).
const scalar = (value: string) => (value.startsWith('"') ? (JSON.parse(value) as string) : value);

/**
 * Markdown to plain text, crudely: enough that no engine indexes `**`, `|` or a URL. A real
 * index would take the text from the rendered HTML.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^```.*$/gm, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(#+|[-*]|\d+\.|\|?\s*-{3}.*)\s/gm, ' ')
    .replace(/[*_`|>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A generated post as a search record; its id is the file name without `.md`. */
export function toSearchDoc(post: GeneratedPost): SearchDoc {
  const [, frontMatter = '', markdown = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(post.content) ?? [];
  const doc: SearchDoc = { id: post.fileName.replace(/\.md$/, ''), title: '', tags: [], categories: [], body: '' };
  let list: string[] | undefined;
  for (const line of frontMatter.split('\n')) {
    const item = /^ {2}- (.*)$/.exec(line);
    if (item) list?.push(scalar(item[1]!));
    else if (line.startsWith('title: ')) doc.title = scalar(line.slice('title: '.length));
    else list = line === 'tags:' ? doc.tags : line === 'categories:' ? doc.categories : undefined;
  }
  doc.body = plainText(markdown);
  return doc;
}

const probe = (id: string, title: string, body: string): SearchDoc => ({
  id: `probe-${id}`,
  title,
  tags: ['프로브'],
  categories: ['테스트'],
  body,
});

/** Documents with known words; the ids are what cases.ts expects to find, or not to find. */
export const PROBES = {
  ai: probe('ai', '요즘 읽은 글', '요즘 인공지능 이야기가 부쩍 늘었다. 주말에 관련 논문을 두 편 읽었다.'),
  super: probe('super', '먼 미래', '초지능 시대는 아직 멀었다고 생각한다. 그래도 대비는 필요하다.'),
  seoul: probe('seoul', '날씨 메모', '서울은 오늘 맑았다. 저녁에는 한강을 따라 걸었다.'),
  agent: probe('agent', '자동화 실험', '에이전트들이 일을 나눠 맡았다. 사람은 결과만 검토했다.'),
  english: probe(
    'english',
    'Frontend notes',
    'I rewrote the React.js component in plain JavaScript and ran it with the Bun runtime.',
  ),
  japanese: probe('japanese', '여행 일기', '先週、東京に行きました。 とても楽しかったです。'),
  chinese: probe('chinese', '노래 가사', '北京欢迎你 그 노래를 오랜만에 들었다.'),
  /** Has 지 and 능 but not 지능: an n-gram engine that matches single characters fails here. */
  neither: probe('neither', '주말 산행', '지도를 보며 능선을 따라 걸었다.'),
  /** Has 초지 (initials ㅊㅈ) but no word whose initials start with ㅊㅈㄴ. */
  grassland: probe('grassland', '목장 풍경', '초지 위로 바람이 분다.'),
} satisfies Record<string, SearchDoc>;

/** `count` generated posts followed by the probes. */
export function buildCorpus(count: number): SearchDoc[] {
  return [...generatePosts(count).map(toSearchDoc), ...Object.values(PROBES)];
}
