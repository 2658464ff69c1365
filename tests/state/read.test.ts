import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { reason } from "../support/input-errors";
import { decodeText, expandInputs, parseJson } from "../../policypack/state/read";

describe("expandInputs", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "upd-read-"));
    fs.mkdirSync(path.join(dir, "b", "c"), { recursive: true });
    fs.mkdirSync(path.join(dir, ".hidden"));
    fs.mkdirSync(path.join(dir, "node_modules"));
    fs.mkdirSync(path.join(dir, "empty"));
    for (const f of ["z.json", "a.json", "b/c/d.JSON", "b/notes.txt", ".hidden/x.json", "node_modules/y.json"])
      fs.writeFileSync(path.join(dir, f), "{}");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("walks directories for *.json, sorted, skipping hidden directories and node_modules", () => {
    const entries = expandInputs(["."], dir);
    expect(entries.map((e) => (e.kind === "error" ? `error ${e.error.message}` : e.label))).toEqual([
      "a.json",
      path.join("b", "c", "d.JSON"),
      "z.json",
    ]);
  });

  it("keeps operand order; files are taken whatever their extension", () => {
    const entries = expandInputs(["z.json", "b/notes.txt", "-"], dir);
    expect(entries.map((e) => e.kind)).toEqual(["file", "file", "stdin"]);
  });

  it("reports missing paths, empty directories and a second '-' as errors naming the input", () => {
    const entries = expandInputs(["missing.json", "empty", "-", "-"], dir);
    const errors = entries.filter((e) => e.kind === "error").map((e) => (e.kind === "error" ? e.error.message : ""));
    expect(errors).toEqual([
      "missing.json: no such file or directory",
      "empty: directory contains no *.json or *.json.gz files",
      "<stdin>: stdin named more than once",
    ]);
  });
});

describe("decodeText", () => {
  it("rejects empty input, whitespace, NUL bytes and invalid UTF-8", () => {
    expect(reason(() => decodeText(Buffer.alloc(0), "f"))).toBe("empty input (expected JSON)");
    expect(reason(() => decodeText(Buffer.from(" \n\t "), "f"))).toBe("empty input (expected JSON)");
    expect(reason(() => decodeText(Buffer.from([0x7b, 0x00, 0x7d]), "f"))).toBe("binary data, not JSON text");
    expect(reason(() => decodeText(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), "f"))).toMatch(/not UTF-8/);
  });

  it("strips a byte-order mark", () => {
    expect(decodeText(Buffer.from("\ufeff{}", "utf8"), "f")).toBe("{}");
  });
});

describe("parseJson", () => {
  it("says truncated for input that ends early", () => {
    for (const t of ['{"a":', '{"a": "abc', "[1,2", '{"version": 3, "deployment": {"resources": [']) {
      expect(reason(() => parseJson(t, "f"))).toBe("truncated JSON (unexpected end of input)");
    }
  });

  it("gives line and column of a syntax error", () => {
    expect(reason(() => parseJson('{\n  "a": 1,\n  x\n}', "f"))).toBe("not valid JSON (syntax error at line 3, column 3)");
  });

  it("never quotes the input", () => {
    const secret = "SUPER-SECRET-TOKEN-42";
    for (const t of [secret, `{"a": ${secret}}`, `{"a": "x"} ${secret}`, `["${secret}\u0001"]`]) {
      const r = reason(() => parseJson(t, "f"));
      expect(r).not.toContain("SUPER");
      expect(r).not.toContain("\n");
    }
  });
});
