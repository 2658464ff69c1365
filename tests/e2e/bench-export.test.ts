/**
 * The scan benchmark's export is what `pulumi stack export` writes, byte for
 * byte: its `resources` array comes back unchanged from `pulumi stack import`
 * then `pulumi stack export` with the real CLI. So the ratio `npm run bench`
 * prints is measured on the layout users scan, and the scan reads the file
 * the CLI wrote one resource at a time, as it reads the benchmark's.
 */
import * as fs from "fs";
import * as path from "path";
import { repoRoot, withLog, Workspace } from "./support/engine";
import { ensureSetup, SETUP_TIMEOUT_MS } from "./support/setup";
import { readSnapshotFile } from "../../policypack/state/snapshot";
import { watchingParse } from "../support/parse-spy";

jest.setTimeout(300_000);

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain JavaScript script at a computed path
const { generate } = require(path.join(repoRoot, "scripts", "bench-scan.js")) as {
  generate: (file: string, n: number, o: { secrets: boolean }) => void;
};

/** The text of the `resources` array, from its key's line to its closing line. */
function resourcesText(text: string): string {
  const start = text.indexOf('\n        "resources": [');
  const end = text.indexOf("\n        ]", start);
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return text.slice(start, end + 10);
}

let ws: Workspace;
beforeAll(() => {
  ensureSetup();
  ws = Workspace.bare("bench-export");
}, SETUP_TIMEOUT_MS);
afterAll(() => ws?.remove());

it("pulumi stack import then export gives the benchmark's resources back, byte for byte", async () => {
  const file = path.join(ws.root, "bench.json");
  generate(file, 120, { secrets: false }); // every kind of resource the benchmark writes
  fs.writeFileSync(path.join(ws.cwd, "Pulumi.yaml"), "name: bench\nruntime: nodejs\n");
  const init = await ws.pulumi(["stack", "init", "prod"]);
  withLog(init, () => expect(init.code).toBe(0), "pulumi stack init");
  const imp = await ws.pulumi(["stack", "import", "--file", file]);
  withLog(
    imp,
    () => {
      expect(imp.code).toBe(0);
      expect(imp.output).not.toMatch(/magic cookie mismatch/);
    },
    "pulumi stack import",
  );
  const exp = await ws.pulumi(["stack", "export"]);
  withLog(exp, () => expect(exp.code).toBe(0), "pulumi stack export");
  expect(resourcesText(exp.stdout)).toBe(resourcesText(fs.readFileSync(file, "utf8")));

  // The CLI's file is read one resource at a time (the whole text is never parsed at once).
  const written = path.join(ws.root, "exported.json");
  fs.writeFileSync(written, exp.stdout);
  const whole = fs.readFileSync(written, "utf8");
  let wholeParsed = false;
  const read = watchingParse(
    (t) => void (wholeParsed ||= t === whole),
    () => readSnapshotFile(written, "exported.json"),
  );
  read.close();
  expect(read.snapshot.resources).toHaveLength(120);
  expect(wholeParsed).toBe(false);
});
