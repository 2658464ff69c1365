/**
 * Issue guarantees 1–3 on the core, over generated hostile resources:
 * restricted providers are always reported, messages never carry property
 * values, and nothing crashes or pollutes prototypes. `npm run test:fuzz`
 * runs many more cases; replay a failure with FC_SEED=<seed printed>.
 */
import fc from "fast-check";
import { packageOfType } from "../../policypack/catalog";
import { decide } from "../../policypack/core/decide";
import { findFlows } from "../../policypack/core/flows";
import { messageFor } from "../../policypack/core/message";
import { compileSettings } from "../../policypack/determination/compile";
import { deep, fcParams, hostileResource, otherTypes, restrictedTypes, secretMarker } from "../support/arbitraries";
import { clock } from "../support/views";

const settingsList = [
  compileSettings({}),
  compileSettings({ unknownRegion: "violation", allowedRegions: { aws: ["us-*"], gcp: ["us*"] } }),
  compileSettings({ scope: { mode: "tagged", tagKeys: ["data-classification", "tags"], tagValues: [] } }),
  compileSettings({
    determination: "alibaba-cloud-review",
    exemptions: [
      {
        id: "E1",
        resources: [...restrictedTypes, ...otherTypes].map((t) => `urn:pulumi:prod::p::${t}::?*`),
        reason: "r",
        expires: "2026-01-01",
      },
    ],
  }),
];

describe("core guarantees (property)", () => {
  it("reports every restricted-provider resource in scope 'all', never throws, never leaks", () => {
    fc.assert(
      fc.property(hostileResource, fc.integer({ min: 0, max: settingsList.length - 1 }), (r, si) => {
        const s = settingsList[si]!;
        const findings = decide(r, s, clock);
        const pkg = packageOfType(r.type);
        if (s.scope.mode === "all" && s.determination.providers.has(pkg)) {
          expect(findings.some((f) => f.policy === "restricted-provider" || f.policy === "upcoming-restriction")).toBe(true);
        }
        for (const f of findings) {
          const m = messageFor(f);
          expect(m).not.toContain(secretMarker);
          expect(m.length).toBeLessThan(4000);
        }
        const flows = findFlows([r], s, clock);
        for (const f of flows) expect(messageFor(f)).not.toContain(secretMarker);
        expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      }),
      fcParams(300),
    );
  });

  it("restricted types are reported under unknown, secret and malformed inputs", () => {
    for (const type of restrictedTypes) {
      for (const inputs of [
        { region: 42 },
        { tags: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" },
        deep(500),
        { __proto__: { polluted: true } } as Record<string, unknown>,
      ]) {
        const fs = decide({ type, name: "x", urn: `urn:pulumi:prod::p::${type}::x`, inputs }, settingsList[0]!, clock);
        expect(fs.some((f) => f.policy === "restricted-provider" && f.blocking)).toBe(true);
      }
    }
  });

  it("bounds work on huge strings and arrays", () => {
    const huge = {
      region: "cn-hangzhou".repeat(100_000),
      availabilityZones: Array.from({ length: 100_000 }, () => "cn-hangzhou-h"),
      endpoints: Array.from({ length: 100_000 }, () => "https://oss-cn-hangzhou.aliyuncs.com"),
    };
    const fs = decide(
      { type: "aws:s3/bucketV2:BucketV2", name: "b", urn: "urn:pulumi:prod::p::aws:s3/bucketV2:BucketV2::b", inputs: huge },
      settingsList[0]!,
      clock,
    );
    for (const f of fs) expect(messageFor(f).length).toBeLessThan(4000);
  });
});
