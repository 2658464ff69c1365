/** Shared types of the string decoders. Pure data: no logic. */

/** How a host was found. */
export type DecodedVia = "url" | "text" | "json" | "kubeconfig" | "connection-string" | "command";

/** One host found in a property tree. */
export interface HostHit<T> {
  /** Lower-case host; `<secret>` when the value it came from was secret. */
  readonly host: string;
  /** Property path, e.g. `endpoints[0].s3` or `create`; JSON-in-string paths continue the string's path. */
  readonly path: string;
  readonly via: DecodedVia;
  /** True when the source value was marked secret: never print the host then. */
  readonly secret: boolean;
  /** What the classifier said about the host. */
  readonly info: T;
}

/** Work bounds of one search: bytes examined and nesting depths. */
export interface DecodeBounds {
  /** Total string bytes (UTF-16 units) examined per search. */
  readonly maxBytes: number;
  /** Object/array nesting depth. */
  readonly maxDepth: number;
  /** JSON documents nested in strings. */
  readonly maxJsonDepth: number;
}

/** Says whether a host matters (and what it is); undefined means "ignore". */
export type HostClassifier<T> = (host: string) => T | undefined;

/** Text printed instead of a host taken from a secret value. */
export const secretHost = "<secret>";
