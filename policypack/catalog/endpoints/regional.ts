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
];
