/**
 * restricted-region and upcoming-restriction also validate the stack (resources
 * placed by their resource group), but the SDK deserialises the whole stack for
 * every stack validation: a run whose Analyze calls met no resource that could
 * be placed gives their validateStack a Pulumi type no resource has, so the SDK
 * skips them and AnalyzeStack costs what it did.
 */
import type { ResourceValidationArgs, ResourceValidationPolicy } from "@pulumi/policy";
import { createContext } from "../../policypack/library";
import { createPolicies } from "../../policypack/policies";
import { clockAt } from "../support/views";

type Typed = { __pulumiType?: string };

function args(type: string, props: Record<string, unknown>): ResourceValidationArgs {
  return {
    type,
    urn: `urn:pulumi:prod::shop::${type}::r`,
    name: "r",
    props,
    opts: {},
    getConfig: () => ({}),
    isType: () => false,
    asType: () => undefined,
    notApplicable: () => {
      throw new Error("not applicable");
    },
  } as unknown as ResourceValidationArgs;
}

describe("placement: stack validation only when a resource may be placed by another", () => {
  it("is skipped after Analyze calls with no candidate, and runs once one is seen", () => {
    const policies = createPolicies(createContext(undefined, clockAt("2026-11-28T00:00:00Z")));
    const placing = policies.filter(
      (p) => p.name === "restricted-region" || p.name === "upcoming-restriction",
    ) as (ResourceValidationPolicy & {
      validateStack?: Typed;
    })[];
    expect(placing).toHaveLength(2);
    // Before any Analyze call (AnalyzeStack alone, where the resource policies decide nothing either): skipped.
    for (const p of placing) expect(p.validateStack?.__pulumiType).toMatch(/ /); // no resource type has a space
    const analyze = (a: ResourceValidationArgs) => {
      for (const p of placing) (p.validateResource as (a: ResourceValidationArgs, r: () => void) => void)(a, () => undefined);
    };
    analyze(args("aws:s3/bucketV2:BucketV2", { bucket: "b" }));
    analyze(args("azure-native:storage:StorageAccount", { resourceGroupName: "rg", location: "eastus" }));
    for (const p of placing) expect(p.validateStack?.__pulumiType).toMatch(/ /);
    analyze(args("azure-native:sql:Server", { serverName: "s", resourceGroupName: "rg-elsewhere" }));
    for (const p of placing) expect(p.validateStack?.__pulumiType).toBeUndefined();
    analyze(args("aws:s3/bucketV2:BucketV2", { bucket: "c" }));
    for (const p of placing) expect(p.validateStack?.__pulumiType).toBeUndefined();
    // The other resource policy has no stack validation.
    expect((policies.find((p) => p.name === "restricted-provider") as { validateStack?: unknown }).validateStack).toBeUndefined();
  });
});
