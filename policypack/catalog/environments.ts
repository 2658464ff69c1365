/**
 * Sovereign-cloud environments set on a provider: they place everything the
 * provider creates, whatever region name is used.
 */
import type { Source } from "./types";

export interface EnvironmentSignal {
  /** Provider package. */
  readonly package: string;
  /** Provider property holding the environment. */
  readonly key: string;
  /** Lower-case value that selects the sovereign cloud. */
  readonly value: string;
  readonly jurisdiction: string;
  readonly source: Source;
}

const azureEnvironments: Source = {
  title: "Pulumi Azure Native / Azure Classic provider configuration: environment (public, usgovernment, china)",
  url: "https://www.pulumi.com/registry/packages/azure-native/installation-configuration/",
  checked: "2026-11-28",
};

export const environmentSignals: readonly EnvironmentSignal[] = [
  { package: "azure", key: "environment", value: "china", jurisdiction: "CN", source: azureEnvironments },
  { package: "azure-native", key: "environment", value: "china", jurisdiction: "CN", source: azureEnvironments },
  { package: "azure", key: "environment", value: "usgovernment", jurisdiction: "US", source: azureEnvironments },
  { package: "azure-native", key: "environment", value: "usgovernment", jurisdiction: "US", source: azureEnvironments },
];
