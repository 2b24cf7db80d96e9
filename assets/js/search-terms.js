// Word forms for languages whose words Pagefind cannot match as typed. One module for both sides:
// the search stage (scripts/search.ts) indexes the extra forms of each page, and the search page
// (search-page.js) rewrites the query. A language opts in with "searchExtraForms" in locales.json.

/**
 * Korean particles (josa) and the plural 들. They are written joined to the noun (안전을, 안전은,
 * 피해자에게), and Pagefind indexes the joined word as one token.
 */
const KOREAN_PARTICLES = [
  "에게서", "한테서", "으로서", "으로써", "에서는", "에서도", "에게는", "에게도", "으로는", "으로도", "이라도", "이라는", "이라고", "까지는", "부터는",
  "에서", "에게", "한테", "께서", "으로", "로서", "로써", "에는", "에도", "와는", "과는", "로는", "로도", "까지", "부터", "보다", "처럼", "마다", "조차", "밖에",
  "이나", "이며", "이랑", "하고", "라도", "라는", "라고", "이든", "든지",
  "이", "가", "을", "를", "은", "는", "의", "에", "께", "와", "과", "로", "도", "만", "나", "며", "랑", "들",
];

/** Endings of 하다, which makes verbs and adjectives of nouns: 안전하게, 안전한 and 지원하는 are 안전 and 지원. */
const KOREAN_HADA_ENDINGS = [
  "하도록", "하려면", "합니다", "했습니다", "하세요", "하십시오",
  "하게", "하는", "하다", "하며", "하면", "하여", "하지", "하기", "한다", "했다", "해야", "해서", "하는지",
  "한", "할", "함", "해", "했",
];

/** Longest first, so 에게서 is peeled before 서 could be. */
const KOREAN_SUFFIXES = [...KOREAN_PARTICLES, ...KOREAN_HADA_ENDINGS].sort((a, b) => b.length - a.length);

/** A stem shorter than this many syllables is more often another word (아이 → 아) than a noun. */
const KOREAN_MIN_STEM = 2;

const isKoreanStem = (stem) => [...stem].length >= KOREAN_MIN_STEM && /^\p{Script=Hangul}+$/u.test(stem);

/**
 * The nouns inside a Korean word with particles or a 하다 ending attached: the longest peeled
 * off, then once more (아이들에게 → 아이들 → 아이). Empty for a word with neither.
 *
 * @param {string} word
 * @returns {string[]}
 * @example
 * koreanStems("아이들에게") // → ["아이들", "아이"]
 * koreanStems("아이") // → [] (아 is too short to be the stem)
 */
export function koreanStems(word) {
  const stems = [];
  let current = word;
  for (let round = 0; round < 2; round++) {
    const particle = KOREAN_SUFFIXES.find((p) => current.endsWith(p) && isKoreanStem(current.slice(0, -p.length)));
    if (!particle) break;
    current = current.slice(0, -particle.length);
    stems.push(current);
  }
  return stems;
}

/**
 * Đ/đ is a letter of its own, not d plus a mark, so Pagefind's accent folding (which lets
 * "an toan" find "an toàn") does not let "gia dinh" find "gia đình": index the d spelling too.
 *
 * @param {string} word
 * @returns {string[]}
 * @example
 * dStrokeAsD("đình") // → ["dình"]
 */
export function dStrokeAsD(word) {
  return /[đĐ]/.test(word) ? [word.replace(/đ/g, "d").replace(/Đ/g, "D")] : [];
}

/**
 * Each rule: the extra forms to index for a word, and what to search for when a reader types it.
 * @type {Record<string, { forms: (word: string) => string[], query?: (word: string) => string }>}
 */
export const RULES = {
  // Search 안전을 as 안전: Pagefind's prefix match then finds 안전, 안전을, 안전은 alike.
  "ko-particles": { forms: koreanStems, query: (word) => koreanStems(word).at(-1) ?? word },
  "d-stroke-as-d": { forms: dStrokeAsD },
};

/**
 * The query as the index can match it: each word rewritten by the rules that rewrite queries.
 *
 * @param {string} query
 * @param {string[]} rules names from RULES
 * @returns {string}
 * @example
 * searchableQuery("안전을 계획", ["ko-particles"]) // → "안전 계획"
 */
export function searchableQuery(query, rules) {
  const rewrites = rules.map((name) => RULES[name]?.query).filter(Boolean);
  return query
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => rewrites.reduce((w, rewrite) => rewrite(w), word))
    .join(" ");
}
