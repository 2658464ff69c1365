/**
 * Global resources: types that belong to no region (identity, DNS, CDN,
 * organisation structure), and location values that mean "global". They get
 * no region finding, and an absent region is not a gap for them. One entry
 * per service, matched on the type token: `token` exactly, or every token
 * starting with `prefix`; `except` names regional types under a global prefix.
 * Plain data: the lookup lives in `catalog/index.ts`.
 */
import type { Source } from "./types";

export interface GlobalTypeEntry {
  /** Exact type token, or a prefix when it ends with "*" (e.g. "aws:iam/*"). */
  readonly pattern: string;
  /** Type-token prefixes under `pattern` that are regional after all. */
  readonly except?: readonly string[];
  readonly note: string;
  readonly source: Source;
}

const checked = "2026-12-06";

const awsGlobal: Source = {
  title: "AWS General Reference: global services (IAM, Route 53, CloudFront, Organizations, Shield, WAF Classic)",
  url: "https://docs.aws.amazon.com/general/latest/gr/rande.html",
  checked,
};
const azureGlobal: Source = {
  title: "Azure: products available by region — non-regional services (Front Door, Traffic Manager, DNS, CDN, Entra ID)",
  url: "https://learn.microsoft.com/en-us/azure/reliability/regions-list",
  checked,
};
const gcpGlobal: Source = {
  title: "Google Cloud: global, regional, and zonal resources",
  url: "https://cloud.google.com/compute/docs/regions-zones/global-regional-zonal-resources",
  checked,
};

