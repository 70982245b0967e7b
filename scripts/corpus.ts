// Word lists for scripts/gen-posts.ts. Sentences are built from these, so the text reads like a
// Korean developer's blog (Hangul with English terms mixed in) without shipping real posts.

/** 50 tags, Korean and English, including names whose slugs are easy to get wrong. */
export const TAGS = [
  'JavaScript',
  'TypeScript',
  'React',
  'Next.js',
  'Vue',
  'Node.js',
  'C++',
  'C#',
  'C',
  'Rust',
  'Go',
  'Python',
  'Kotlin',
  'Swift',
  '.NET',
  'Docker',
  'Kubernetes',
  'AWS',
  'PostgreSQL',
  'Redis',
  'GraphQL',
  'CSS',
  'Tailwind CSS',
  'Git',
  'Linux',
  'Vim',
  'iOS',
  'Android',
  'Flutter',
  'LLM',
  '인공지능',
  '머신러닝',
  '데이터 분석',
  '웹 성능',
  '접근성',
  '테스트',
  '리팩터링',
  '회고',
  '생산성',
  '커리어',
  '독서',
  '여행',
  '제주도',
  '도쿄',
  '커피',
  '러닝',
  '요리',
  '사진',
  '영화',
  '글쓰기',
] as const;

/** Two-level category tree: top-level name, its children, and nouns its posts talk about. */
export const CATEGORIES: readonly { name: string; children: readonly string[]; topics: readonly string[] }[] = [
  {
    name: '개발',
    children: ['웹', '모바일', '백엔드', 'DevOps'],
    topics: [
      'React',
      'TypeScript',
      'Next.js',
      'Kotlin',
      'Swift',
      'Docker',
      'PostgreSQL',
      'Redis',
      'GraphQL',
      'C++',
      'C#',
      'Rust',
      '빌드 파이프라인',
      '캐시 전략',
      '서버 컴포넌트',
      '배포 스크립트',
    ],
  },
  {
    name: '데이터',
    children: ['머신러닝', '데이터 엔지니어링', '통계'],
    topics: [
      'Python',
      'pandas',
      'LLM',
      '임베딩',
      '추천 모델',
      '데이터 파이프라인',
      '대시보드',
      'A/B 테스트',
      '로그 수집',
      'PyTorch',
    ],
  },
  {
    name: '일상',
    children: ['여행', '음식', '운동', '생각'],
    topics: [
      '제주도',
      '도쿄',
      '부산 여행',
      '핸드드립 커피',
      '동네 빵집',
      '아침 러닝',
      '하프 마라톤',
      '주말 요리',
      '필름 카메라',
      '새 키보드',
    ],
  },
  {
    name: '독서',
    children: ['소설', '에세이', '기술서'],
    topics: ['장편 소설', '단편집', '에세이', '리팩터링 책', '클린 아키텍처', '독서 모임', '전자책 리더', '올해의 책'],
  },
  {
    name: '소식',
    children: ['업계 소식', '릴리스 노트', '컨퍼런스'],
    topics: [
      'Next.js 16',
      'React 19',
      'Node.js 22',
      '오픈소스 라이선스',
      'AI 규제',
      '개발자 컨퍼런스',
      '새 버전 릴리스',
      'TypeScript 5.9',
    ],
  },
];

export const TITLE_PATTERNS_KO = [
  '{} 도입기',
  '{} 정리',
  '{} 삽질기',
  '{} 처음 시작하기',
  '{}에서 배운 것들',
  '{} 1년 회고',
  '다시 보는 {}',
  '{} 메모',
  '{} 후기',
];
export const TITLE_PATTERNS_EN = [
  'Notes on {}',
  'Getting started with {}',
  '{} in practice',
  'What I learned from {}',
  'A year with {}',
];

export const HEADINGS_KO = [
  '들어가며',
  '배경',
  '문제 상황',
  '해결 과정',
  '결과',
  '느낀 점',
  '정리하며',
  '다음 단계',
  '참고 자료',
  '준비물',
  '첫인상',
];
export const HEADINGS_EN = ['Background', 'Setup', 'What went wrong', 'Results', 'Takeaways', 'Next steps'];

