/**
 * What the flow analysis does with a resource of a given type: everything
 * `add` and `finish` decide from the type token alone, worked out once per
 * type of the stack instead of once per resource (a stack of 100,000
 * resources has a few dozen types, and neighbours mostly share one).
 */
import { isProviderType, packageOfType } from "../../catalog";
import type { Determination } from "../model";
import type { Registry } from "./registry";
import type { FlowEntry } from "./types";

const controlPlanePrefixes = [
  "aws:iam/",
  "azure-native:authorization:",
  "azuread:",
  "gcp:projects/",
  "gcp:serviceaccount/",
  "gcp:organizations/",
];

/** Identity and access types: their values name principals and policies, not places data goes. */
export function isControlPlane(type: string): boolean {
  return controlPlanePrefixes.some((p) => type.startsWith(p));
}

/** The engine's own types and provider resources: never a source or destination of a flow. */
export function outsideFlows(type: string): boolean {
  return type.startsWith("pulumi:") || isProviderType(type);
}

export interface TypeRole {
  /** `outsideFlows`. */
  readonly outside: boolean;
  /** Of the azure-native package, whose resources may take their resource group's location. */
  readonly azureNative: boolean;
  /** Of a package the determination restricts: restricted-provider covers it, and its references are not read. */
  readonly covered: boolean;
  /** Read by a post-pass alone (`Registry.exclusive`). */
  readonly exclusive: boolean;
  /** Collected for a post-pass (`Registry.collected`). */
  readonly collected: boolean;
  readonly controlPlane: boolean;
  /** In `Registry.typesWithOwnAnalysis`, and the top-level keys listed there. */
  readonly analysed: boolean;
  readonly analysedKeys: readonly string[] | undefined;
  /** The mechanism reader of the type (`Registry.readers`). */
  readonly reader: FlowEntry | undefined;
}

/** The roles of one analysis's types: a pure function of the type, the registry and the determination. */
export class TypeRoles {
  private readonly roles = new Map<string, TypeRole>();
  private lastType = "";
  private last: TypeRole | undefined;

  constructor(
    private readonly registry: Registry,
    private readonly det: Determination,
  ) {}

  of(type: string): TypeRole {
    if (type === this.lastType && this.last !== undefined) return this.last;
    let role = this.roles.get(type);
    if (role === undefined) {
      const pkg = packageOfType(type);
      const r = this.registry;
      role = {
        outside: outsideFlows(type),
        azureNative: pkg === "azure-native",
        covered: this.det.providers.has(pkg),
        exclusive: r.exclusive.has(type),
        collected: r.collected.has(type),
        controlPlane: isControlPlane(type),
        analysed: r.typesWithOwnAnalysis.has(type),
        analysedKeys: r.typesWithOwnAnalysis.get(type),
        reader: r.readers.get(type),
      };
      this.roles.set(type, role);
    }
    this.lastType = type;
    this.last = role;
    return role;
  }
}
