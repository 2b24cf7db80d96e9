import type { z } from "zod";

/**
 * Turns a zod issue into the "what was expected" half of an error message.
 *
 * @example
 * describeZodIssue({ code: "too_big", maximum: 160, origin: "string", … }) // → "at most 160 characters"
 */
export function describeZodIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `${article(issue.expected)} (${issue.message.includes("received undefined") ? "field is missing" : issue.message})`;
    case "invalid_value":
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_big":
      return issue.origin === "string" ? `at most ${issue.maximum} characters` : `at most ${issue.maximum} items`;
    case "too_small":
      return issue.origin === "string" ? `at least ${issue.minimum} character${issue.minimum === 1 ? "" : "s"}` : `at least ${issue.minimum} item${issue.minimum === 1 ? "" : "s"}`;
    case "unrecognized_keys":
      return `no unknown fields (found ${issue.keys.join(", ")})`;
    default:
      return issue.message;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
