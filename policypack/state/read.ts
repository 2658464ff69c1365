/**
 * Reading inputs: expanding the command line into files (directories are
 * walked for `*.json`, `-` is stdin), reading one input as text, and parsing
 * it as JSON with a one-line, content-free reason when that fails.
 */
import { isAscii, isUtf8 } from "buffer";
import * as fs from "fs";
import * as path from "path";
import { describeSystemError, InputError } from "./errors";

export const stdinLabel = "<stdin>";

/** One input to scan, or the reason it cannot be scanned. */
export type InputEntry =
  | { readonly kind: "file"; readonly label: string; readonly path: string; readonly backendStack?: BackendStack }
  | { readonly kind: "stdin"; readonly label: string; readonly backendStack?: undefined }
  /** `backendStack`: the backend stack whose file could not be listed (a dangling link, a file gone meanwhile). */
  | { readonly kind: "error"; readonly error: InputError; readonly backendStack?: BackendStack };

/** What reading an input says for each error code it names. */
const readProblems: Readonly<Record<string, string>> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOTDIR: "a path component is not a directory",
  EISDIR: "is a directory",
  ELOOP: "too many symbolic links",
  EMFILE: "too many open files",
  ENFILE: "too many open files",
  ERR_STRING_TOO_LONG: "file too large to scan (over 512 MiB)",
  ERR_FS_FILE_TOO_LARGE: "file too large to scan (over 512 MiB)",
};

function describeFsError(e: unknown): string {
  return describeSystemError(e, readProblems, "read");
}

/** `*.json` or `*.json.gz` (a gzipped self-managed state file). */
export function isStateFileName(name: string): boolean {
  const n = name.toLowerCase();
  return n.endsWith(".json") || n.endsWith(".json.gz");
}

/** The entries of directory `abs`, or undefined after recording in `out`, under `rel`, why it cannot be listed. */
function listDir(abs: string, rel: string, out: InputEntry[]): fs.Dirent[] | undefined {
  try {
    return fs.readdirSync(abs, { withFileTypes: true });
  } catch (e) {
    out.push({ kind: "error", error: new InputError(rel, describeFsError(e)) });
    return undefined;
  }
}

/** All `*.json` and `*.json.gz` files under `dir`, sorted, not following symbolic links to directories. */
function walkJson(dir: string, label: string, out: InputEntry[]): void {
  const pending: { abs: string; rel: string }[] = [{ abs: dir, rel: label }];
  const found: { abs: string; rel: string }[] = [];
  while (pending.length > 0) {
    const d = pending.pop()!;
    const entries = listDir(d.abs, d.rel, out);
    if (!entries) continue;
    for (const ent of entries) {
      const abs = path.join(d.abs, ent.name);
      const rel = path.join(d.rel, ent.name);
      if (ent.isDirectory()) {
        if (ent.name === "node_modules" || ent.name.startsWith(".")) continue;
        pending.push({ abs, rel });
      } else if ((ent.isFile() || ent.isSymbolicLink()) && isStateFileName(ent.name)) {
        if (ent.isSymbolicLink()) {
          try {
            if (!fs.statSync(abs).isFile()) continue;
          } catch {
            continue;
          }
        }
        found.push({ abs, rel });
      }
    }
  }
  found.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  for (const f of found) out.push({ kind: "file", label: f.rel, path: f.abs });
}

/** A stack of a self-managed backend: `project` is absent for the legacy `<stack>.json` layout. */
export interface BackendStack {
  readonly project?: string;
  readonly stack: string;
}

/** The directory a `file://` backend URL names (`~` is the home directory, relative paths from `cwd`). */
export function backendDirectory(url: string, cwd: string, home: string): string {
  let rest = url.slice("file://".length);
  if (rest === "~" || rest.startsWith("~/")) rest = path.join(home, rest.slice(1));
  try {
    rest = decodeURIComponent(rest);
  } catch {
    // not percent-encoded: the path as written
  }
  return path.resolve(cwd, rest);
}

/** The stack name a state file of a backend has, or undefined when it is not a stack's current state. */
export function backendStackOf(name: string): string | undefined {
  const m = /^(.+)\.json(\.gz)?$/i.exec(name);
  return m && !name.startsWith(".") ? m[1] : undefined;
}

