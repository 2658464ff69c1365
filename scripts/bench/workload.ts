/** Realistic mixed resources for the benchmarks, in the engine's shape (harness ResourceInput) and the core's (ResourceView). */
import { defaultProvider, resource, type ProviderInput, type ResourceInput } from "../../tests/protocol/harness";

const providers: Record<string, ProviderInput> = {
  aws: defaultProvider("aws", { region: "us-east-1", defaultTags: { tags: { team: "platform" } } }, "6.83.0"),
  awsHk: defaultProvider("aws", { region: "ap-east-1" }, "6.83.0"),
  alicloud: defaultProvider("alicloud", { region: "us-west-1" }, "3.108.0"),
  azure: defaultProvider("azure-native", { location: "eastus" }, "2.90.0"),
  gcp: defaultProvider("gcp", { project: "acme-prod", region: "us-central1" }, "8.40.0"),
};

/** The i-th resource of a mixed stack: mostly compliant AWS/Azure/GCP, some Alibaba Cloud and Hong Kong. */
export function mixedResource(i: number): ResourceInput {
  const tags = { "data-classification": i % 3 === 0 ? "us-person" : "internal", owner: "team-" + (i % 17), env: "prod" };
  switch (i % 10) {
    case 0:
    case 1:
      return resource("aws:s3/bucketV2:BucketV2", `bucket-${i}`, { bucket: `acme-data-${i}`, forceDestroy: false, tags }, providers["aws"]);
    case 2:
      return resource(
        "aws:ec2/instance:Instance",
        `vm-${i}`,
        {
          ami: "ami-0abcdef1234567890",
          instanceType: "t3.large",
          availabilityZone: "us-east-1b",
          subnetId: "subnet-123",
          tags,
          userData: "#!/bin/bash\necho hi",
        },
        providers["aws"],
      );
    case 3:
      return resource(
        "aws:lambda/function:Function",
        `fn-${i}`,
        {
          runtime: "nodejs20.x",
          handler: "index.handler",
          role: "arn:aws:iam::123456789012:role/fn",
          environment: { variables: { TABLE: `t-${i}`, STAGE: "prod" } },
          tags,
        },
        providers["aws"],
      );
    case 4:
      return resource(
        "azure-native:storage:StorageAccount",
        `sa${i}`,
        { resourceGroupName: "rg-prod", location: "eastus", kind: "StorageV2", sku: { name: "Standard_LRS" }, tags },
        providers["azure"],
      );
    case 5:
      return resource(
        "gcp:storage/bucket:Bucket",
        `gcs-${i}`,
        { name: `acme-gcs-${i}`, location: "US", uniformBucketLevelAccess: true, labels: { env: "prod" } },
        providers["gcp"],
      );
    case 6:
      return resource(
        "gcp:compute/instance:Instance",
        `gce-${i}`,
        {
          machineType: "e2-standard-4",
          zone: "us-central1-a",
          bootDisk: { initializeParams: { image: "debian-12" } },
          networkInterfaces: [{ network: "default" }],
        },
        providers["gcp"],
      );
    case 7:
      return resource("alicloud:oss/bucket:Bucket", `oss-${i}`, { bucket: `acme-oss-${i}`, acl: "private", tags }, providers["alicloud"]);
    case 8:
      return resource("aws:s3/bucketV2:BucketV2", `hk-${i}`, { bucket: `acme-hk-${i}`, tags }, providers["awsHk"]);
    default:
      return resource(
        "aws:iam/role:Role",
        `role-${i}`,
        { assumeRolePolicy: JSON.stringify({ Version: "2012-10-17", Statement: [] }), tags },
        providers["aws"],
      );
  }
}

/** n resources; `from` shifts the index, so stacks with different `from` share no URN. */
export function mixedStack(n: number, from = 0): ResourceInput[] {
  return Array.from({ length: n }, (_, i) => mixedResource(from + i));
}
