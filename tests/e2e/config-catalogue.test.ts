/**
 * Bad configuration, through the real CLI: every malformed configuration of
 * the catalogue (tests/support/bad-configs.ts) is refused with a message that
 * names the policy and the key — by the engine's JSON Schema validation before
 * the pack runs anything, or by the pack at first use — and never with a stack
 * trace. `pulumi policy analyze --file` runs the pack on an exported state, so
 * no program or provider plugin is involved and each case takes about a second.
 */
import * as fs from "fs";
import * as path from "path";
import { badConfigs } from "../support/bad-configs";
import { repoRoot, stackTraceLines, stateDir, withLog, Workspace } from "./support/engine";
import { ensureSetup, SETUP_TIMEOUT_MS } from "./support/setup";

jest.setTimeout(300_000);

let w: Workspace;
beforeAll(() => {
  ensureSetup();
  w = Workspace.bare("catalogue");
}, SETUP_TIMEOUT_MS);
afterAll(() => w?.remove());

const state = path.join(stateDir, "alicloud-customer-data.us-west-1.json");

/**
 * Whether the output names the key: the pack prints `exemptions[0].expires`;
 * the engine's validator prints dotted paths and names a missing or extra
 * property after its parent (`exemptions.0: reason is required`,
 * `scope: Additional property tagkeys is not allowed`), and a bad array item
 * by its array (`determination.jurisdictions: array items[0,1] must be unique`).
 */
function namesKey(output: string, key: string): boolean {
  const dotted = key.replace(/\[(\d+)\]/g, ".$1");
  if (output.includes(key) || output.includes(dotted)) return true;
  const segments = dotted.split(".");
  const leaf = segments.pop()!;
  const parent = segments.join(".");
  if (/^\d+$/.test(leaf)) return parent !== "" && output.includes(`${parent}:`);
  return (parent === "" || output.includes(`${parent}:`)) && output.includes(leaf);
}

describe("malformed configurations through the real CLI (pulumi policy analyze --file)", () => {
  it.each(badConfigs)("%s: refused, naming %s and the key", async (label, policy, config, key) => {
    const file = path.join(w.root, `${label.replace(/[^a-z0-9]+/gi, "-")}.json`);
    fs.writeFileSync(file, JSON.stringify({ [policy]: config }, null, 2));
    const r = await w.pulumi(["policy", "analyze", "--file", state, "--policy-pack", repoRoot, "--policy-pack-config", file]);
    withLog(
      r,
      () => {
        expect(r.code).not.toBe(0);
        expect(r.output).toContain(policy);
        expect({ key, named: namesKey(r.output, key) }).toEqual({ key, named: true });
        expect(stackTraceLines(r.output)).toEqual([]);
      },
      `policy analyze with ${label}`,
    );
  });
});
