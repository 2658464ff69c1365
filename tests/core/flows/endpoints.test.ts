import { flows, res, usPerson } from "../../support/flow-views";

describe("endpoint edges", () => {
  it("an endpoint host of a restricted vendor or in a restricted jurisdiction, once per host", () => {
    const fn = (...hosts: string[]) => res("aws:lambda/function:Function", "fn", { tags: usPerson, environment: { variables: Object.fromEntries(hosts.map((h, i) => [`H${i}`, h])) } });
    const found = flows([fn("https://acme.oss-cn-hangzhou.aliyuncs.com/x", "https://acme.oss-cn-hangzhou.aliyuncs.com/y")]);
    expect(found.map((f) => [f.destination?.via.split(":")[0], f.destination?.package, f.blocking])).toEqual([["endpoint", "alicloud", true]]);
    expect(flows([fn("https://api.example.com/v1", "https://s3.us-east-1.amazonaws.com/b")])).toEqual([]);
  });
});
