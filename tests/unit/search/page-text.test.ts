import { describe, expect, test } from "vitest";
import { asSentences, htmlText, indexedText, isForeignCopy, markdownText, pageLanguage, withHiddenMeta } from "../../../scripts/search/page-text.ts";

const page = (htmlAttrs: string, bodyAttrs = "") =>
  `<!doctype html><html ${htmlAttrs}><body><nav>Menu</nav><main><article class="prose" data-pagefind-body${bodyAttrs}><h2 id="a">Call</h2><div><p>Ask &amp; listen</p></div></article><aside>Sources</aside></main></body></html>`;

describe("which pages belong in a language's index", () => {
  test("reads <html lang>, the fallback mark and the indexed element's lang", () => {
    expect(pageLanguage(page('lang="ko" dir="ltr"'))).toEqual({ lang: "ko", fallback: false, bodyLang: undefined });
    expect(pageLanguage(page('lang="ko" dir="ltr" data-fallback="true"', ' lang="en" dir="ltr"'))).toEqual({ lang: "ko", fallback: true, bodyLang: "en" });
  });

  test("a fallback copy, or content in another language, is foreign; the language's own page is not", () => {
    expect(isForeignCopy(page('lang="zh-Hans"'), "zh-Hans")).toBe(false);
    expect(isForeignCopy(page('lang="zh-hans"'), "zh-Hans")).toBe(false); // tags compare case-insensitively
    expect(isForeignCopy(page('lang="ko" data-fallback="true"'), "ko")).toBe(true);
    expect(isForeignCopy(page('lang="ko"', ' lang="en"'), "ko")).toBe(true);
    expect(isForeignCopy(page('lang="en"'), "ko")).toBe(true);
  });
});

describe("text", () => {
  test("HTML to text: block tags as spaces, entities decoded, scripts, styles and SVG dropped", () => {
    expect(htmlText("<h2>Call</h2><p>Ask &amp; listen &#8212; &#x2014;&nbsp;now</p><script>x()</script><svg><text>QR</text></svg>")).toBe("Call Ask & listen — — now");
  });

  test("inline tags do not split a word: a Korean particle after a link stays on its noun", () => {
    expect(htmlText('<p><a href="/ko/about/online-safety/">온라인 안전</a>을 참고하십시오.</p><ul><li>하나</li><li>둘</li></ul>')).toBe("온라인 안전을 참고하십시오. 하나 둘");
  });

  test("the indexed text is only what is inside data-pagefind-body", () => {
    expect(indexedText(page('lang="en"'))).toBe("Call Ask & listen");
    expect(indexedText("<main>no body element</main>")).toBe("");
  });

  test("Markdown to running text, with authored ids gone and blocks closed with a full stop", () => {
    expect(markdownText("## Call safely {#call}\n\nAsk [first](/en/x/), then `listen`. {#ask}\n\n- One {#one}\n- Two? {#two}")).toBe("Call safely. Ask first, then listen. One. Two?");
    expect(asSentences(["安全计划", "倡导员要与。"])).toBe("安全计划. 倡导员要与。");
  });
});

test("a hidden metadata field goes in before </body>, escaped, outside the indexed text", () => {
  const html = withHiddenMeta(page('lang="ko"'), "forms", '안전 "x" & <y>');
  expect(html).toContain('<span data-pagefind-meta="forms:안전 &quot;x&quot; &amp; &lt;y>"></span></body>');
  expect(indexedText(html)).toBe("Call Ask & listen");
});
