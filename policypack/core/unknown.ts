/**
 * Values the engine cannot know during preview arrive as sentinel strings
 * (the same ones `@pulumi/policy` and `pulumi preview --json` use). The core
 * reads raw, unproxied properties and checks for them explicitly, so an
 * unknown value is a decision input ("cannot be known yet"), never an
 * exception that loses a finding.
 */
const sentinels: ReadonlySet<string> = new Set([
  "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // boolean
  "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
  "04da6b54-80e4-46f7-96ec-b56ff0331ba9", // string
  "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
  "030794c1-ac77-496b-92df-f27374a8bd58", // asset
  "e48ece36-62e2-4504-bad9-02848725956a", // archive
  "dd056dcd-154b-4c76-9bd3-c8f88648b5ff", // object
]);

/** The sentinel for an unknown string, for tests and readers of preview JSON. */
export const unknownString = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

export function isUnknown(v: unknown): boolean {
  return typeof v === "string" && v.length === 36 && sentinels.has(v);
}

/**
 * What readers of stack exports and preview JSON put where a secret was
 * (`pulumi preview --json` prints the same): a value that cannot be read, so a
 * location holding it is treated like an unknown one, never as a region name.
 */
export const secretPlaceholder = "[secret]";

/**
 * The secret marker API. Every reader (the pack's adapter for analyzer
 * requests, the state reader for exports) replaces a value marked secret —
 * whatever it looks like: a region, a URL, a host — with `secretPlaceholder`
 * before the core sees it. The core never has a secret's value, so it cannot
 * print it: a location holding the marker is "cannot be known" (like an
 * unknown), and wherever a message would show the value it shows `secretText`.
 */
export function isSecret(v: unknown): boolean {
  return v === secretPlaceholder;
}

/** What a message shows in place of a secret value. */
export const secretText = "<secret>";
