/** Self-managed backends: every stack under `.pulumi/stacks/`, project-scoped and legacy, plain or gzipped. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import fc from "fast-check";
import { backendDirectory, backendStackOf, expandInputs, type InputEntry } from "../../policypack/state/read";

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "updg-backend-"));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function backend(name: string, files: Record<string, string | Buffer>): string {
  const dir = path.join(root, name);
  for (const [rel, body] of Object.entries(files)) {
    const abs = path.join(dir, ".pulumi", rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, body);
  }
  return dir;
}

const stacksOf = (entries: readonly InputEntry[]): string[] =>
  entries.map((e) =>
    e.kind === "file"
      ? `${e.backendStack?.project ?? "-"}/${e.backendStack?.stack}`
      : e.kind === "error"
        ? `error:${e.error.reason}`
        : "stdin",
  );

describe("expandInputs over a backend", () => {
  it("lists project-scoped and legacy stacks, plain and gzipped; .bak, history, locks and other files ignored", () => {
    const dir = backend("mixed", {
      "stacks/shop/prod.json": "{}",
      "stacks/shop/dev.json.gz": zlib.gzipSync("{}"),
      "stacks/shop/prod.json.bak": "{}",
      "stacks/shop/dev.json.gz.bak": "{}",
      "stacks/legacy.json": "{}",
      "stacks/legacy.json.bak": "{}",
      "stacks/shop/.hidden.json": "{}",
      "history/shop/prod/prod-1.history.json": "{}",
      "history/shop/prod/prod-1.checkpoint.json": "{}",
      "locks/shop/prod/x.json": "{}",
      "meta.yaml": "version: 1",
    });
    for (const op of [dir, `file://${dir}`, `file://${dir}/`]) {
      expect(stacksOf(expandInputs([op], root))).toEqual(["-/legacy", "shop/dev", "shop/prod"]);
    }
    const labels = expandInputs([`file://${dir}`], root).map((e) => (e.kind === "file" ? e.label : ""));
    expect(labels).toContain(`file://${dir}/.pulumi/stacks/shop/prod.json`);
  });

  it("when a stack has both .json and .json.gz, the newer one is read", () => {
    const dir = backend("both", { "stacks/p/s.json": "{}", "stacks/p/s.json.gz": zlib.gzipSync("{}") });
    fs.utimesSync(path.join(dir, ".pulumi/stacks/p/s.json"), new Date(2020, 1, 1), new Date(2020, 1, 1));
    const entries = expandInputs([dir], root);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.kind === "file" && entries[0]!.path.endsWith("s.json.gz")).toBe(true);
  });

  it("a nonexistent backend, a file, a directory without .pulumi/stacks, and an empty backend: one error each, named", () => {
    const empty = backend("empty", { "meta.yaml": "" });
    fs.mkdirSync(path.join(empty, ".pulumi", "stacks"));
    const notBackend = path.join(root, "plain");
    fs.mkdirSync(notBackend);
    const file = path.join(root, "f.txt");
    fs.writeFileSync(file, "x");
    const ops = [`file://${path.join(root, "nope")}`, `file://${file}`, `file://${notBackend}`, `file://${empty}`, empty];
    const out = expandInputs(ops, root);
    expect(out.map((e) => (e.kind === "error" ? [e.error.input, e.error.reason] : e.kind))).toEqual([
      [ops[0], "backend no such file or directory"],
      [ops[1], "backend is not a directory"],
      [ops[2], "not a self-managed backend (no .pulumi/stacks/ directory)"],
      [ops[3], "backend holds no stacks"],
      [ops[4], "backend holds no stacks"],
    ]);
  });

  it("file:// URLs: ~ is the home directory, relative paths from cwd, percent-escapes decoded", () => {
    expect(backendDirectory("file://~", "/w", "/home/u")).toBe("/home/u");
    expect(backendDirectory("file://~/state", "/w", "/home/u")).toBe("/home/u/state");
    expect(backendDirectory("file://./state", "/w", "/home/u")).toBe("/w/state");
    expect(backendDirectory("file:///srv/my%20state", "/w", "/home/u")).toBe("/srv/my state");
    expect(backendDirectory("file:///srv/100%", "/w", "/home/u")).toBe("/srv/100%");
  });
});

describe("backend reader properties", () => {
  const segment = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,15}$/).filter((s) => !s.endsWith(".") && !/\.json/i.test(s));

  it("backendStackOf: <name>.json and <name>.json.gz name the stack; anything else (.bak, other extensions, hidden) is not a stack", () => {
    fc.assert(
      fc.property(segment, fc.constantFrom(".json", ".json.gz", ".JSON", ".json.bak", ".json.gz.bak", ".yaml", ""), (name, ext) => {
        const got = backendStackOf(`${name}${ext}`);
        if ([".json", ".json.gz", ".JSON"].includes(ext)) expect(got).toBe(name);
        else expect(got).toBeUndefined();
        expect(backendStackOf(`.${name}${ext}`)).toBeUndefined();
      }),
    );
  });

  it("every stack written is found exactly once, sorted, with its project; nothing else is", () => {
    let n = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.option(segment, { nil: undefined }), segment, fc.boolean()), {
          minLength: 1,
          maxLength: 8,
          selector: ([p, s]) => `${p ?? ""}/${s}`.toLowerCase(),
        }),
        (stacks) => {
          const projects = new Set(
            stacks
              .map(([p]) => p)
              .filter((p): p is string => p !== undefined)
              .map((p) => p.toLowerCase()),
          );
          // a legacy stack's file must not be named like a project directory
          fc.pre(stacks.every(([p, s]) => p !== undefined || !projects.has(s.toLowerCase())));
          const files: Record<string, string | Buffer> = {};
          for (const [p, s, gz] of stacks) {
            const rel = `stacks/${p !== undefined ? `${p}/` : ""}${s}.json${gz ? ".gz" : ""}`;
            files[rel] = gz ? zlib.gzipSync("{}") : "{}";
            files[`${rel}.bak`] = "{}";
          }
          const dir = backend(`prop-${n++}`, files);
          const got = stacksOf(expandInputs([dir], root));
          const want = stacks
            .map(([p, s]) => `${p ?? ""}/${s}`)
            .sort()
            .map((k) => (k.startsWith("/") ? `-${k}` : k));
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 25 },
    );
  });
});