/**
 * Every stack of a self-managed backend (`<dir>/.pulumi/stacks/`):
 * project-scoped `<project>/<stack>.json` and legacy `<stack>.json`, plain or
 * gzipped (`.json.gz`; when both exist, the newer file, as the engine keeps
 * only one); `.bak` files and history are not current state. Sorted by name.
 */
/** A label joined with a name by `/` (a `file://` URL must keep its slashes). */
function joinLabel(label: string, name: string): string {
  return label.endsWith("/") ? `${label}${name}` : `${label}/${name}`;
}

function walkBackend(dir: string, label: string, out: InputEntry[]): void {
  const stacksDir = path.join(dir, ".pulumi", "stacks");
  const stacksLabel = joinLabel(joinLabel(label, ".pulumi"), "stacks");
  const found = new Map<string, { abs: string; rel: string; stack: BackendStack; mtime: number }>();
  const add = (abs: string, rel: string, stack: BackendStack): void => {
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      out.push({ kind: "error", error: new InputError(rel, describeFsError(e)), backendStack: stack });
      return;
    }
    if (!st.isFile()) return;
    const key = `${stack.project ?? ""}/${stack.stack}`;
    const prev = found.get(key);
    if (!prev || st.mtimeMs > prev.mtime) found.set(key, { abs, rel, stack, mtime: st.mtimeMs });
  };
  const top = listDir(stacksDir, stacksLabel, out);
  if (!top) return;
  for (const ent of top) {
    const abs = path.join(stacksDir, ent.name);
    const rel = joinLabel(stacksLabel, ent.name);
    if (ent.isDirectory()) {
      const inner = listDir(abs, rel, out);
      if (!inner) continue;
      for (const f of inner) {
        const stack = f.isDirectory() ? undefined : backendStackOf(f.name);
        if (stack !== undefined) add(path.join(abs, f.name), joinLabel(rel, f.name), { project: ent.name, stack });
      }
    } else {
      const stack = backendStackOf(ent.name);
      if (stack !== undefined) add(abs, rel, { stack });
    }
  }
  const sorted = [...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [, f] of sorted) out.push({ kind: "file", label: f.rel, path: f.abs, backendStack: f.stack });
}

/** Whether `dir` is a self-managed backend (holds `.pulumi/stacks/`). */
function isBackend(dir: string): boolean {
  try {
    return fs.statSync(path.join(dir, ".pulumi", "stacks")).isDirectory();
  } catch {
    return false;
  }
}

/** Expands command-line operands into inputs, in order; problems become error entries. */
/** `home` (for `file://~/…`) comes from the caller: readers never read the environment; without it `~` is the working directory. */
export function expandInputs(operands: readonly string[], cwd: string, home: string = cwd): InputEntry[] {
  const out: InputEntry[] = [];
  let stdinSeen = false;
  for (const op of operands) {
    if (op.startsWith("file://")) {
      const dir = backendDirectory(op, cwd, home);
      let st: fs.Stats | undefined;
      try {
        st = fs.statSync(dir);
      } catch (e) {
        out.push({ kind: "error", error: new InputError(op, `backend ${describeFsError(e)}`) });
        continue;
      }
      if (!st.isDirectory()) out.push({ kind: "error", error: new InputError(op, "backend is not a directory") });
      else if (!isBackend(dir))
        out.push({ kind: "error", error: new InputError(op, "not a self-managed backend (no .pulumi/stacks/ directory)") });
      else {
        const before = out.length;
        walkBackend(dir, op, out);
        if (out.length === before) out.push({ kind: "error", error: new InputError(op, "backend holds no stacks") });
      }
      continue;
    }
    if (op === "-") {
      if (stdinSeen) out.push({ kind: "error", error: new InputError(stdinLabel, "stdin named more than once") });
      else out.push({ kind: "stdin", label: stdinLabel });
      stdinSeen = true;
      continue;
    }
    const abs = path.resolve(cwd, op);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      out.push({ kind: "error", error: new InputError(op, describeFsError(e)) });
      continue;
    }
    if (st.isDirectory() && isBackend(abs)) {
      const before = out.length;
      walkBackend(abs, op, out);
      if (out.length === before) out.push({ kind: "error", error: new InputError(op, "backend holds no stacks") });
    } else if (st.isDirectory()) {
      const before = out.length;
      walkJson(abs, op, out);
      if (out.length === before) out.push({ kind: "error", error: new InputError(op, "directory contains no *.json or *.json.gz files") });
    } else {
      out.push({ kind: "file", label: op, path: abs });
    }
  }
  return out;
}

