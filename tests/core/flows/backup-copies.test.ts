import { backupCopies } from "../../../policypack/core/flows/backup-copies";
import { unknownString } from "../../../policypack/core/unknown";
import { acct, awsHk, describeModule, flows, of, res, usPerson } from "../../support/flow-views";

const mechanism = "AWS Backup copy action";

describeModule(backupCopies, {
  "aws:backup/plan:Plan": () => {
    const vaultArn = `arn:aws:backup:ap-east-1:${acct}:backup-vault:hk`;
    const vault = res("aws:backup/vault:Vault", "hk", { name: "hk", arn: vaultArn }, { provider: awsHk });
    const plan = (dest: unknown, key = "rules") =>
      res("aws:backup/plan:Plan", "nightly", { tags: usPerson, [key]: [{ ruleName: "n", copyActions: [{ destinationVaultArn: dest }] }] });
    expect(of(mechanism, flows([vault, plan(vaultArn)]))).toEqual([{ source: "nightly", dest: "hk", region: "ap-east-1", blocking: true }]);
    expect(of(mechanism, flows([plan(vaultArn, "rule")]))).toEqual([{ source: "nightly", region: "ap-east-1", blocking: true }]);
    expect(flows([plan(`arn:aws:backup:us-west-2:${acct}:backup-vault:dr`)])).toEqual([]);
    expect(of(mechanism, flows([plan(unknownString)], { unknownRegion: "violation" }))).toEqual([{ source: "nightly", blocking: true }]);
  },
});
