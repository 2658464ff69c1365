import * as fs from "fs";
import * as path from "path";
import { reason } from "../support/input-errors";
import { secretPlaceholder, secretSignature, signatureKey } from "../../policypack/state/secrets";
import { readSnapshot, type ScanView } from "../../policypack/state/snapshot";
import { unknownString } from "../../policypack/core/unknown";

const examples = path.resolve(__dirname, "..", "..", "examples", "state");
const load = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(examples, name), "utf8"));

function byName(views: readonly ScanView[], name: string): ScanView {
  const v = views.find((x) => x.name === name);
  if (!v) throw new Error(`no view ${name}`);
  return v;
}

const stackUrn = "urn:pulumi:s::p::pulumi:pulumi:Stack::p-s";
const exportOf = (resources: unknown[], version = 3): unknown => ({ version, deployment: { manifest: {}, resources } });

describe("stack exports", () => {
  it("reads the Alibaba Cloud example: stack, project, default provider region, parent, secrets", () => {
    const snap = readSnapshot(load("alicloud-customer-data.cn-hangzhou.json"), "f");
    expect(snap.format).toBe("stack-export");
    expect(snap.version).toBe(3);
    expect(snap.stacks).toEqual(["prod-cn"]);
    expect(snap.projects).toEqual(["customer-data"]);
    expect(snap.resources).toHaveLength(9);
    const bucket = byName(snap.resources, "customer-data");
    expect(bucket.type).toBe("alicloud:oss/bucket:Bucket");
    expect(bucket.provider?.type).toBe("pulumi:providers:alicloud");
    expect(bucket.provider?.inputs["region"]).toBe("cn-hangzhou");
    expect(bucket.parent).toBe("urn:pulumi:prod-cn::customer-data::pulumi:pulumi:Stack::customer-data-prod-cn");
    const account = byName(snap.resources, "customer-db-admin");
    expect(account.inputs["accountPassword"]).toBe(secretPlaceholder);
    expect(snap.secrets).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(snap.resources.map((r) => r.inputs))).not.toContain("ciphertext");
  });

  it("resolves explicit providers and takes the region from outputs when inputs lack it", () => {
    const snap = readSnapshot(load("aws-replication.json"), "f");
    const replica = byName(snap.resources, "documents-replica");
    expect(replica.provider?.name).toBe("hong-kong");
    expect(replica.provider?.inputs["region"]).toBe("ap-east-1");
    expect(replica.inputs["region"]).toBe("ap-east-1"); // from outputs
    expect(replica.inputs["arn"]).toBe("arn:aws:s3:::acme-documents-replica-ape1"); // location keys and identifiers (ARN, self link) come from outputs
    expect(replica.id).toBe("acme-documents-replica-ape1");
    const repl = byName(snap.resources, "documents-replication");
    expect(repl.dependencies).toContain("urn:pulumi:prod::document-store::aws:s3/bucketV2:BucketV2::documents-replica");
    expect(repl.propertyDependencies?.["rules"]).toEqual(["urn:pulumi:prod::document-store::aws:s3/bucketV2:BucketV2::documents-replica"]);
  });

  it("does not let outputs override inputs, and checks copied output values for secrets", () => {
    const prov = {
      urn: "urn:pulumi:s::p::pulumi:providers:aws::default",
      type: "pulumi:providers:aws",
      id: "1",
      inputs: { region: "us-east-1" },
    };
    const snap = readSnapshot(
      exportOf([
        prov,
        {
          urn: "urn:pulumi:s::p::aws:s3/bucketV2:BucketV2::a",
          type: "aws:s3/bucketV2:BucketV2",
          inputs: { region: "us-west-2" },
          outputs: { region: "ap-east-1" },
          provider: `${prov.urn}::1`,
        },
        {
          urn: "urn:pulumi:s::p::aws:s3/bucketV2:BucketV2::b",
          type: "aws:s3/bucketV2:BucketV2",
          inputs: {},
          outputs: { region: { [signatureKey]: secretSignature, ciphertext: "CT" } },
          provider: `${prov.urn}::1`,
        },
      ]),
      "f",
    );
    expect(byName(snap.resources, "a").inputs["region"]).toBe("us-west-2");
    expect(byName(snap.resources, "b").inputs["region"]).toBe(secretPlaceholder);
  });

  it("skips resources pending deletion and keeps dangling provider references typed", () => {
    const snap = readSnapshot(
      exportOf([
        { urn: stackUrn, type: "pulumi:pulumi:Stack" },
        { urn: "urn:pulumi:s::p::alicloud:oss/bucket:Bucket::old", type: "alicloud:oss/bucket:Bucket", delete: true, inputs: {} },
        {
          urn: "urn:pulumi:s::p::alicloud:oss/bucket:Bucket::new",
          type: "alicloud:oss/bucket:Bucket",
          inputs: {},
          provider: "urn:pulumi:s::p::pulumi:providers:alicloud::default_3_0_0::gone",
        },
      ]),
      "f",
    );
    expect(snap.resources.map((r) => r.name)).toEqual(["p-s", "new"]);
    expect(byName(snap.resources, "new").provider).toEqual({
      type: "pulumi:providers:alicloud",
      urn: "urn:pulumi:s::p::pulumi:providers:alicloud::default_3_0_0",
      name: "default_3_0_0",
      inputs: {},
    });
  });

  it("reads file-backend checkpoints and empty stacks", () => {
    const cp = readSnapshot(
      { version: 3, checkpoint: { stack: "s", latest: { resources: [{ urn: stackUrn, type: "pulumi:pulumi:Stack" }] } } },
      "f",
    );
    expect(cp.format).toBe("stack-checkpoint");
    expect(cp.resources).toHaveLength(1);
    expect(readSnapshot({ version: 3, deployment: { manifest: {} } }, "f").resources).toHaveLength(0);
  });

  it("rejects old versions, malformed deployments and resources without urn or type", () => {
    expect(reason(() => readSnapshot(exportOf([], 1), "f"))).toMatch(/stack export version 1 is too old \(need 3 or later/);
    expect(reason(() => readSnapshot({ deployment: {} }, "f"))).toBe("stack export has no deployment version");
    expect(reason(() => readSnapshot({ version: 3, deployment: { resources: {} } }, "f"))).toBe("deployment.resources is not a list");
    expect(reason(() => readSnapshot(exportOf([42]), "f"))).toBe("deployment.resources[0] is not an object");
    expect(reason(() => readSnapshot(exportOf([{ type: "x" }]), "f"))).toBe("deployment.resources[0] has no valid urn");
    expect(reason(() => readSnapshot(exportOf([{ urn: stackUrn }]), "f"))).toBe("deployment.resources[0] has no type");
  });

  it("rejects documents that are neither format", () => {
    expect(reason(() => readSnapshot([], "f"))).toMatch(/top level is a list/);
    expect(reason(() => readSnapshot(null, "f"))).toMatch(/top level is null/);
    expect(reason(() => readSnapshot("x", "f"))).toMatch(/top level is a string/);
    expect(reason(() => readSnapshot({ name: "my-package", version: "1.0.0" }, "f"))).toMatch(/neither a Pulumi stack export/);
  });
});

