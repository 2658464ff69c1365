/**
 * Regional host patterns of unrestricted clouds: the region sits in a label
 * of the host, and is then resolved through the region catalog
 * (`locate(family, region)`) to jurisdictions, so
 * `acme.s3.ap-east-1.amazonaws.com` is aws ap-east-1, Hong Kong.
 * Plain data: the matcher lives in `core/endpoints.ts`.
 */
import type { Source } from "../types";

export interface RegionalHostPattern {
  /** Region-table package the region label is resolved against. */
  readonly family: string;
  /** Lower-case DNS suffix, matched on a label boundary. */
  readonly hostSuffix: string;
  /**
   * Where the region is in the (up to two) labels before the suffix:
   * `label` — a whole label, optionally after one of `stripPrefixes`
   * (`s3-ap-east-1`); `label-prefix` — the longest dash-separated prefix of
   * the label that is a region code (`asia-east2-aiplatform`).
   */
  readonly regionIn: "label" | "label-prefix";
  readonly stripPrefixes?: readonly string[];
  readonly note: string;
  readonly source: Source;
}

const checked = "2026-12-06";

export const regionalHostPatterns: readonly RegionalHostPattern[] = [
  {
    family: "aws",
    hostSuffix: "amazonaws.com",
    regionIn: "label",
    stripPrefixes: ["s3-website-", "s3-website.", "s3-"],
    note: "<service>.<region>.amazonaws.com, <bucket>.s3.<region>.amazonaws.com, legacy s3-<region>.amazonaws.com and s3-website-<region>.",
    source: {
      title: "AWS General Reference: service endpoints (<service>.<region>.amazonaws.com); Amazon S3 endpoints",
      url: "https://docs.aws.amazon.com/general/latest/gr/rande.html",
      checked,
    },
  },
  {
    family: "aws",
    hostSuffix: "api.aws",
    regionIn: "label",
    note: "Dual-stack endpoints: <service>.<region>.api.aws.",
    source: {
      title: "AWS General Reference: dual-stack endpoints (<service>.<region>.api.aws)",
      url: "https://docs.aws.amazon.com/general/latest/gr/rande.html#dual-stack-endpoints",
      checked,
    },
  },
  {
    family: "gcp",
    hostSuffix: "googleapis.com",
    regionIn: "label-prefix",
    note: "Regional endpoints: <region>-<service>.googleapis.com (e.g. asia-east2-aiplatform.googleapis.com).",
    source: {
      title: "Google Cloud: regional service endpoints (<region>-<service>.googleapis.com)",
      url: "https://cloud.google.com/vertex-ai/docs/reference/rest",
      checked,
    },
  },
  {
    family: "gcp",
    hostSuffix: "pkg.dev",
    regionIn: "label-prefix",
    note: "Artifact Registry: <region>-docker.pkg.dev, <region>-npm.pkg.dev.",
    source: {
      title: "Artifact Registry: repository and image names (<location>-docker.pkg.dev)",
      url: "https://cloud.google.com/artifact-registry/docs/docker/names",
      checked,
    },
  },
  {
    family: "aws",
    hostSuffix: "on.aws",
    regionIn: "label",
    note: "Lambda function URLs: <url-id>.lambda-url.<region>.on.aws.",
    source: {
      title: "AWS Lambda: function URLs (https://<url-id>.lambda-url.<region>.on.aws)",
      url: "https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html",
      checked,
    },
  },
  {
    family: "aws",
    hostSuffix: "elasticbeanstalk.com",
    regionIn: "label",
    note: "Elastic Beanstalk environments: <cname>.<region>.elasticbeanstalk.com.",
    source: {
      title: "AWS Elastic Beanstalk endpoints and quotas (<cname>.<region>.elasticbeanstalk.com)",
      url: "https://docs.aws.amazon.com/general/latest/gr/elasticbeanstalk.html",
      checked,
    },
  },
  {
    family: "aws",
    hostSuffix: "awsapprunner.com",
    regionIn: "label",
    note: "App Runner service URLs: <id>.<region>.awsapprunner.com.",
    source: {
      title: "AWS App Runner endpoints and quotas (<id>.<region>.awsapprunner.com)",
      url: "https://docs.aws.amazon.com/general/latest/gr/apprunner.html",
      checked,
    },
  },
  {
    family: "gcp",
    hostSuffix: "cloudfunctions.net",
    regionIn: "label-prefix",
    note: "Cloud Functions (1st gen) URLs: <region>-<project>.cloudfunctions.net.",
    source: {
      title: "Cloud Functions: function URLs (https://<region>-<project>.cloudfunctions.net/<function>)",
      url: "https://cloud.google.com/functions/docs/calling/http",
      checked,
    },
  },
  {
    family: "gcp",
    hostSuffix: "run.app",
    regionIn: "label",
    note: "Cloud Run deterministic URLs: <service>-<project-number>.<region>.run.app.",
    source: {
      title: "Cloud Run: service URLs (https://<service>-<project-number>.<region>.run.app)",
      url: "https://cloud.google.com/run/docs/triggering/https-request",
      checked,
    },
  },
  {
    family: "azure",
    hostSuffix: "azmk8s.io",
    regionIn: "label",
    note: "AKS API servers: <dns-prefix>-<hash>.hcp.<region>.azmk8s.io (and privatelink.<region>.azmk8s.io).",
    source: {
      title:
        "AKS: create a private cluster (API server FQDN <prefix>.<guid>.privatelink.<region>.azmk8s.io; public <prefix>-<hash>.hcp.<region>.azmk8s.io)",
      url: "https://learn.microsoft.com/en-us/azure/aks/private-clusters",
      checked,
    },
  },
  {
    family: "azure",
    hostSuffix: "cloudapp.azure.com",
    regionIn: "label",
    note: "Public IP DNS labels: <label>.<region>.cloudapp.azure.com.",
    source: {
      title: "Azure public IP addresses: DNS name label (<label>.<region>.cloudapp.azure.com)",
      url: "https://learn.microsoft.com/en-us/azure/virtual-network/ip-services/public-ip-addresses",
      checked,
    },
  },
  {
    family: "azure",
    hostSuffix: "azurecontainerapps.io",
    regionIn: "label",
    note: "Container Apps: <app>.<env-id>.<region>.azurecontainerapps.io.",
    source: {
      title: "Azure Container Apps: ingress FQDN (<app>.<unique-id>.<region>.azurecontainerapps.io)",
      url: "https://learn.microsoft.com/en-us/azure/container-apps/ingress-overview",
      checked,
    },
  },
  {
    family: "azure",
    hostSuffix: "api.cognitive.microsoft.com",
    regionIn: "label",
    note: "Azure AI services regional endpoints: <region>.api.cognitive.microsoft.com.",
    source: {
      title: "Azure AI services: regional endpoints (https://<region>.api.cognitive.microsoft.com)",
      url: "https://learn.microsoft.com/en-us/azure/ai-services/cognitive-services-custom-subdomains",
      checked,
    },
  },
  {
    family: "aws",
    hostSuffix: "amazoncognito.com",
    regionIn: "label",
    note: "Cognito hosted UI domains: <prefix>.auth.<region>.amazoncognito.com.",
    source: {
      title: "Amazon Cognito: using the Amazon Cognito domain (<prefix>.auth.<region>.amazoncognito.com)",
      url: "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-assign-domain-prefix.html",
      checked,
    },
  },
  {
    family: "azure",
    hostSuffix: "azurecontainer.io",
    regionIn: "label",
    note: "Container Instances DNS labels: <label>.<region>.azurecontainer.io.",
    source: {
      title: "Azure Container Instances: container group FQDN (<dns-label>.<region>.azurecontainer.io)",
      url: "https://learn.microsoft.com/en-us/azure/container-instances/container-instances-quickstart",
      checked,
    },
  },
  {
    family: "azure",
    hostSuffix: "batch.azure.com",
    regionIn: "label",
    note: "Batch account endpoints: <account>.<region>.batch.azure.com.",
    source: {
      title: "Azure Batch: account endpoint (https://<account>.<region>.batch.azure.com)",
      url: "https://learn.microsoft.com/en-us/azure/batch/batch-account-create-portal",
      checked,
    },
  },
  {
    family: "azure",
    hostSuffix: "kusto.windows.net",
    regionIn: "label",
    note: "Azure Data Explorer cluster URIs: <cluster>.<region>.kusto.windows.net.",
    source: {
      title: "Azure Data Explorer: cluster URI (https://<cluster>.<region>.kusto.windows.net)",
      url: "https://learn.microsoft.com/en-us/azure/data-explorer/create-cluster-and-database",
      checked,
    },
  },
  {
    family: "azure",
    hostSuffix: "inference.ml.azure.com",
    regionIn: "label",
    note: "Azure Machine Learning online endpoints: <endpoint>.<region>.inference.ml.azure.com.",
    source: {
      title: "Azure Machine Learning: online endpoints scoring URI (https://<endpoint>.<region>.inference.ml.azure.com/score)",
      url: "https://learn.microsoft.com/en-us/azure/machine-learning/concept-endpoints-online",
      checked,
    },
  },
];
