/** Builders of realistic ResourceViews for core tests. */
import type { ProviderView, ResourceView } from "../../policypack/core/types";

export const fixedNow = new Date("2026-11-28T12:00:00Z");
export const clock = (): Date => fixedNow;
export const clockAt = (iso: string) => (): Date => new Date(iso);

export function defaultProvider(pkg: string, inputs: Record<string, unknown>, stack = "prod", project = "shop"): ProviderView {
  return {
    type: `pulumi:providers:${pkg}`,
    urn: `urn:pulumi:${stack}::${project}::pulumi:providers:${pkg}::default_1_0_0`,
    name: "default_1_0_0",
    inputs,
  };
}

export function explicitProvider(
  pkg: string,
  name: string,
  inputs: Record<string, unknown>,
  stack = "prod",
  project = "shop",
): ProviderView {
  return { type: `pulumi:providers:${pkg}`, urn: `urn:pulumi:${stack}::${project}::pulumi:providers:${pkg}::${name}`, name, inputs };
}

export function resource(
  type: string,
  name: string,
  inputs: Record<string, unknown>,
  provider?: ProviderView,
  stack = "prod",
  project = "shop",
): ResourceView {
  return { type, name, urn: `urn:pulumi:${stack}::${project}::${type}::${name}`, inputs, provider };
}

export function providerResource(p: ProviderView): ResourceView {
  return { type: p.type, urn: p.urn, name: p.name, inputs: p.inputs };
}
