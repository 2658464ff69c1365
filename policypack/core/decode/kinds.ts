/**
 * What kind of text a string is, for the report only (every string is
 * scanned for URLs and bare hosts whatever its kind): connection strings
 * (JDBC, ADO.NET, `mongodb+srv://`, `postgres://`, `redis://`…) and shell
 * commands or dynamic-provider code (by the property that holds them).
 */
import type { DecodedVia } from "./types";

const connectionSchemes = [
  "jdbc:",
  "mongodb:",
  "mongodb+srv:",
  "postgres:",
  "postgresql:",
  "mysql:",
  "redis:",
  "rediss:",
  "amqp:",
  "amqps:",
  "sqlserver:",
  "mssql:",
  "oracle:",
  "clickhouse:",
  "kafka:",
];
const adoKeys = ["server=", "data source=", "host=", "address=", "addr=", "network address="];
/** Properties of `command:*` and dynamic-provider resources that hold code or commands. */
const commandKeys: ReadonlySet<string> = new Set([
  "create",
  "update",
  "delete",
  "read",
  "__provider",
  "command",
  "commands",
  "script",
  "userData",
  "user_data",
  "args",
  "interpreter",
]);

export function kindOf(s: string, key: string | number | undefined, hasUrl: boolean): DecodedVia {
  if (typeof key === "string" && commandKeys.has(key)) return "command";
  const head = s.length > 64 ? s.slice(0, 64).toLowerCase() : s.toLowerCase();
  const t = head.trimStart();
  for (const p of connectionSchemes) if (t.startsWith(p)) return "connection-string";
  if (head.indexOf(";") >= 0 || head.indexOf("=") >= 0) {
    for (const k of adoKeys)
      if (head.startsWith(k) || head.indexOf(`;${k}`) >= 0 || head.indexOf(`; ${k}`) >= 0) return "connection-string";
  }
  return hasUrl ? "url" : "text";
}
