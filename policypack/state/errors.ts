/**
 * A problem with a file the user named (a configuration, a baseline report),
 * as one line: `<file>: <detail>`. Each kind of file has its own subclass,
 * named after it.
 */
export class FileError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = new.target.name;
  }
}

/**
 * A problem with one input (file, directory or stdin): names the input and
 * gives a one-line reason. The reason never quotes input content, so a
 * malformed file cannot leak secret material through an error message.
 */
export class InputError extends Error {
  constructor(
    /** The input as the user named it (path, or `<stdin>`). */
    readonly input: string,
    /** One line, no content of the input. */
    readonly reason: string,
  ) {
    super(`${input}: ${reason}`);
    this.name = "InputError";
  }
}

/**
 * One phrase for a Node.js system error (`e.code`, e.g. `ENOENT`): the
 * phrase `phrases` gives its code, else `cannot <verb> (<code>)`, or
 * `cannot <verb>` when `e` carries no code. Never the error's own message,
 * which may quote a path or content.
 */
export function describeSystemError(e: unknown, phrases: Readonly<Record<string, string>>, verb: string): string {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  if (typeof code !== "string") return `cannot ${verb}`;
  return Object.hasOwn(phrases, code) ? phrases[code]! : `cannot ${verb} (${code})`;
}
