import { describe, expect, test } from "vitest";
import { discreetPanels } from "../../../../scripts/eleventy/filters/discreet-panels.ts";

const card = [
  '<h2 id="first">Safety first</h2><ul><li id="times">Ask what times suit them.</li><li id="room">The abusive partner may be in the room.</li></ul>',
  '<h2 id="mail">Messages and mail</h2><p id="ask">Ask <a href="/en/reference/glossary/#safety-planning">before</a> leaving messages.</p>',
  '<h2 id="gone">Participant seems victimised?</h2><p id="once">Contact once.</p>',
].join("");

describe("discreetPanels", () => {
  test("one panel per section, with only the kept blocks, links as plain words, ids gone", () => {
    expect(discreetPanels(card, ["times", "mail", "ask"])).toEqual(["<ul><li>Ask what times suit them.</li></ul>", "<h2>Messages and mail</h2><p>Ask before leaving messages.</p>", ""]);
  });

  test("nothing listed: every panel blank (the safe default)", () => {
    expect(discreetPanels(card)).toEqual(["", "", ""]);
  });
});
