/** AWS Backup copy actions: a plan's rules copy recovery points to another vault. */
import { own } from "../props";
import { isUnknown } from "../unknown";
import { items } from "./readers";
import { unknownEdge } from "./shared";
import type { Edge, FlowModule } from "./types";

const mechanism = "AWS Backup copy action";

export const backupCopies: FlowModule = {
  name: "backup-copies",
  entries: [
    {
      mechanism,
      types: ["aws:backup/plan:Plan"],
      citation: "https://www.pulumi.com/registry/packages/aws/api-docs/backup/plan/",
      // The destination is the vault of each copy action, by ARN or in the stack.
      read: (r, cx) => {
        const edges: Edge[] = [];
        for (const key of ["rules", "rule"]) {
          if (isUnknown(own(r.inputs, key))) edges.push(unknownEdge(mechanism, `input:${key}`));
          items(own(r.inputs, key)).forEach((rule, i) => {
            if (isUnknown(own(rule, "copyActions"))) edges.push(unknownEdge(mechanism, `input:${key}[${i}].copyActions`));
            items(own(rule, "copyActions")).forEach((ca, j) => {
              const path = `input:${key}[${i}].copyActions[${j}].destinationVaultArn`;
              const ref = cx.resolveRef(r, key, own(ca, "destinationVaultArn"), [], ["aws:backup/vault:Vault"]);
              const dest = cx.destFromRef(ref, path);
              if (dest === "unknown") edges.push(unknownEdge(mechanism, path));
              else if (dest) edges.push({ mechanism, path, dest });
            });
          });
        }
        return { edges, handled: ["rules", "rule"] };
      },
    },
  ],
};
