/**
 * An azure-native resource without a location takes its resource group's:
 * only the stack can say where that is. Under the real engine
 * (`pulumi policy analyze --file`), restricted-region reports it from
 * AnalyzeStack — in a group of the stack in East Asia as a restricted
 * region, in a group outside the stack under unknownRegion — and `scan`
 * reports the same (policy, level, URN).
 */
import * as fs from "fs";
import * as path from "path";
import { repoRoot, run, scanCli, sha256, withLog, Workspace, type RunResult } from "./support/engine";
import { ensureSetup, SETUP_TIMEOUT_MS } from "./support/setup";

jest.setTimeout(300_000);

let w: Workspace;
beforeAll(() => {
  ensureSetup();
  w = Workspace.bare("placement");
}, SETUP_TIMEOUT_MS);
afterAll(() => w?.remove());

const stack = "urn:pulumi:prod::az";
const provider = `${stack}::pulumi:providers:azure-native::default_3_8_0`;
const serverUrn = `${stack}::azure-native:sql:Server::orders-sql`;

function state(withGroup: string | undefined): unknown {
  const version = "v3.248.0";
  const group = withGroup
    ? [
        {
          urn: `${stack}::azure-native:resources:ResourceGroup::rg-shared`,
          custom: true,
          id: "/subscriptions/0/resourceGroups/rg-shared",
          type: "azure-native:resources:ResourceGroup",
          inputs: { resourceGroupName: "rg-shared", location: withGroup },
          outputs: { name: "rg-shared", location: withGroup },
          provider: `${provider}::p1`,
        },
      ]
    : [];
  return {
    version: 3,
    deployment: {
      manifest: { time: "2026-11-01T00:00:00Z", magic: sha256(version), version },
      resources: [
        { urn: `${stack}::pulumi:pulumi:Stack::az-prod`, custom: false, type: "pulumi:pulumi:Stack" },
        { urn: provider, custom: true, id: "p1", type: "pulumi:providers:azure-native", inputs: {}, outputs: {} },
        ...group,
        {
          urn: serverUrn,
          custom: true,
          id: "/subscriptions/0/resourceGroups/rg-shared/providers/Microsoft.Sql/servers/orders-sql",
          type: "azure-native:sql:Server",
          inputs: { serverName: "orders-sql", resourceGroupName: "rg-shared" },
          // Outputs as azure-native keeps them hold the Azure id, which names the group (and here no location).
          outputs: { name: "orders-sql", id: "/subscriptions/0/resourceGroups/rg-shared/providers/Microsoft.Sql/servers/orders-sql" },
          provider: `${provider}::p1`,
        },
      ],
    },
  };
}

interface Finding {
  policy: string;
  level: string;
  urn: string;
}

function engineFindings(r: RunResult): Finding[] {
  const out: Finding[] = [];
  for (const line of r.stdout.split("\n")) {
    if (!line.trim().startsWith("{")) continue;
    const ev = JSON.parse(line) as { policyEvent?: { policyName: string; enforcementLevel: string; resourceUrn?: string } };
    const p = ev.policyEvent;
    if (p && p.resourceUrn) out.push({ policy: p.policyName, level: p.enforcementLevel, urn: p.resourceUrn });
  }
  return out;
}

const cases: [string, string | undefined, Finding[]][] = [
  ["outside the stack: advisory (unknownRegion defer)", undefined, [{ policy: "restricted-region", level: "advisory", urn: serverUrn }]],
  ["in East Asia: mandatory", "eastasia", [{ policy: "restricted-region", level: "mandatory", urn: serverUrn }]],
  ["in East US: clean", "eastus", []],
];

describe("azure-native resource placed by its resource group, under the real engine = scan", () => {
  it.each(cases)("resource group %s", async (_what, location, expected) => {
    const file = path.join(w.cwd, `state-${location ?? "outside"}.json`);
    fs.writeFileSync(file, JSON.stringify(state(location)));
    const engine = await w.pulumi(["policy", "analyze", "--json", "--file", file, "--policy-pack", repoRoot]);
    const scan = await run(process.execPath, [scanCli, "scan", file, "--format", "json"], { cwd: repoRoot, env: process.env });
    withLog(engine, () => {
      const mine = engineFindings(engine).filter((f) => f.urn === serverUrn);
      expect(mine).toEqual(expected);
      const fromScan = (JSON.parse(scan.stdout) as { findings: Finding[] }).findings
        .filter((f) => f.urn === serverUrn)
        .map((f) => ({ policy: f.policy, level: f.level, urn: f.urn }));
      expect(fromScan).toEqual(expected);
    });
  });
});
