import type { PolicyResource, ReportViolation, StackValidationArgs, StackValidationPolicy } from "@pulumi/policy";
import { policyNames } from "../../policypack/core/policy-table";
import type { Finding, ResourceView } from "../../policypack/core/types";
import { compileSettings } from "../../policypack/determination/compile";
import { createContext } from "../../policypack/library";
import { createPolicies } from "../../policypack/policies";
import { RunState } from "../../policypack/policies/run-state";
import { clockAt } from "../support/views";

const urn = (type: string, name: string): string => `urn:pulumi:prod::shop::${type}::${name}`;

function stackResource(type: string, name: string, props: Record<string, unknown>): PolicyResource {
  return {
    type,
    urn: urn(type, name),
    name,
    props,
    opts: { protect: false, ignoreChanges: [], aliases: [], additionalSecretOutputs: [] },
    dependencies: [],
    propertyDependencies: {},
    isType: () => false,
    asType: () => undefined,
  } as unknown as PolicyResource;
}

const view = (r: PolicyResource): ResourceView => ({ type: r.type, urn: r.urn, name: r.name, inputs: {} });
const findingOf = (u: string): Finding[] => [{ urn: u } as Finding];

describe("RunState: the decision shared by the resource policies of one Analyze call", () => {
  const run = new RunState();
  const s = compileSettings({}, "settings", run.settings);
  const alike = compileSettings({ expiryWarningDays: 7 }, "settings", run.settings);
  const other = compileSettings({ unknownRegion: "violation" }, "settings", run.settings);

  it("is reused once by each other policy whose settings decide alike, for the same URN only", () => {
    const findings = findingOf("a");
    run.keepDecision("restricted-provider", "a", s, findings);
    expect(run.sharedDecision("restricted-provider", "a", s)).toBeUndefined(); // the policy that decided starts afresh
    expect(run.sharedDecision("restricted-region", "b", s)).toBeUndefined();
    expect(run.sharedDecision("restricted-region", "a", other)).toBeUndefined();
    expect(run.sharedDecision("restricted-region", "a", alike)).toBe(findings);
    expect(run.sharedDecision("restricted-region", "a", s)).toBeUndefined(); // once
    expect(run.sharedDecision("upcoming-restriction", "a", s)).toBe(findings);
  });
});

describe("RunState: the stack policies of one AnalyzeStack call", () => {
  const stack = [stackResource("aws:s3/bucket:Bucket", "a", {}), stackResource("aws:s3/bucket:Bucket", "b", {})];
  const copy = (): PolicyResource[] => stack.map((r) => ({ ...r }));

  it("share a call while they run in the pack's order over the same URNs; the last stack policy lets it go", () => {
    const run = new RunState();
    const first = run.stackCall("restricted-data-flow", copy());
    expect(run.stackCall("exemption-review", copy())).toBe(first);
    expect(run.stackCall("migration-inventory", copy())).toBe(first);
    expect(run.stackCall("migration-inventory", copy())).not.toBe(first);
  });

  it("start a new call when a policy at or before the previous one's place runs (the next call)", () => {
    const run = new RunState();
    const first = run.stackCall("restricted-data-flow", copy());
    const second = run.stackCall("restricted-data-flow", copy());
    expect(second).not.toBe(first);
    const third = run.stackCall("exemption-review", copy());
    expect(third).toBe(second);
    expect(run.stackCall("restricted-data-flow", copy())).not.toBe(third);
    // exemption-review, then (migration-inventory disabled) exemption-review again: a new call.
    const a = run.stackCall("exemption-review", copy());
    expect(run.stackCall("exemption-review", copy())).not.toBe(a);
  });

  it("start a new call for another stack, even with the same count, first and last URN", () => {
    const run = new RunState();
    const three = [stack[0]!, stackResource("aws:s3/bucket:Bucket", "m1", {}), stack[1]!];
    const otherMiddle = [stack[0]!, stackResource("aws:s3/bucket:Bucket", "m2", {}), stack[1]!];
    const first = run.stackCall("restricted-data-flow", three);
    expect(run.stackCall("exemption-review", otherMiddle)).not.toBe(first);
  });

  it("build the views once per call and decide once per decision part", () => {
    const run = new RunState();
    const call = run.stackCall("restricted-data-flow", copy());
    let built = 0;
    const counting = (r: PolicyResource): ResourceView => (built++, view(r));
    const views = call.viewsOf(counting);
    expect(call.viewsOf(counting)).toBe(views);
    expect(built).toBe(stack.length);
    const s = compileSettings({}, "settings", run.settings);
    const alike = compileSettings({ expiryWarningDays: 7 }, "settings", run.settings);
    const other = compileSettings({ unknownRegion: "violation" }, "settings", run.settings);
    let decided = 0;
    const decideAll = (): Finding[] => (decided++, []);
    const found = call.findingsOf(s, decideAll);
    expect(call.findingsOf(alike, decideAll)).toBe(found);
    expect(decided).toBe(1);
    call.findingsOf(other, decideAll);
    expect(decided).toBe(2);
  });
});

describe("the pack's stack policies over two stacks that the old reuse key could not tell apart", () => {
  // Same resource count, same first and last URN; the middle resource differs (and is restricted in one only).
  const first = stackResource("aws:s3/bucket:Bucket", "first", { region: "us-east-1" });
  const last = stackResource("aws:s3/bucket:Bucket", "last", { region: "us-east-1" });
  const clean = [first, stackResource("aws:s3/bucket:Bucket", "middle", { region: "us-east-1" }), last];
  const restricted = [first, stackResource("alicloud:oss/bucket:Bucket", "middle-ali", { region: "cn-hangzhou" }), last];

  function runStack(policy: StackValidationPolicy, resources: PolicyResource[]): string[] {
    const messages: string[] = [];
    const report = ((v: string | { message: string }) =>
      messages.push(typeof v === "string" ? v : v.message)) as unknown as ReportViolation;
    const args = { resources, getConfig: () => ({}), stackTags: new Map() } as unknown as StackValidationArgs;
    void policy.validateStack(args, report);
    return messages;
  }

  it("summarise each stack from its own resources, in the same turn of the event loop", () => {
    const policies = createPolicies(createContext(undefined, clockAt("2026-12-01T00:00:00Z")));
    const byName = new Map(policies.map((p) => [p.name, p as StackValidationPolicy]));
    const inventory = byName.get("migration-inventory")!;
    const review = byName.get("exemption-review")!;
    expect(runStack(review, clean)).toEqual([]);
    // migration-inventory runs after exemption-review in the pack: the old key would have reused the clean stack.
    const lines = runStack(inventory, restricted);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("1 resource(s) to move");
    expect(runStack(inventory, clean)).toEqual([]);
  });

  it("keeps the pack's order of policies as the order stack calls are told apart by", () => {
    expect(policyNames.indexOf("restricted-data-flow")).toBeLessThan(policyNames.indexOf("exemption-review"));
    expect(policyNames.indexOf("exemption-review")).toBeLessThan(policyNames.indexOf("migration-inventory"));
  });
});
