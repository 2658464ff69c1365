import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";

// Customer records of U.S. persons on Alibaba Cloud: what the pack must find.
// No data-source invokes (getZones, getImages …): they call the cloud API, and
// the end-to-end tests preview offline.
const config = new pulumi.Config();
const zoneId = config.require("zoneId");
const tagged = config.getBoolean("tagged") ?? true;
const tags: Record<string, string> = tagged
  ? { "data-classification": "us-person", owner: "customer-platform" }
  : { owner: "customer-platform" };

const bucket = new alicloud.oss.Bucket("customer-data", {
  bucket: `customer-data-${pulumi.getStack()}`,
  acl: "private",
  tags,
});

const vpc = new alicloud.vpc.Network("customer-vpc", { vpcName: "customer-vpc", cidrBlock: "10.20.0.0/16", tags });
const vswitch = new alicloud.vpc.Switch("customer-vswitch", {
  vpcId: vpc.id,
  cidrBlock: "10.20.1.0/24",
  zoneId,
  vswitchName: "customer-vswitch",
  tags,
});

const securityGroup = new alicloud.ecs.SecurityGroup("app-sg", { vpcId: vpc.id, securityGroupName: "app-sg", tags });

const app = new alicloud.ecs.Instance("app", {
  instanceType: "ecs.g7.large",
  imageId: "ubuntu_22_04_x64_20G_alibase_20240130.vhd",
  vswitchId: vswitch.id,
  securityGroups: [securityGroup.id],
  availabilityZone: zoneId,
  instanceName: "customer-app",
  tags,
});

const db = new alicloud.rds.Instance("customer-db", {
  engine: "MySQL",
  engineVersion: "8.0",
  instanceType: "mysql.n2.medium.1",
  instanceStorage: 20,
  vswitchId: vswitch.id,
  zoneId,
  instanceName: "customer-db",
  tags,
});

const account = new alicloud.rds.Account("app-account", {
  dbInstanceId: db.id,
  accountName: "app",
  accountPassword: config.getSecret("dbPassword") ?? pulumi.secret("correct-Horse-battery-9"),
});

export const bucketName = bucket.bucket;
export const instanceId = app.id;
export const accountName = account.accountName;
