import { referenceKinds } from "../../../policypack/core/flows/references";
import { acct, awsHk, flows, res, usPerson } from "../../support/flow-views";

const brief = (fs: ReturnType<typeof flows>) =>
  fs.map((f) => [f.name, f.destination?.via.split(":")[0], f.destination?.urn?.split("::").pop() ?? f.destination?.region]);

describe("reference edges (what no mechanism handled)", () => {
  it("looks plain values up by Azure id and GCP network besides URN, ARN and id", () => {
    expect([...referenceKinds].sort()).toEqual(["azure", "gcp-network"]);
  });

  it("a value naming a restricted resource by id, ARN or URN; an ARN placing one outside the stack", () => {
    const queue = res(
      "aws:sqs/queue:Queue",
      "q-hk",
      { name: "q", arn: `arn:aws:sqs:ap-east-1:${acct}:q` },
      { provider: awsHk, id: "https://sqs.ap-east-1.amazonaws.com/q" },
    );
    const fn = (v: string) => res("aws:lambda/function:Function", "fn", { tags: usPerson, environment: { variables: { QUEUE: v } } });
    expect(brief(flows([queue, fn(queue.urn)]))).toEqual([["fn", "reference", "q-hk"]]);
    expect(brief(flows([queue, fn(`arn:aws:sqs:ap-east-1:${acct}:q`)]))).toEqual([["fn", "reference", "q-hk"]]);
    expect(brief(flows([fn(`arn:aws:sqs:ap-east-1:${acct}:other`)]))).toEqual([["fn", "reference", "ap-east-1"]]);
    expect(flows([fn(`arn:aws:sqs:us-west-2:${acct}:other`)])).toEqual([]);
  });

  it("property dependencies always, plain dependencies only without a mechanism's flow", () => {
    const queue = res("aws:sqs/queue:Queue", "q-hk", { name: "q" }, { provider: awsHk });
    const fn = res(
      "aws:lambda/function:Function",
      "fn",
      { tags: usPerson, role: "r" },
      { propDeps: { role: [queue.urn] }, deps: [queue.urn] },
    );
    expect(brief(flows([queue, fn]))).toEqual([["fn", "reference", "q-hk"]]);
    const dep = res("aws:lambda/function:Function", "fn", { tags: usPerson }, { deps: [queue.urn] });
    expect(brief(flows([queue, dep]))).toEqual([["fn", "dependency", "q-hk"]]);
  });

  it("ignores tags and values of the keys a mechanism handled", () => {
    const queue = res("aws:sqs/queue:Queue", "q-hk", { name: "q" }, { provider: awsHk, id: "q-hk-id-1" });
    expect(flows([queue, res("aws:lambda/function:Function", "fn", { tags: { ...usPerson, peer: "q-hk-id-1" } })])).toEqual([]);
  });
});