// Korean sentence parts. Past stems take `다.` or `어요.`; adjective phrases come as [다, 요] pairs.
export const WHEN_KO = [
  '지난주에',
  '어제',
  '주말 동안',
  '프로젝트 초반에',
  '오랜만에',
  '퇴근하고 나서',
  '올해 들어',
  '며칠 전',
];
export const WHY_KO = [
  '속도 문제 때문에',
  '팀의 요청으로',
  '순전히 호기심에',
  '마감이 다가와서',
  '친구의 추천으로',
  '예전 기억이 떠올라서',
];
export const PAST_STEMS_KO = [
  '다시 살펴봤',
  '정리했',
  '기록해 뒀',
  '오래 고민했',
  '처음 경험했',
  '직접 해 봤',
  '다른 사람들과 이야기했',
  '조금씩 바꿔 봤',
  '꼼꼼히 비교했',
];
export const STATES_KO: readonly (readonly [string, string])[] = [
  ['생각보다 훨씬 편하다', '생각보다 훨씬 편해요'],
  ['처음에는 조금 까다롭다', '처음에는 조금 까다로워요'],
  ['설명이 잘 되어 있다', '설명이 잘 되어 있어요'],
  ['아직은 낯설다', '아직은 낯설어요'],
  ['예상보다 차이가 크다', '예상보다 차이가 커요'],
  ['기대한 만큼 만족스럽다', '기대한 만큼 만족스러워요'],
];
export const REMARKS_KO: readonly (readonly [string, string])[] = [
  ['결국 중요한 건 꾸준함이다', '결국 중요한 건 꾸준함이에요'],
  ['자세한 내용은 다음 글에서 다룰 예정이다', '자세한 내용은 다음 글에서 다룰 예정이에요'],
  ['작게 시작하는 편이 언제나 낫다', '작게 시작하는 편이 언제나 나아요'],
  ['기록해 두지 않았다면 금방 잊었을 것이다', '기록해 두지 않았다면 금방 잊었을 거예요'],
  ['모든 상황에 맞는 정답은 없다', '모든 상황에 맞는 정답은 없어요'],
];

export const SUBJECTS_EN = [
  'The first version',
  'Our team',
  'The new setup',
  'This approach',
  'The old workflow',
  'A small change',
];
export const VERBS_EN = [
  'made a real difference to',
  'slowed down',
  'simplified',
  'changed how we think about',
  'turned out to be the key to',
  'broke',
];
export const OBJECTS_EN = [
  'the whole release process',
  'my weekend plans',
  'the build time',
  'code review',
  'how I write notes',
  'our on-call rotation',
];
export const TAILS_EN = [
  'in the end',
  'more than I expected',
  'after a few weeks',
  'almost immediately',
  'once we measured it',
];

export const LIST_ITEMS = [
  '버전 확인하기',
  '공식 문서 읽기',
  '작은 예제 만들기',
  '설정 파일 정리하기',
  '기록 남기기',
  'check the changelog',
  'measure before and after',
  'write it down',
  '팀과 공유하기',
  '한 번 더 검토하기',
];

export const LINKS = [
  ['MDN 문서', 'https://developer.mozilla.org/ko/docs/Web/JavaScript'],
  ['Next.js docs', 'https://nextjs.org/docs'],
  ['위키백과', 'https://ko.wikipedia.org/wiki/%EC%9C%84%ED%82%A4%EB%B0%B1%EA%B3%BC'],
  ['the release notes', 'https://github.com/vercel/next.js/releases'],
  ['지난 글', 'https://example.com/posts/previous'],
] as const;

/** Code blocks: a language and a few lines, as they would appear in a fenced block. */
export const CODE_SAMPLES: readonly (readonly [string, string])[] = [
  [
    'ts',
    'export function sum(values: number[]): number {\n  return values.reduce((total, value) => total + value, 0);\n}',
  ],
  ['bash', 'npm install\nnpm run build\ndu -sh .next'],
  ['python', 'import pandas as pd\n\ndf = pd.read_csv("visits.csv")\nprint(df.groupby("day").size())'],
  ['json', '{\n  "name": "blog",\n  "private": true,\n  "scripts": { "build": "next build" }\n}'],
  ['css', '.post-title {\n  font-weight: 700;\n  word-break: keep-all;\n}'],
];

export const FILE_PREFIXES = ['post', 'note', 'til', 'review', 'log'];
export const FILE_PREFIXES_KO = ['글', '메모', '후기'];
