import type { StackValidationPolicy } from "@pulumi/policy";
import { PolicySettings, reportFindings } from "./adapter";
import type { PolicyContext } from "./context";
import { commonTags, docsUrl, engineConfigSchema, frameworkOf } from "./metadata";
import { findFlows, stackViews } from "./stack-policy";

const name = "restricted-data-flow";

/** Blocks in-scope data that is replicated, copied, backed up or peered into a restricted provider or jurisdiction. */
export function restrictedDataFlow(ctx: PolicyContext): StackValidationPolicy {
  const settings = new PolicySettings(name, ctx.defaults);
  return {
    name,
    displayName: "Restricted data flow",
    description:
      "Reports in-scope data that is replicated, copied, backed up, peered or sent to an endpoint in a restricted provider or jurisdiction, such as an S3 bucket in us-east-1 replicating into Hong Kong.",
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
      "Point the replication, backup copy, peering or endpoint at a destination outside the restricted jurisdictions and providers, or remove it. Exempt it only with an approved, time-boxed exemption.",
    url: docsUrl(name),
    framework: frameworkOf(ctx.framework),
    tags: [...commonTags, "data-flow", "replication"],
    configSchema: engineConfigSchema(name),
    validateStack: (args, reportViolation) => {
      const s = settings.get(args.getConfig(), ctx.clock);
      const findings = findFlows(stackViews(args), s, ctx.clock);
      ctx.ledger.recordFlows(findings);
      reportFindings(name, findings, reportViolation, true);
    },
  };
}
