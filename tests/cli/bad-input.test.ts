/** Inputs that are not scannable: exit 2, one line naming the file and the reason, never a stack trace. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run, stackTraceLine } from "./helpers";

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "upd-bad-"));
  fs.mkdirSync(path.join(tmp, "no-json"));
  fs.writeFileSync(path.join(tmp, "no-json", "readme.txt"), "hello");
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const valid = fs.readFileSync(path.resolve(__dirname, "..", "..", "examples", "state", "aws-replication.json"), "utf8");

const cases: [string, string | Buffer, RegExp][] = [
  ["empty.json", "", /empty input \(expected JSON\)/],
  ["blank.json", "   \n", /empty input \(expected JSON\)/],
  ["binary.json", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), /binary data, not JSON text/],
  ["latin1.json", Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]), /not UTF-8 text/],
  ["truncated.json", valid.slice(0, Math.floor(valid.length / 2)), /truncated JSON \(unexpected end of input\)/],
  ["garbage.json", "<html><body>502 Bad Gateway</body></html>", /not valid JSON/],
  [
    "package.json",
    JSON.stringify({ name: "x", version: "1.0.0", dependencies: {} }),
    /neither a Pulumi stack export \(no 'deployment'\) nor 'pulumi preview --json' output \(no 'steps'\)/,
  ],
  ["array.json", "[1, 2, 3]", /top level is a list/],
  ["number.json", "42", /top level is a number/],
  ["v1.json", JSON.stringify({ version: 1, deployment: { resources: [] } }), /stack export version 1 is too old/],
  ["resources-object.json", JSON.stringify({ version: 3, deployment: { resources: { a: 1 } } }), /deployment\.resources is not a list/],
  [
    "no-urn.json",
    JSON.stringify({ version: 3, deployment: { resources: [{ type: "aws:s3/bucketV2:BucketV2" }] } }),
    /deployment\.resources\[0\] has no valid urn/,
  ],
  ["steps-object.json", JSON.stringify({ steps: [{ op: 1 }] }), /steps\[0\] has no op/],
];

describe("bad inputs", () => {
  it.each(cases)("%s → exit 2 naming the file", async (name, content, reason) => {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, content);
    const r = await run(["scan", file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(`us-person-data-guard: ${file}: `)).toBe(true);
    expect(lines[0]).toMatch(reason);
    expect(r.stderr).not.toMatch(stackTraceLine);
  });

  it("a missing file", async () => {
    const r = await run(["scan", "does/not/exist.json"]);
    expect(r).toMatchObject({ code: 2, stdout: "", stderr: "us-person-data-guard: does/not/exist.json: no such file or directory\n" });
  });

  it("a directory without *.json files", async () => {
    const dir = path.join(tmp, "no-json");
    const r = await run(["scan", dir]);
    expect(r).toMatchObject({
      code: 2,
      stdout: "",
      stderr: `us-person-data-guard: ${dir}: directory contains no *.json or *.json.gz files\n`,
    });
  });

  it("an unreadable file", async () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const file = path.join(tmp, "secret.json");
    fs.writeFileSync(file, "{}");
    fs.chmodSync(file, 0o000);
    const r = await run(["scan", file]);
    expect(r.stderr).toBe(`us-person-data-guard: ${file}: permission denied\n`);
  });

  it("empty stdin", async () => {
    const r = await run(["scan", "-"], { stdin: "" });
    expect(r).toMatchObject({ code: 2, stderr: "us-person-data-guard: <stdin>: empty input (expected JSON)\n" });
  });
});
