// What every engine is asked: correctness cases with a known answer, and the query list that
// is timed (the cases, some realistic queries, and what a reader has typed after each keystroke).
import { initialOf, isSyllable } from '../../lib/search/hangul';
import { PROBES } from './docs';

export interface Case {
  label: string;
  query: string;
  /** The probe document the query is checked against. */
  doc: keyof typeof PROBES;
  /** Whether that document must be among the results (false: must not be). */
  found: boolean;
}

const must = (label: string, query: string, doc: Case['doc']): Case => ({ label, query, doc, found: true });
const mustNot = (label: string, query: string, doc: Case['doc']): Case => ({ label, query, doc, found: false });

export const CASES: Case[] = [
  must('지능 → 인공지능', '지능', 'ai'),
  must('지능 → 초지능', '지능', 'super'),
  must('서울 → 서울은', '서울', 'seoul'),
  must('서울에서 → 서울은 (other particle)', '서울에서', 'seoul'),
  must('에이전트 → 에이전트들이', '에이전트', 'agent'),
  must('에이전트들이 → 에이전트들이', '에이전트들이', 'agent'),
  must('ㅊㅈㄴ → 초지능', 'ㅊㅈㄴ', 'super'),
  must('ㅇㄱㅈㄴ → 인공지능', 'ㅇㄱㅈㄴ', 'ai'),
  must('react → React.js', 'react', 'english'),
  must('reac → React.js (prefix)', 'reac', 'english'),
  must('javascrpit → JavaScript (typo)', 'javascrpit', 'english'),
  must('compnent → component (typo)', 'compnent', 'english'),
  mustNot('bum ↛ Bun (3-letter typo)', 'bum', 'english'),
  must('東京 → 東京に行きました', '東京', 'japanese'),
  must('北京 → 北京欢迎你', '北京', 'chinese'),
  must('欢迎 → 北京欢迎你 (mid-word)', '欢迎', 'chinese'),
  mustNot('지능 ↛ 지도…능선', '지능', 'neither'),
  mustNot('ㅊㅈㄴ ↛ 초지', 'ㅊㅈㄴ', 'grassland'),
];

/**
 * What the search box holds after each keystroke of `text` on a Korean keyboard, roughly: a
 * syllable first shows as its initial consonant (`서버 컴` passes through `서버 ㅋ`).
 */
export function keystrokes(text: string): string[] {
  const states: string[] = [];
  let typed = '';
  for (const char of text) {
    if (isSyllable(char)) states.push(typed + initialOf(char));
    typed += char;
    if (char !== ' ') states.push(typed);
  }
  return states;
}

const REALISTIC = [
  '리액트',
  '서버 컴포넌트',
  '캐시 전략',
  '배포 스크립트',
  '제주도 여행',
  '핸드드립 커피',
  '데이터 파이프라인',
  '회고',
  'typescript',
  'docker compose',
  'next.js',
  'postgresql',
];

/** Every query that is timed, duplicates removed. */
export const QUERIES: string[] = [
  ...new Set([...CASES.map((c) => c.query), ...REALISTIC, ...keystrokes('서버 컴포넌트'), ...keystrokes('typescript')]),
];
