// Real SDK classes, previewed by the real CLI (tests/e2e/real-sdks.test.ts).
// Each block is what a user writes; the comments say what the SDK sends.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as azure from "@pulumi/azure-native";
import * as k8s from "@pulumi/kubernetes";

const config = new pulumi.Config();

// --- aws: an explicit provider whose S3/STS endpoints are in the China
// partition (amazonaws.com.cn). The aws SDK JSON-encodes the `endpoints` list
// into the provider's config: the pack sees a string like
// '[{"s3":"https://s3.cn-north-1.amazonaws.com.cn",...}]'.
const cnEndpoints = new aws.Provider("aws-cn-endpoints", {
  region: "us-east-1",
  endpoints: [
    {
      s3: "https://s3.cn-north-1.amazonaws.com.cn",
      sts: "https://sts.cn-north-1.amazonaws.com.cn",
    },
  ],
  skipCredentialsValidation: true,
  skipRequestingAccountId: true,
});
new aws.s3.Bucket("cn-endpoint-bucket", {}, { provider: cnEndpoints });

// --- aws: an explicit provider in ap-east-1 (Hong Kong).
const hk = new aws.Provider("aws-hk", { region: "ap-east-1", skipCredentialsValidation: true, skipRequestingAccountId: true });
new aws.s3.Bucket("hk-bucket", {}, { provider: hk });

// --- aws: a U.S. provider and bucket: clean.
const us = new aws.Provider("aws-us", { region: "us-east-1", skipCredentialsValidation: true, skipRequestingAccountId: true });
new aws.s3.Bucket("us-bucket", {}, { provider: us });

// --- kubernetes: a provider whose kubeconfig (a JSON-encoded document, as
// stack outputs / config carry it) names an Alibaba Cloud ACK cluster's API
// server, and a Deployment through it.
const ackServer = config.get("ackServer") ?? "https://c3f1a2b4d5e6f7a8b9c0d1e2f3a4b5c6d.cn-hangzhou.cs.aliyuncs.com:6443";
const kubeconfig = JSON.stringify({
  apiVersion: "v1",
  kind: "Config",
  clusters: [{ name: "ack-prod", cluster: { server: ackServer, "insecure-skip-tls-verify": true } }],
  contexts: [{ name: "ack-prod", context: { cluster: "ack-prod", user: "ack-admin" } }],
  "current-context": "ack-prod",
  users: [{ name: "ack-admin", user: { token: "placeholder-token" } }],
});
const ack = new k8s.Provider("ack", { kubeconfig });
new k8s.apps.v1.Deployment(
  "web",
  {
    metadata: { name: "web" },
    spec: {
      selector: { matchLabels: { app: "web" } },
      replicas: 1,
      template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "nginx:1.27" }] } },
    },
  },
  { provider: ack },
);

// --- azure-native: geo-redundant storage (Standard_GRS). Azure replicates
// GRS accounts to the region's pair: eastus -> westus (fine),
// southeastasia -> eastasia (Hong Kong).
const rgUs = new azure.resources.ResourceGroup("rg-us", { location: "eastus" });
new azure.storage.StorageAccount("grsus", {
  resourceGroupName: rgUs.name,
  location: "eastus",
  kind: azure.storage.Kind.StorageV2,
  sku: { name: azure.storage.SkuName.Standard_GRS },
});
const rgSea = new azure.resources.ResourceGroup("rg-sea", { location: "eastus" });
new azure.storage.StorageAccount("grssea", {
  resourceGroupName: rgSea.name,
  location: "southeastasia",
  kind: azure.storage.Kind.StorageV2,
  sku: { name: azure.storage.SkuName.Standard_GRS },
});