export const globalTypes: readonly GlobalTypeEntry[] = [
  { pattern: "aws:iam/*", note: "IAM is a global service.", source: awsGlobal },
  {
    pattern: "aws:route53/*",
    except: ["aws:route53/resolver"],
    note: "Route 53 hosted zones, records and health checks are global (Resolver is regional).",
    source: awsGlobal,
  },
  { pattern: "aws:cloudfront/*", note: "CloudFront distributions and their policies are global.", source: awsGlobal },
  { pattern: "aws:organizations/*", note: "AWS Organizations is global.", source: awsGlobal },
  { pattern: "aws:waf/*", note: "WAF Classic (global, for CloudFront); wafregional and wafv2 are separate modules.", source: awsGlobal },
  { pattern: "aws:shield/*", note: "Shield Advanced protections are account-wide.", source: awsGlobal },
  { pattern: "aws:globalaccelerator/*", note: "Global Accelerator is global.", source: awsGlobal },
  { pattern: "aws:budgets/*", note: "AWS Budgets are account-wide.", source: awsGlobal },
  { pattern: "aws-native:iam:*", note: "IAM is a global service.", source: awsGlobal },
  { pattern: "aws-native:route53:*", note: "Route 53 hosted zones and records are global.", source: awsGlobal },
  { pattern: "aws-native:cloudfront:*", note: "CloudFront is global.", source: awsGlobal },
  { pattern: "aws-native:organizations:*", note: "AWS Organizations is global.", source: awsGlobal },
  { pattern: "azure-native:authorization:*", note: "Role assignments, role and policy definitions are not regional.", source: azureGlobal },
  { pattern: "azure-native:management:*", note: "Management groups are not regional.", source: azureGlobal },
  { pattern: "azure-native:subscription:*", note: "Subscriptions and aliases are not regional.", source: azureGlobal },
  { pattern: "azure-native:dns:*", note: "Public DNS zones and records live in location 'global'.", source: azureGlobal },
  {
    pattern: "azure-native:privatedns:*",
    note: "Private DNS zones, records and virtual network links live in location 'global'.",
    source: azureGlobal,
  },
  { pattern: "azure-native:network:PrivateZone", note: "Private DNS zones live in location 'global'.", source: azureGlobal },
  { pattern: "azure-native:network:PrivateRecordSet", note: "Private DNS records live in location 'global'.", source: azureGlobal },
  { pattern: "azure:privatedns/*", note: "Private DNS zones, records and links live in location 'global'.", source: azureGlobal },
  { pattern: "azure-native:cdn:*", note: "CDN and Front Door Standard/Premium profiles live in location 'global'.", source: azureGlobal },
  { pattern: "azure-native:network:FrontDoor", note: "Front Door (classic) lives in location 'global'.", source: azureGlobal },
  {
    pattern: "azure-native:network:TrafficManagerProfile",
    note: "Traffic Manager profiles live in location 'global'.",
    source: azureGlobal,
  },
  { pattern: "azure:authorization/*", note: "Role assignments and definitions are not regional.", source: azureGlobal },
  { pattern: "azure:dns/*", note: "Public DNS zones live in location 'global'.", source: azureGlobal },
  { pattern: "azure:policy/*", note: "Policy definitions and assignments are not regional.", source: azureGlobal },
  { pattern: "azure:management/*", note: "Management groups are not regional.", source: azureGlobal },
  { pattern: "gcp:projects/*", note: "Projects, IAM bindings and services of a project are global.", source: gcpGlobal },
  { pattern: "gcp:organizations/*", note: "Organisations, folders and their IAM are global.", source: gcpGlobal },
  { pattern: "gcp:folder/*", note: "Folders are global.", source: gcpGlobal },
  { pattern: "gcp:serviceaccount/*", note: "Service accounts and keys are global.", source: gcpGlobal },
  { pattern: "gcp:dns/*", note: "Cloud DNS managed zones and records are global.", source: gcpGlobal },
  { pattern: "gcp:billing/*", note: "Billing accounts and budgets are global.", source: gcpGlobal },
  { pattern: "gcp:compute/network:Network", note: "VPC networks are global resources.", source: gcpGlobal },
  { pattern: "gcp:compute/firewall:Firewall", note: "Firewall rules are global resources.", source: gcpGlobal },
  { pattern: "gcp:compute/route:Route", note: "Routes are global resources.", source: gcpGlobal },
  { pattern: "gcp:compute/globalAddress:GlobalAddress", note: "Global addresses.", source: gcpGlobal },
  { pattern: "gcp:compute/globalForwardingRule:GlobalForwardingRule", note: "Global forwarding rules.", source: gcpGlobal },
  {
    pattern: "gcp:compute/healthCheck:HealthCheck",
    note: "Health checks are global (regional ones are RegionHealthCheck).",
    source: gcpGlobal,
  },
  { pattern: "gcp:compute/urlMap:URLMap", note: "URL maps are global (regional ones are RegionUrlMap).", source: gcpGlobal },
  { pattern: "gcp:compute/targetHttpProxy:TargetHttpProxy", note: "Target proxies are global.", source: gcpGlobal },
  { pattern: "gcp:compute/targetHttpsProxy:TargetHttpsProxy", note: "Target proxies are global.", source: gcpGlobal },
  {
    pattern: "gcp:compute/sslCertificate:SSLCertificate",
    note: "SSL certificates are global (regional ones are RegionSslCertificate).",
    source: gcpGlobal,
  },
  {
    pattern: "gcp:compute/backendService:BackendService",
    note: "Backend services are global (regional ones are RegionBackendService).",
    source: gcpGlobal,
  },
  { pattern: "gcp:compute/backendBucket:BackendBucket", note: "Backend buckets are global.", source: gcpGlobal },
  { pattern: "gcp:compute/securityPolicy:SecurityPolicy", note: "Cloud Armor security policies are global.", source: gcpGlobal },
  { pattern: "gcp:compute/projectMetadata:ProjectMetadata", note: "Project metadata is global.", source: gcpGlobal },
  { pattern: "gcp:monitoring/*", note: "Cloud Monitoring alert policies, channels and uptime checks are global.", source: gcpGlobal },
];

/** Location values (lower case) that mean "not regional": Azure's `global` location. */
export const globalLocations: readonly { readonly value: string; readonly note: string; readonly source: Source }[] = [
  { value: "global", note: "Azure and GCP use the location 'global' for non-regional resources.", source: azureGlobal },
];
