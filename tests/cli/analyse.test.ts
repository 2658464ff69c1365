/** The scan decides exactly as the pack: per policy, with that policy's settings, keeping that policy's findings. */
import * as fs from "fs";
import * as path from "path";
import { compileScanConfig } from "../../policypack/cli/config";
import { analyse } from "../../policypack/cli/scan";
import { capFindings } from "../../policypack/core/cap";
import { findPlacements } from "../../policypack/core/placement";
import { decide } from "../../policypack/core/decide";
import { findFlows } from "../../policypack/core/flows";
import type { Finding, FindingPolicy } from "../../policypack/core/types";
import { readSnapshot } from "../../policypack/state/snapshot";
import { repoRoot } from "./helpers";

const at = new Date("2026-11-28T00:00:00Z");
const clock = (): Date => at;
const files = fs.readdirSync(path.join(repoRoot, "examples", "state")).map((f) => path.join(repoRoot, "examples", "state", f));
const load = (f: string) => readSnapshot(JSON.parse(fs.readFileSync(f, "utf8")), f);

/** The pack's way, spelled out: one decide() per resource policy, findFlows() for the stack policy, each reported capped. */
function packWay(file: string, raw: Record<string, unknown>): Finding[] {
  const config = compileScanConfig(raw, "cfg");
  const snap = load(file);
  const out: Finding[] = [];
  for (const view of snap.resources) {
    for (const p of ["restricted-provider", "restricted-region", "upcoming-restriction"] as FindingPolicy[]) {
      const run = config.policies.get(p)!;
      if (run.level === "disabled") continue;
      out.push(...decide(view, run.settings, clock).filter((f) => f.policy === p));
    }
  }
  for (const p of ["restricted-region", "upcoming-restriction"] as FindingPolicy[]) {
    const run = config.policies.get(p)!;
    if (run.level !== "disabled") out.push(...findPlacements(snap.resources, run.settings, clock).filter((f) => f.policy === p));
  }
  const flows = config.policies.get("restricted-data-flow")!;
  if (flows.level !== "disabled")
    out.push(...findFlows(snap.resources, flows.settings, clock).filter((f) => f.policy === "restricted-data-flow"));
  return [...capFindings(out)];
}

const key = (f: Finding): string => `${f.urn}|${f.policy}|${f.rule}|${f.region ?? ""}|${f.exemption?.id ?? ""}|${f.blocking}`;

describe("analyse", () => {
  const configs: Record<string, Record<string, unknown>> = {
    defaults: {},
    fixture: JSON.parse(fs.readFileSync(path.join(__dirname, "fixtures", "config.json"), "utf8")) as Record<string, unknown>,
    "equal keys, shared decisions": {
      "restricted-provider": { determination: "alibaba-cloud-review" },
      "restricted-region": { determination: "alibaba-cloud-review" },
      "upcoming-restriction": { determination: "alibaba-cloud-review" },
    },
    "one disabled": { "restricted-region": "disabled", "restricted-data-flow": "disabled" },
  };
  for (const [name, raw] of Object.entries(configs)) {
    it(`matches the pack's per-policy decisions (${name})`, () => {
      for (const file of files) {
        const config = compileScanConfig(raw, "cfg");
        const ours = analyse(load(file), config, clock).map(key).sort();
        expect(ours).toEqual(packWay(file, raw).map(key).sort());
      }
    });
  }
});
