/**
 * Terraform-module children (`<module>:tf:<tf_type>`, from `pulumi package
 * add terraform-module`) are created through the module package's provider
 * (`pulumi:providers:<module>`), which carries each Terraform provider's
 * configuration nested under the provider's name — `aws: {region: …}`,
 * an object or, as SDKs send object-typed provider inputs, a JSON string
 * (the `terraformConfig()` of a Pulumi provider). A child reads the nested
 * configuration of the provider its Terraform type names, as a resource of
 * that provider reads its provider's inputs. Pure.
 */
import { familyOfPackage, packageOfType } from "../catalog";
import { isRecord, own, type Props } from "./props";
import type { ResourceView } from "./types";
import { isUnknown } from "./unknown";

const marker = ":tf:";
/** Longest JSON-encoded nested configuration read. */
const maxConfigBytes = 64 * 1024;

/** The Terraform provider name of a Terraform-module child ("s3mod:tf:aws_s3_bucket" → "aws"), else undefined. */
export function terraformProviderOf(type: string): { module: string; provider: string } | undefined {
  const colon = type.indexOf(":");
  if (colon <= 0 || !type.startsWith(marker, colon)) return undefined;
  const tfType = type.slice(colon + marker.length);
  const us = tfType.indexOf("_");
  return us > 0 ? { module: type.slice(0, colon), provider: tfType.slice(0, us) } : undefined;
}

function parseObject(s: string): Props | undefined {
  if (s.length > maxConfigBytes || !s.trimStart().startsWith("{")) return undefined;
  try {
    const v: unknown = JSON.parse(s);
    return isRecord(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The provider configuration `resource` is placed by: for a Terraform-module
 * child whose provider is its module's, the nested configuration of its
 * Terraform provider (unknown at preview: its region keys unknown); else its
 * provider's inputs.
 */
export function providerInputsOf(resource: ResourceView): Props | undefined {
  const p = resource.provider;
  if (!p) return undefined;
  const tf = terraformProviderOf(resource.type);
  if (!tf || packageOfType(p.type) !== tf.module) return p.inputs;
  const nested = own(p.inputs, tf.provider);
  if (isUnknown(nested)) {
    const keys = familyOfPackage(packageOfType(resource.type))?.providerRegionKeys ?? ["region"];
    return Object.fromEntries(keys.map((k) => [k, nested]));
  }
  const config = typeof nested === "string" ? parseObject(nested) : isRecord(nested) ? nested : undefined;
  return config ?? p.inputs;
}
