import { decide } from "../../policypack/core/decide";
import { createMemo, memoLimits } from "../../policypack/core/memo";
import { resolveRegion } from "../../policypack/core/region";
import { computeTypeFacts, typeFacts } from "../../policypack/core/type-facts";
import { providerHosts } from "../../policypack/core/endpoints";
import { compileSettings } from "../../policypack/determination/compile";
import { clock, clockAt, defaultProvider, explicitProvider, resource } from "../support/views";

const settings = compileSettings({});
const det = settings.determination;

describe("the run's memo", () => {
  it("gives the same findings as no memo, resource after resource", () => {
    const memo = createMemo();
    const hk = defaultProvider("aws", { region: "ap-east-1" });
    const us = defaultProvider("aws", { region: "us-east-1" });
    const views = [
      resource("aws:s3/bucketV2:BucketV2", "a", {}, hk),
      resource("aws:s3/bucketV2:BucketV2", "b", {}, us),
      resource("alicloud:oss/bucket:Bucket", "c", { endpoint: "oss-cn-hangzhou.aliyuncs.com" }),
      resource(
        "aws:s3/bucketV2:BucketV2",
        "d",
        {},
        explicitProvider("aws", "cn", { endpoints: '[{"s3":"https://s3.cn-north-1.amazonaws.com.cn"}]' }),
      ),
      resource("gcp:storage/bucket:Bucket", "e", { location: "asia-east2" }),
      resource("pulumi:pulumi:Stack", "s", {}),
    ];
    for (let pass = 0; pass < 3; pass++)
      for (const v of views) expect(decide(v, settings, clock, memo)).toEqual(decide(v, settings, clock));
  });

  it("gives the same findings as no memo when the same documents repeat, under each determination (barren strings)", () => {
    const memo = createMemo();
    const us = defaultProvider("aws", { region: "us-east-1" });
    const trust = JSON.stringify({ Statement: [{ Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }] });
    const china = JSON.stringify({ Statement: [{ Principal: { Service: "ec2.amazonaws.com.cn" } }] });
    const views = [
      resource("aws:iam/role:Role", "r1", { assumeRolePolicy: trust }, us),
      resource("aws:iam/role:Role", "r2", { assumeRolePolicy: china }, us),
      resource("aws:lambda/function:Function", "f1", { environment: { variables: { P: trust } } }, us),
      resource("aws:iam/role:Role", "r3", { assumeRolePolicy: trust }, us),
      resource("aws:iam/role:Role", "r4", { assumeRolePolicy: china }, us),
    ];
    const alibabaOnly = compileSettings({ determination: "alibaba-cloud-review" });
    for (let pass = 0; pass < 2; pass++)
      for (const s of [settings, alibabaOnly]) for (const v of views) expect(decide(v, s, clock, memo)).toEqual(decide(v, s, clock));
    expect(decide(views[3]!, settings, clock, memo)).toEqual([]);
    expect(decide(views[4]!, settings, clock, memo).map((f) => f.rule)).toContain("jurisdiction");
  });

  it("remembers type facts per token, as computed, and stays bounded", () => {
    const memo = createMemo();
    expect(typeFacts("aws-native:s3:Bucket", memo)).toEqual(computeTypeFacts("aws-native:s3:Bucket"));
    expect(typeFacts("aws-native:s3:Bucket", memo)).toBe(typeFacts("aws-native:s3:Bucket", memo));
    expect(typeFacts("s3mod:tf:aws_s3_bucket", memo).family).toBe("aws");
    expect(typeFacts("pulumi:pulumi:Stack", memo).inert).toBe(true);
    for (let i = 0; i < memoLimits.types + 10; i++) typeFacts(`x${i}:m:T`, memo);
    expect(memo.types.size).toBeLessThanOrEqual(memoLimits.types);
  });

  it("keeps the last resolution by view identity only", () => {
    const memo = createMemo();
    const v = resource("aws:s3/bucketV2:BucketV2", "a", { region: "ap-east-1" });
    const r1 = resolveRegion(v, det, memo);
    expect(resolveRegion(v, det, memo)).toBe(r1);
    const w = { ...v, inputs: { region: "us-east-1" } };
    expect(resolveRegion(w, det, memo)).not.toBe(r1);
    expect(resolveRegion(w, det, memo)).toEqual(resolveRegion(w, det));
  });

  it("remembers a provider's hosts by its inputs object, and a provider changed in place is a new object", () => {
    const memo = createMemo();
    const p = explicitProvider("aws", "p", { endpoints: [{ s3: "https://s3.cn-north-1.amazonaws.com.cn" }] });
    const first = providerHosts(p, det, memo);
    expect(first.place?.info.jurisdictions).toEqual(["CN"]);
    expect(providerHosts({ ...p }, det, memo)).toBe(first);
    const other = explicitProvider("aws", "p", { endpoints: [{ s3: "https://s3.us-east-1.amazonaws.com" }] });
    expect(providerHosts(other, det, memo).place?.info.jurisdictions).toEqual(["US"]);
    for (let i = 0; i < memoLimits.providerHosts + 3; i++) providerHosts(explicitProvider("aws", `p${i}`, {}), det, memo);
    expect(memo.providerHosts.length).toBe(memoLimits.providerHosts);
  });

  it("remembers the day by whole UTC days: a run crossing midnight sees the new day", () => {
    const memo = createMemo();
    const r = resource("alicloud:oss/bucket:Bucket", "c", {});
    const s = compileSettings({
      exemptions: [{ id: "x", resources: ["urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::c"], reason: "r", expires: "2026-12-06" }],
    });
    expect(decide(r, s, clockAt("2026-12-06T23:59:59Z"), memo)[0]?.exemption?.status).toBe("honoured");
    expect(decide(r, s, clockAt("2026-12-07T00:00:01Z"), memo)[0]?.exemption?.status).toBe("expired");
  });
});
