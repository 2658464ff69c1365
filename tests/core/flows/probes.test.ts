import fc from "fast-check";
import { collectProbes, ProbeList, probeAlways, probeAzure } from "../../../policypack/core/flows/probes";
import { compileSettings } from "../../../policypack/determination/compile";
import type { ResourceView } from "../../../policypack/core/types";

const runs = (n: number): number => Number(process.env["FC_RUNS"]) || n;
const det = compileSettings({}).determination;

describe("ProbeList", () => {
  it("holds what it was given, in order, across its growth (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: probeAzure, max: 0xffff }), { maxLength: 5000 }), (probes) => {
        const list = new ProbeList();
        for (const p of probes) list.push(p);
        expect(list.length).toBe(probes.length);
        expect(Array.from({ length: list.length }, (_, i) => list.at(i))).toEqual(probes);
      }),
      { numRuns: runs(50) },
    );
  });

  it("notes the same probes as an array does", () => {
    const view: ResourceView = {
      type: "aws:lambda/function:Function",
      urn: "urn:pulumi:prod::p::aws:lambda/function:Function::f",
      name: "f",
      inputs: {
        environment: { variables: { BUCKET: "acme-data-bucket", QUEUE: "/subscriptions/x/resourceGroups/rg" } },
        role: "arn:aws:iam::123456789012:role/r",
      },
      dependencies: ["urn:pulumi:prod::p::aws:s3/bucketV2:BucketV2::b"],
    };
    const array: number[] = [];
    const list = new ProbeList();
    collectProbes(view, det, array);
    collectProbes(view, det, list);
    expect(array.length).toBeGreaterThan(2);
    expect(array).toContain(probeAzure);
    expect(array).not.toContain(probeAlways);
    expect(Array.from({ length: list.length }, (_, i) => list.at(i))).toEqual(array);
  });
});
