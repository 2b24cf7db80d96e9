import { expect, test } from "vitest";
import { localPort } from "../../scripts/port.ts";

test("--port wins over PORT, which wins over 8080", () => {
  expect(localPort(["--port", "3000"], { PORT: "4000" })).toBe(3000);
  expect(localPort(["--port=3001"], {})).toBe(3001);
  expect(localPort([], { PORT: "4000" })).toBe(4000);
  expect(localPort([], {})).toBe(8080);
});

test("a port that is not a number is one clear error", () => {
  expect(() => localPort(["--port", "http"], {})).toThrow('--port or PORT: expected a port number from 1 to 65535 (got "http")');
});
