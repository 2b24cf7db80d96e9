import { expect, test } from "vitest";
import { devPort } from "../../scripts/dev.ts";

test("--port wins over PORT, which wins over 8080", () => {
  expect(devPort(["--port", "3000"], { PORT: "4000" })).toBe(3000);
  expect(devPort(["--port=3001"], {})).toBe(3001);
  expect(devPort([], { PORT: "4000" })).toBe(4000);
  expect(devPort([], {})).toBe(8080);
});

test("a port that is not a number is one clear error", () => {
  expect(() => devPort(["--port", "http"], {})).toThrow('--port or PORT: expected a port number from 1 to 65535 (got "http")');
});
