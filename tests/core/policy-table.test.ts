import * as fs from "fs";
import * as path from "path";
import {
  findingPolicyNames,
  isPolicyName,
  policyMeta,
  policyNames,
  policyTable,
  resourcePolicyNames,
} from "../../policypack/core/policy-table";
import { policyInfo } from "../../policypack/cli/policies";
import { createContext } from "../../policypack/library";
import { createPolicies } from "../../policypack/policies";
import { policyConfigSchema } from "../../policypack/determination/schema";

describe("policy table", () => {
  it("holds the six fixed policy names in the pack's order, each once", () => {
    expect(policyNames).toEqual([
      "restricted-provider",
      "restricted-region",
      "restricted-data-flow",
      "upcoming-restriction",
      "exemption-review",
      "migration-inventory",
    ]);
    expect(new Set(policyNames).size).toBe(policyNames.length);
  });

  it("derives the finding and resource policy lists from the entries' kind", () => {
    expect(findingPolicyNames).toEqual(["restricted-provider", "restricted-region", "restricted-data-flow", "upcoming-restriction"]);
    expect(resourcePolicyNames).toEqual(["restricted-provider", "restricted-region", "upcoming-restriction"]);
    for (const n of resourcePolicyNames) expect(policyMeta(n).kind).toBe("resource");
    expect(policyMeta("restricted-data-flow").kind).toBe("stack");
  });

  it("has the default levels of SPEC.md", () => {
    const levels = Object.fromEntries(policyTable.map((e) => [e.name, e.enforcementLevel]));
    expect(levels).toEqual({
      "restricted-provider": "mandatory",
      "restricted-region": "mandatory",
      "restricted-data-flow": "mandatory",
      "upcoming-restriction": "advisory",
      "exemption-review": "advisory",
      "migration-inventory": "advisory",
    });
  });

  it("tells policy names from other strings, including Object.prototype keys", () => {
    for (const n of policyNames) expect(isPolicyName(n)).toBe(true);
    for (const s of ["all", "", "constructor", "__proto__", "Restricted-Provider", "restricted-provider "])
      expect(isPolicyName(s)).toBe(false);
  });

  it("is what the pack's policy objects and the CLI's policy info both carry", () => {
    const pack = createPolicies(createContext());
    const cli = policyInfo();
    expect(pack.map((p) => p.name)).toEqual(policyNames);
    expect([...cli.keys()]).toEqual(policyNames);
    for (const p of pack) {
      const meta = policyMeta(p.name as (typeof policyNames)[number]);
      const info = cli.get(p.name as (typeof policyNames)[number])!;
      for (const [field, value] of [
        ["displayName", p.displayName],
        ["description", p.description],
        ["severity", p.severity],
        ["remediationSteps", p.remediationSteps],
      ] as const) {
        expect(value).toBe(meta[field]);
        expect(info[field]).toBe(meta[field]);
      }
      expect(p.enforcementLevel).toBe(meta.enforcementLevel);
      expect(info.defaultLevel).toBe(meta.enforcementLevel);
      expect(info.url).toBe(p.url);
      expect(info.tags).toEqual(p.tags);
      expect(new Set(p.tags).size).toBe(p.tags!.length);
    }
  });

  it("is the list an exemption's `policies` may name (the finding policies)", () => {
    const exemptions = policyConfigSchema("restricted-provider").properties!["exemptions"]!;
    expect(exemptions.items!.properties!["policies"]!.items!.enum).toEqual(findingPolicyNames);
  });

  it("is the only place outside the core's decisions that spells the policies' metadata", () => {
    // A display name appears once in the sources: in the table.
    const root = path.join(__dirname, "../../policypack");
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith(".ts")) files.push(p);
      }
    };
    walk(root);
    for (const e of policyTable) {
      const holders = files.filter((f) => fs.readFileSync(f, "utf8").includes(`"${e.displayName}"`));
      expect(holders.map((f) => path.relative(root, f))).toEqual([path.join("core", "policy-table.ts")]);
    }
  });
});
