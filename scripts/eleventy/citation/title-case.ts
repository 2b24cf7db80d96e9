// Title case as MLA 9 and Chicago 17 write English titles. Our titles are authored in sentence case;
// CSL processors likewise title-case only English titles, so other languages keep their own casing.

/** Words both styles leave lowercase inside a title: articles, prepositions, coordinating conjunctions, "to" and "as". */
const MINOR = new Set([
  "a", "an", "the",
  "and", "but", "for", "nor", "or",
  "as", "to",
  "about", "above", "across", "after", "against", "along", "among", "around", "at", "before", "behind", "below",
  "beneath", "beside", "between", "beyond", "by", "despite", "during", "except", "from", "in", "inside", "into",
  "like", "near", "of", "off", "on", "onto", "outside", "per", "since", "than", "through", "throughout", "toward",
  "towards", "under", "until", "upon", "via", "with", "within", "without",
]);

/** MLA also lowercases these coordinating conjunctions; Chicago capitalizes them. */
const MLA_MINOR = new Set(["so", "yet"]);

/** Prefixes that cannot stand alone: Chicago lowercases the word after them in a hyphenated compound (Non-abusive). */
const PREFIXES = new Set(["anti", "co", "counter", "inter", "intra", "mid", "multi", "non", "post", "pre", "pro", "re", "semi", "sub", "super", "un"]);

export type TitleCaseStyle = "mla" | "chicago";

const capitalize = (word: string) => word.replace(/\p{L}/u, (c) => c.toUpperCase());
/** A word someone already cased on purpose (IPV, McDonald, iPhone) is left alone. */
const casedOnPurpose = (word: string) => /\p{Lu}/u.test(word.slice(1)) || /^\p{Ll}+\p{Lu}/u.test(word);

/**
 * A sentence-case English title in the title case of MLA 9 or Chicago 17 (author-date).
 *
 * @example
 * titleCase("Cross-systems collaboration for children and the non-abusive parent", "chicago")
 * // → "Cross-Systems Collaboration for Children and the Non-abusive Parent"
 */
export function titleCase(title: string, style: TitleCaseStyle): string {
  const words = title.split(/(\s+)/);
  const lastIndex = words.length - 1 - [...words].reverse().findIndex((w) => w.trim() !== "");
  let startOfPart = true;
  return words
    .map((token, i) => {
      if (/^\s+$/.test(token) || token === "") return token;
      const first = startOfPart;
      const last = i === lastIndex;
      // A colon (or a dash) starts a subtitle, whose first word is capitalized.
      startOfPart = /[:—–?!]$/.test(token);
      return token
        .split("-")
        .map((part, j) => {
          const bare = part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").toLowerCase();
          if (!bare || casedOnPurpose(part.replace(/^[^\p{L}]+/u, ""))) return part;
          if (j > 0) {
            if (style === "chicago" && PREFIXES.has(token.split("-")[j - 1]!.replace(/^[^\p{L}]+/u, "").toLowerCase())) return part;
            if (MINOR.has(bare)) return part;
            return capitalize(part);
          }
          if (!first && !last && (MINOR.has(bare) || (style === "mla" && MLA_MINOR.has(bare)))) return part;
          return capitalize(part);
        })
        .join("-");
    })
    .join("");
}
