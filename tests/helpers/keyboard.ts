import type { KeyInput, Page } from "puppeteer";

/**
 * Types text as a person does: each capital letter is Shift held down, the letter, Shift let go
 * (Puppeteer's own type() sends capitals without touching Shift, which would hide the bug we guard).
 *
 * @example
 * await typeWithShift(page, "Duty To Warn")
 */
export async function typeWithShift(page: Page, text: string): Promise<void> {
  for (const char of text) {
    const capital = /[A-Z]/.test(char);
    if (capital) await page.keyboard.down("Shift");
    await page.keyboard.press((capital ? char : char === " " ? "Space" : char) as KeyInput);
    if (capital) await page.keyboard.up("Shift");
  }
}

/** Holds Shift while pressing another key `times` times: Shift+Tab, Shift+ArrowLeft. */
export async function withShift(page: Page, key: KeyInput, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.keyboard.down("Shift");
    await page.keyboard.press(key);
    await page.keyboard.up("Shift");
  }
}

/** Presses Shift on its own `times` times, `gapMs` apart. */
export async function pressShift(page: Page, times: number, gapMs = 50): Promise<void> {
  for (let i = 0; i < times; i++) {
    if (i) await new Promise((r) => setTimeout(r, gapMs));
    await page.keyboard.press("Shift");
  }
}
