// Fake Markdown bodies for scripts/gen-posts.ts: sentences from scripts/corpus.ts, arranged the
// way blog posts are (intro, `##` sections, a list, sometimes code, a table and a link).
import * as corpus from './corpus';

export type Random = () => number;

// mulberry32: tiny, fast and good enough for fake text; Math.random cannot be seeded.
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
export const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

function pickDistinct<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return out;
}

/** `word` with the Korean particle that fits its last sound: 리액트를, 파이썬을. */
function particle(word: string, afterConsonant: string, afterVowel: string): string {
  return word + josa(word, afterConsonant, afterVowel);
}

function josa(word: string, afterConsonant: string, afterVowel: string): string {
  const code = word.charCodeAt(word.length - 1);
  const consonant = code >= 0xac00 && code <= 0xd7a3 ? (code - 0xac00) % 28 !== 0 : /[lmn+#013678]$/i.test(word);
  return consonant ? afterConsonant : afterVowel;
}

/** How a post is written: its random stream, what it talks about and in which language and register. */
export interface Voice {
  random: Random;
  topics: readonly string[];
  /** Share of sentences written in English. */
  english: number;
  /** Polite `요.` endings instead of plain `다.` ones; a post keeps one register throughout. */
  polite: boolean;
}

function koreanSentence({ random, topics, polite }: Voice): string {
  const topic = pick(random, topics);
  const past = pick(random, corpus.PAST_STEMS_KO) + (polite ? '어요.' : '다.');
  const pair = (pairs: readonly (readonly [string, string])[]) => pick(random, pairs)[polite ? 1 : 0] + '.';
  switch (between(random, 0, 4)) {
    case 0:
      return `${pick(random, corpus.WHEN_KO)} ${particle(topic, '을', '를')} ${past}`;
    case 1:
      return `${particle(topic, '은', '는')} ${pair(corpus.STATES_KO)}`;
    case 2:
      return `${pick(random, corpus.WHY_KO)} ${particle(topic, '을', '를')} ${past}`;
    case 3:
      return `${particle(topic, '과', '와')} ${pick(
        random,
        topics.filter((other) => other !== topic),
      )}의 차이를 ${past}`;
    default:
      return pair(corpus.REMARKS_KO);
  }
}

function englishSentence({ random, topics }: Voice): string {
  if (random() < 0.3) return `I tried ${pick(random, topics)} ${pick(random, corpus.TAILS_EN)}.`;
  const words = [corpus.SUBJECTS_EN, corpus.VERBS_EN, corpus.OBJECTS_EN, corpus.TAILS_EN];
  return words.map((list) => pick(random, list)).join(' ') + '.';
}

function paragraph(voice: Voice, withLink = false): string {
  const { random } = voice;
  const sentences = Array.from({ length: between(random, 3, 5) }, () =>
    random() < voice.english ? englishSentence(voice) : koreanSentence(voice),
  );
  const did = voice.polite ? '했어요.' : '했다.';
  if (random() < 0.3) {
    const command = pick(random, ['npm run build', 'git rebase -i', 'tsc --noEmit', 'docker compose up']);
    sentences.push(`결과는 \`${command}\` 명령으로 확인${did}`);
  }
  if (withLink) {
    const [text, url] = pick(random, corpus.LINKS);
    sentences.push(`자세한 내용은 [${text}](${url})${josa(text, '을', '를')} 참고${did}`);
  }
  return sentences.join(' ').replace(pick(random, voice.topics), (topic) => `**${topic}**`);
}

function list({ random }: Voice): string {
  const items = pickDistinct(random, corpus.LIST_ITEMS, between(random, 3, 5));
  const ordered = random() < 0.3;
  return items.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${item}`).join('\n');
}

function codeBlock({ random }: Voice): string {
  const [language, code] = pick(random, corpus.CODE_SAMPLES);
  return `\`\`\`${language}\n${code}\n\`\`\``;
}

function table({ random, topics }: Voice): string {
  const seconds = () => (random() * 30).toFixed(1);
  const rows = pickDistinct(random, topics, 3).map((topic) => `| ${topic} | ${seconds()}s | ${seconds()}s |`);
  return ['| 항목 | Before | After |', '| --- | ---: | ---: |', ...rows].join('\n');
}

/** A body of about 2,000 characters: intro, then sections until the list, extras and length are in. */
export function body(voice: Voice): string {
  const { random } = voice;
  const target = between(random, 1700, 2100);
  const blocks = [paragraph(voice)];
  if (random() < 0.1) blocks.push('<!-- more -->');
  const extras = [list, ...(random() < 0.4 ? [codeBlock] : []), ...(random() < 0.3 ? [table] : [])];
  const headings = pickDistinct(random, voice.english > 0.5 ? corpus.HEADINGS_EN : corpus.HEADINGS_KO, 6);
  let linkPending = random() < 0.6;
  while (extras.length || blocks.join('\n\n').length < target) {
    blocks.push(`## ${headings.shift() ?? `${pick(random, voice.topics)} 더 보기`}`, paragraph(voice, linkPending));
    linkPending = false;
    const extra = extras.splice(Math.floor(random() * extras.length), 1)[0];
    blocks.push(extra ? extra(voice) : paragraph(voice));
  }
  return blocks.join('\n\n') + '\n';
}
