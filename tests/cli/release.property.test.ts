/**
 * The scan reads a file one resource at a time and lets go of the inputs the
 * data-flow analysis does not ask it to keep (`FlowFinder.add`), reading them
 * again from the file if they are asked for after all. Its findings are the
 * pack's: decide() per resource and findFlows() over views that keep
 * everything, on generated stacks of every cloud whose resources name each
 * other.
 */
import fc from "fast-check";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { compileScanConfig } from "../../policypack/cli/config";
import { Analyser } from "../../policypack/cli/scan";
import { capFindings } from "../../policypack/core/cap";
import { findPlacements } from "../../policypack/core/placement";
import { decide } from "../../policypack/core/decide";
import { findFlows } from "../../policypack/core/flows";
import type { Finding, FindingPolicy, ResourceView } from "../../policypack/core/types";
import { readSnapshot, readSnapshotFile, type ScanView } from "../../policypack/state/snapshot";
import { build, plan, providers } from "../support/flow-stacks";
import { watchingParse } from "../support/parse-spy";

jest.setTimeout(600_000);

const runs = (n: number): number => Number(process.env["FC_RUNS"]) || n;
const at = new Date("2026-11-28T00:00:00Z");
const clock = (): Date => at;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "upd-release-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The views as `pulumi stack export` writes them: providers first, referenced as `<urn>::<id>`. */
function exportOf(views: readonly ResourceView[]): string {
  const resources = [
    ...providers.map((p) => ({ urn: p.urn, custom: true, id: "pid", type: p.type, inputs: p.inputs })),
    ...views.map((v) => ({
      urn: v.urn,
      custom: true,
      id: v.id,
      type: v.type,
      inputs: v.inputs,
      provider: v.provider ? `${v.provider.urn}::pid` : undefined,
      dependencies: v.dependencies,
      propertyDependencies: v.propertyDependencies,
    })),
  ];
  return JSON.stringify({ version: 3, deployment: { manifest: { time: "t" }, resources } }, null, 4);
}

const policies: readonly FindingPolicy[] = ["restricted-provider", "restricted-region", "upcoming-restriction"];

function packWay(text: string, config: ReturnType<typeof compileScanConfig>): Finding[] {
  const views = readSnapshot(JSON.parse(text), "f").resources;
  const out: Finding[] = [];
  for (const v of views)
    for (const p of policies) out.push(...decide(v, config.policies.get(p)!.settings, clock).filter((f) => f.policy === p));
  // Placements by the stack (restricted-region and upcoming-restriction share their settings in every config here).
  out.push(
    ...findPlacements(views, config.policies.get("restricted-region")!.settings, clock).filter(
      (f) => f.policy === "restricted-region" || f.policy === "upcoming-restriction",
    ),
  );
  out.push(
    ...findFlows(views, config.policies.get("restricted-data-flow")!.settings, clock).filter((f) => f.policy === "restricted-data-flow"),
  );
  // The pack reports one finding per (policy, resource, kind of destination), with a count.
  return [...capFindings(out)];
}

describe("the scan, letting inputs go, finds what the pack finds", () => {
  const configs = [
    {},
    { "restricted-data-flow": { unknownRegion: "violation" } },
    { "restricted-data-flow": { determination: "alibaba-cloud-review" }, "restricted-provider": { determination: "alibaba-cloud-review" } },
  ];
  it("generated stacks", () => {
    let released = 0;
    let readAgain = 0;
    let n = 0;
    fc.assert(
      fc.property(plan, fc.nat(configs.length - 1), fc.integer({ min: 16, max: 4096 }), (p, c, chunkBytes) => {
        const text = exportOf(build(p));
        const file = path.join(dir, `s${n++}.json`);
        fs.writeFileSync(file, text);
        const config = compileScanConfig(configs[c]!, "cfg");
        let analyser: Analyser | undefined;
        const views: ScanView[] = [];
        const read = readSnapshotFile(file, "f", {
          chunkBytes,
          start: () => {
            const a = (analyser = new Analyser(config, clock));
            return (v) => {
              views.push(v);
              const keep = a.visit(v);
              if (!keep) released++;
              return keep;
            };
          },
        });
        let findings: Finding[];
        try {
          findings = watchingParse(
            () => readAgain++,
            () => analyser!.finish(),
          );
        } finally {
          read.close();
        }
        fs.rmSync(file);
        expect(JSON.stringify(findings)).toBe(JSON.stringify(packWay(text, config)));
      }),
      { numRuns: runs(150) },
    );
    // Inputs were let go, and some were asked for again.
    expect(released).toBeGreaterThan(0);
    expect(readAgain).toBeGreaterThan(0);
  });
});