describe("preview JSON", () => {
  it("reads the mixed-clouds preview: new states, providers with unknown ids resolved by URN", () => {
    const snap = readSnapshot(load("mixed-clouds.preview.json"), "f");
    expect(snap.format).toBe("preview");
    expect(snap.stacks).toEqual(["dev"]);
    const sa = byName(snap.resources, "analyticsdata");
    expect(sa.provider?.inputs["location"]).toBe("chinaeast2");
    expect(sa.inputs["resourceGroupName"]).toBe(unknownString);
    const cos = byName(snap.resources, "media-assets");
    expect(cos.provider?.inputs["region"]).toBe("ap-guangzhou");
    expect(byName(snap.resources, "raw-events").inputs["region"]).toBe("us-east-1");
  });

  it("drops deleted resources, keeps the latest state of replaced ones and rebuilds default providers from config", () => {
    const urn = "urn:pulumi:s::p::aws:s3/bucketV2:BucketV2::b";
    const provider = "urn:pulumi:s::p::pulumi:providers:aws::default_6_0_0::04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    const snap = readSnapshot(
      {
        config: { "aws:region": "ap-east-1", "aws:profile": "[secret]" },
        steps: [
          { op: "create-replacement", urn, newState: { urn, type: "aws:s3/bucketV2:BucketV2", inputs: { bucket: "one" }, provider } },
          { op: "replace", urn, newState: { urn, type: "aws:s3/bucketV2:BucketV2", inputs: { bucket: "two" }, provider } },
          { op: "delete-replaced", urn, oldState: { urn, type: "aws:s3/bucketV2:BucketV2" } },
          { op: "delete", urn: "urn:pulumi:s::p::aws:s3/bucketV2:BucketV2::gone", oldState: {} },
        ],
        changeSummary: { replace: 1, delete: 1 },
      },
      "f",
    );
    expect(snap.resources).toHaveLength(1);
    expect(snap.resources[0]!.inputs["bucket"]).toBe("two");
    expect(snap.resources[0]!.provider?.inputs).toEqual({ region: "ap-east-1", profile: "[secret]" });
  });

  it("accepts a preview without steps and rejects malformed steps", () => {
    expect(readSnapshot({ changeSummary: {} }, "f").resources).toHaveLength(0);
    expect(reason(() => readSnapshot({ steps: [{}] }, "f"))).toBe("steps[0] has no op");
    expect(reason(() => readSnapshot({ steps: [{ op: "create", newState: { type: "x" } }] }, "f"))).toBe("steps[0] has no valid urn");
  });
});