/** Reads a whole stream (stdin). */
export async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
  return Buffer.concat(chunks);
}

/** Reads a file as a buffer; failures become InputError. */
export function readFileBuffer(file: string, label: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new InputError(label, describeFsError(e));
  }
}

/** Whether bytes start with the gzip magic number (1f 8b): self-managed backends may gzip their state. */
export function isGzip(buf: Buffer): boolean {
  return buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b;
}

/** Bytes decompressed when they are gzip data (detected by content, whatever the file name); otherwise as given. */
export function gunzipIfGzip(buf: Buffer, label: string): Buffer {
  if (!isGzip(buf)) return buf;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only for gzipped input
  const zlib = require("zlib") as typeof import("zlib");
  try {
    return zlib.gunzipSync(buf, { maxOutputLength: maxTextBytes + 1 });
  } catch (e) {
    const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
    if (code === "ERR_BUFFER_TOO_LARGE") throw new InputError(label, "file too large to scan (over 512 MiB uncompressed)");
    if (code === "Z_BUF_ERROR") throw new InputError(label, "truncated gzip data");
    throw new InputError(label, "corrupt gzip data");
  }
}

/** The largest input read whole (a JavaScript string holds at most about 512 Mi characters). */
export const maxTextBytes = 512 * 1024 * 1024 - 64;

/**
 * Bytes that passed `checkText`: JSON text, UTF-8, no byte-order mark.
 * `decode(start, end)` is the text of bytes `[start, end)`, which must not
 * cut a character; all-ASCII text is decoded as Latin-1 (the same
 * characters, and faster).
 */
export class TextBytes {
  private readonly encoding: "latin1" | "utf8";

  constructor(
    readonly bytes: Buffer,
    readonly ascii: boolean,
  ) {
    this.encoding = ascii ? "latin1" : "utf8";
  }

  decode(start = 0, end = this.bytes.length): string {
    return this.bytes.toString(this.encoding, start, end);
  }
}

/**
 * Checks that bytes can be JSON text: not empty or only white space, no NUL
 * byte (binary data), valid UTF-8. Strips a byte-order mark.
 */
export function checkText(buf: Buffer, label: string): TextBytes {
  if (buf.length === 0) throw new InputError(label, "empty input (expected JSON)");
  if (buf.length > maxTextBytes) throw new InputError(label, "file too large to scan (over 512 MiB)");
  // A NUL byte never occurs in JSON text outside an escape; its presence means binary data.
  if (buf.indexOf(0) >= 0) throw new InputError(label, "binary data, not JSON text");
  const ascii = isAscii(buf);
  if (!ascii && !isUtf8(buf)) throw new InputError(label, "not UTF-8 text (binary data?), not JSON");
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  let i = 0;
  while (i < body.length && (body[i] === 0x20 || body[i] === 0x0a || body[i] === 0x0d || body[i] === 0x09)) i++;
  if (i === body.length) throw new InputError(label, "empty input (expected JSON)");
  return new TextBytes(body, ascii);
}

/**
 * Decodes bytes as UTF-8 text: rejects binary data (NUL bytes, invalid
 * UTF-8), strips a byte-order mark.
 */
export function decodeText(buf: Buffer, label: string): string {
  return checkText(buf, label).decode();
}

function lineAndColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  const end = Math.min(pos, text.length);
  for (let i = text.indexOf("\n"); i >= 0 && i < end; i = text.indexOf("\n", i + 1)) {
    line++;
    last = i;
  }
  return { line, column: end - last };
}

/**
 * JSON.parse with a reason that never quotes the input: V8's own messages
 * can include a snippet of the text, which may be secret material.
 */
export function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : "";
    const at = /at position (\d+)/.exec(msg);
    const pos = at ? Number(at[1]) : undefined;
    if (/Unexpected end of JSON input/.test(msg) || (pos !== undefined && pos >= text.trimEnd().length)) {
      throw new InputError(label, "truncated JSON (unexpected end of input)");
    }
    if (pos !== undefined) {
      const { line, column } = lineAndColumn(text, pos);
      throw new InputError(label, `not valid JSON (syntax error at line ${line}, column ${column})`);
    }
    if (e instanceof RangeError) throw new InputError(label, "JSON nested too deeply to parse");
    throw new InputError(label, "not valid JSON (syntax error)");
  }
}
