/**
 * Migration equivalents: for a resource type of a restricted provider
 * (alicloud, tencentcloud, huaweicloud), the service — and the Pulumi type
 * closest to it — to move it to on AWS, Azure and GCP. Plain data, cited per
 * entry: `source` documents the restricted vendor's side (its own
 * cross-cloud comparison where one exists, otherwise the registry page of
 * the type), `comparisons` the AWS ↔ Azure ↔ Google Cloud equivalence
 * (Microsoft's and Google's own comparison tables).
 *
 * Type tokens follow each provider's bridge naming: alicloud uses lower-case
 * modules (`alicloud:oss/bucket:Bucket`), tencentcloud and huaweicloud
 * capitalised ones (`tencentcloud:Cos/bucket:Bucket`,
 * `huaweicloud:Obs/bucket:Bucket`). A type without an exact entry can still
 * get a family-level suggestion from its module (`suggestTargets`).
 */
import type { Source } from "./types";

export interface TargetService {
  /** Product name, e.g. "Amazon S3". */
  readonly service: string;
  /** Pulumi type token of the closest resource, when one exists. */
  readonly type?: string;
}

export interface TargetServices {
  /** Resource type token of the restricted provider, e.g. "alicloud:oss/bucket:Bucket". */
  readonly type: string;
  /** Service family, e.g. "object storage". */
  readonly family: string;
  readonly aws: TargetService;
  readonly azure: TargetService;
  readonly gcp: TargetService;
  /** The restricted vendor's side of the mapping. */
  readonly source: Source;
  /** The AWS / Azure / Google Cloud equivalence pages. */
  readonly comparisons: readonly Source[];
}

const checked = "2026-11-28";

// --- AWS / Azure / Google Cloud equivalence (the vendors' own tables) ---
const microsoftAwsAzure: Source = {
  title: "Microsoft Learn (Azure Architecture Center): AWS to Azure services comparison",
  url: "https://learn.microsoft.com/en-us/azure/architecture/aws-professional/services",
  checked,
};
const googleAwsAzureGcp: Source = {
  title: "Google Cloud: Compare AWS and Azure services to Google Cloud",
  url: "https://cloud.google.com/docs/get-started/aws-azure-gcp-service-comparison",
  checked,
};
const comparisons: readonly Source[] = [microsoftAwsAzure, googleAwsAzureGcp];

// --- the restricted vendors' side ---
const alibabaForAzureStorage: Source = {
  title: "Alibaba Cloud for Azure Professionals: Storage (OSS ↔ Blob Storage, NAS ↔ Azure Files, CDN ↔ Azure CDN)",
  url: "https://www.alibabacloud.com/help/doc-detail/74258.htm",
  checked,
};

function registry(pkg: string, module: string, resource: string, title: string): Source {
  return {
    title: `Pulumi Registry: ${pkg} ${module}.${resource} — ${title}`,
    url: `https://www.pulumi.com/registry/packages/${pkg}/api-docs/${module.toLowerCase()}/${resource.toLowerCase()}/`,
    checked,
  };
}

const huaweiTokens: Source = {
  title:
    "huaweicloud/pulumi-huaweicloud provider/resources.go: Terraform resource → Pulumi type mapping (Obs, Ecs, Rds, Vpc, Dcs, Cce, FunctionGraph, Lts, Dew, …)",
  url: "https://github.com/huaweicloud/pulumi-huaweicloud/blob/master/provider/resources.go",
  checked,
};
function huaweiDocs(service: string, title: string): Source {
  return {
    title: `Huawei Cloud documentation: ${title} (service mapping per ${huaweiTokens.url})`,
    url: `https://support.huaweicloud.com/intl/en-us/${service}/index.html`,
    checked,
  };
}

// --- service families: the AWS / Azure / GCP side, shared by all vendors ---
type Family = Pick<TargetServices, "family" | "aws" | "azure" | "gcp">;

const families = {
  objectStorage: {
    family: "object storage",
    aws: { service: "Amazon S3", type: "aws:s3/bucket:Bucket" },
    azure: { service: "Azure Blob Storage", type: "azure-native:storage:BlobContainer" },
    gcp: { service: "Cloud Storage", type: "gcp:storage/bucket:Bucket" },
  },
  virtualMachines: {
    family: "virtual machines",
    aws: { service: "Amazon EC2", type: "aws:ec2/instance:Instance" },
    azure: { service: "Azure Virtual Machines", type: "azure-native:compute:VirtualMachine" },
    gcp: { service: "Compute Engine", type: "gcp:compute/instance:Instance" },
  },
  relationalDatabase: {
    family: "managed relational database",
    aws: { service: "Amazon RDS", type: "aws:rds/instance:Instance" },
    azure: { service: "Azure Database for PostgreSQL / MySQL (flexible server)", type: "azure-native:dbforpostgresql:Server" },
    gcp: { service: "Cloud SQL", type: "gcp:sql/databaseInstance:DatabaseInstance" },
  },
  mysql: {
    family: "managed MySQL",
    aws: { service: "Amazon RDS for MySQL", type: "aws:rds/instance:Instance" },
    azure: { service: "Azure Database for MySQL (flexible server)", type: "azure-native:dbformysql:Server" },
    gcp: { service: "Cloud SQL for MySQL", type: "gcp:sql/databaseInstance:DatabaseInstance" },
  },
  postgresql: {
    family: "managed PostgreSQL",
    aws: { service: "Amazon RDS for PostgreSQL", type: "aws:rds/instance:Instance" },
    azure: { service: "Azure Database for PostgreSQL (flexible server)", type: "azure-native:dbforpostgresql:Server" },
    gcp: { service: "Cloud SQL for PostgreSQL", type: "gcp:sql/databaseInstance:DatabaseInstance" },
  },
  databaseUser: {
    family: "database user",
    aws: { service: "Amazon RDS master user / IAM database authentication", type: "aws:rds/instance:Instance" },
    azure: { service: "Azure Database for PostgreSQL Microsoft Entra administrator", type: "azure-native:dbforpostgresql:Administrator" },
    gcp: { service: "Cloud SQL user", type: "gcp:sql/user:User" },
  },
  database: {
    family: "database in a managed instance",
    aws: { service: "Amazon RDS (database created in the instance)", type: "aws:rds/instance:Instance" },
    azure: { service: "Azure Database for PostgreSQL database", type: "azure-native:dbforpostgresql:Database" },
    gcp: { service: "Cloud SQL database", type: "gcp:sql/database:Database" },
  },
  cloudNativeDatabase: {
    family: "cloud-native relational database cluster",
    aws: { service: "Amazon Aurora", type: "aws:rds/cluster:Cluster" },
    azure: { service: "Azure Database for MySQL (flexible server, high availability)", type: "azure-native:dbformysql:Server" },
    gcp: { service: "AlloyDB for PostgreSQL / Cloud SQL", type: "gcp:alloydb/cluster:Cluster" },
  },
  virtualNetwork: {
    family: "virtual network",
    aws: { service: "Amazon VPC", type: "aws:ec2/vpc:Vpc" },
    azure: { service: "Azure Virtual Network", type: "azure-native:network:VirtualNetwork" },
    gcp: { service: "Virtual Private Cloud (VPC)", type: "gcp:compute/network:Network" },
  },
  subnet: {
    family: "subnet",
    aws: { service: "Amazon VPC subnet", type: "aws:ec2/subnet:Subnet" },
    azure: { service: "Azure Virtual Network subnet", type: "azure-native:network:Subnet" },
    gcp: { service: "VPC subnet", type: "gcp:compute/subnetwork:Subnetwork" },
  },
  loadBalancer: {
    family: "load balancer",
    aws: { service: "Elastic Load Balancing (Network / Application Load Balancer)", type: "aws:lb/loadBalancer:LoadBalancer" },
    azure: { service: "Azure Load Balancer", type: "azure-native:network:LoadBalancer" },
    gcp: { service: "Cloud Load Balancing", type: "gcp:compute/forwardingRule:ForwardingRule" },
  },
  applicationLoadBalancer: {
    family: "application (layer 7) load balancer",
    aws: { service: "Application Load Balancer", type: "aws:lb/loadBalancer:LoadBalancer" },
    azure: { service: "Azure Application Gateway", type: "azure-native:network:ApplicationGateway" },
    gcp: { service: "Cloud Load Balancing (application load balancer)", type: "gcp:compute/uRLMap:URLMap" },
  },
  redis: {
    family: "in-memory cache (Redis)",
    aws: { service: "Amazon ElastiCache", type: "aws:elasticache/replicationGroup:ReplicationGroup" },
    azure: { service: "Azure Cache for Redis", type: "azure-native:cache:Redis" },
    gcp: { service: "Memorystore for Redis", type: "gcp:redis/instance:Instance" },
  },
  kubernetes: {
    family: "managed Kubernetes",
    aws: { service: "Amazon EKS", type: "aws:eks/cluster:Cluster" },
    azure: { service: "Azure Kubernetes Service (AKS)", type: "azure-native:containerservice:ManagedCluster" },
    gcp: { service: "Google Kubernetes Engine (GKE)", type: "gcp:container/cluster:Cluster" },
  },
  functions: {
    family: "serverless functions",
    aws: { service: "AWS Lambda", type: "aws:lambda/function:Function" },
    azure: { service: "Azure Functions", type: "azure-native:web:WebApp" },
    gcp: { service: "Cloud Run functions", type: "gcp:cloudfunctionsv2/function:Function" },
  },
  logProject: {
    family: "log collection (project / group)",
    aws: { service: "Amazon CloudWatch Logs", type: "aws:cloudwatch/logGroup:LogGroup" },
    azure: { service: "Azure Monitor Log Analytics workspace", type: "azure-native:operationalinsights:Workspace" },
    gcp: { service: "Cloud Logging (log bucket)", type: "gcp:logging/projectBucketConfig:ProjectBucketConfig" },
  },
  logStore: {
    family: "log store (stream / topic)",
    aws: { service: "Amazon CloudWatch Logs log group", type: "aws:cloudwatch/logGroup:LogGroup" },
    azure: { service: "Azure Monitor Log Analytics table", type: "azure-native:operationalinsights:Table" },
    gcp: { service: "Cloud Logging (log bucket)", type: "gcp:logging/projectBucketConfig:ProjectBucketConfig" },
  },
  kms: {
    family: "key management",
    aws: { service: "AWS KMS", type: "aws:kms/key:Key" },
    azure: { service: "Azure Key Vault", type: "azure-native:keyvault:Key" },
    gcp: { service: "Cloud KMS", type: "gcp:kms/cryptoKey:CryptoKey" },
  },
  role: {
    family: "identity: role / workload identity",
    aws: { service: "AWS IAM role", type: "aws:iam/role:Role" },
    azure: { service: "Microsoft Entra managed identity", type: "azure-native:managedidentity:UserAssignedIdentity" },
    gcp: { service: "IAM service account", type: "gcp:serviceaccount/account:Account" },
  },
  user: {
    family: "identity: user",
    aws: { service: "AWS IAM user / IAM Identity Center", type: "aws:iam/user:User" },
    azure: { service: "Microsoft Entra ID user", type: "azuread:index/user:User" },
    gcp: { service: "Cloud Identity user with an IAM binding", type: "gcp:projects/iAMMember:IAMMember" },
  },
  dns: {
    family: "DNS",
    aws: { service: "Amazon Route 53", type: "aws:route53/record:Record" },
    azure: { service: "Azure DNS", type: "azure-native:network:RecordSet" },
    gcp: { service: "Cloud DNS", type: "gcp:dns/recordSet:RecordSet" },
  },
  cdn: {
    family: "content delivery network",
    aws: { service: "Amazon CloudFront", type: "aws:cloudfront/distribution:Distribution" },
    azure: { service: "Azure Front Door / Azure CDN", type: "azure-native:cdn:AFDEndpoint" },
    gcp: { service: "Cloud CDN", type: "gcp:compute/backendBucket:BackendBucket" },
  },
  fileStorage: {
    family: "file storage (NFS/SMB)",
    aws: { service: "Amazon EFS", type: "aws:efs/fileSystem:FileSystem" },
    azure: { service: "Azure Files", type: "azure-native:storage:FileShare" },
    gcp: { service: "Filestore", type: "gcp:filestore/instance:Instance" },
  },
  autoScaling: {
    family: "auto scaling group",
    aws: { service: "Amazon EC2 Auto Scaling", type: "aws:autoscaling/group:Group" },
    azure: { service: "Azure Virtual Machine Scale Sets", type: "azure-native:compute:VirtualMachineScaleSet" },
    gcp: { service: "Managed instance groups", type: "gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager" },
  },
  firewall: {
    family: "network firewall rules",
    aws: { service: "Amazon VPC security group", type: "aws:ec2/securityGroup:SecurityGroup" },
    azure: { service: "Azure network security group", type: "azure-native:network:NetworkSecurityGroup" },
    gcp: { service: "VPC firewall rules", type: "gcp:compute/firewall:Firewall" },
  },
  publicIp: {
    family: "public IP address",
    aws: { service: "Elastic IP address", type: "aws:ec2/eip:Eip" },
    azure: { service: "Azure public IP address", type: "azure-native:network:PublicIPAddress" },
    gcp: { service: "Static external IP address", type: "gcp:compute/address:Address" },
  },
  mongodb: {
    family: "document database (MongoDB)",
    aws: { service: "Amazon DocumentDB (with MongoDB compatibility)", type: "aws:docdb/cluster:Cluster" },
    azure: { service: "Azure Cosmos DB for MongoDB", type: "azure-native:cosmosdb:DatabaseAccount" },
    gcp: { service: "Firestore with MongoDB compatibility", type: "gcp:firestore/database:Database" },
  },
  search: {
    family: "search and analytics (Elasticsearch)",
    aws: { service: "Amazon OpenSearch Service", type: "aws:opensearch/domain:Domain" },
    azure: { service: "Elastic Cloud (Elasticsearch) — an Azure Native ISV Service", type: "azure-native:elastic:Monitor" },
    gcp: { service: "Elastic Cloud on Google Cloud (Marketplace)" },
  },
  messageQueue: {
    family: "message queue (Kafka)",
    aws: { service: "Amazon MSK", type: "aws:msk/cluster:Cluster" },
    azure: { service: "Azure Event Hubs (Kafka endpoint)", type: "azure-native:eventhub:Namespace" },
    gcp: { service: "Managed Service for Apache Kafka", type: "gcp:managedkafka/cluster:Cluster" },
  },
  blockStorage: {
    family: "block storage",
    aws: { service: "Amazon EBS", type: "aws:ebs/volume:Volume" },
    azure: { service: "Azure Managed Disks", type: "azure-native:compute:Disk" },
    gcp: { service: "Persistent Disk", type: "gcp:compute/disk:Disk" },
  },
} as const satisfies Record<string, Family>;

type FamilyId = keyof typeof families;

function entry(type: string, family: FamilyId, source: Source): TargetServices {
  return { type, ...families[family], source, comparisons };
}

const ali = (module: string, resource: string, title: string): Source => registry("alicloud", module, resource, title);
const tc = (module: string, resource: string, title: string): Source => registry("tencentcloud", module, resource, title);

export const targets: readonly TargetServices[] = [
  // --- Alibaba Cloud (alicloud) ---
  entry("alicloud:oss/bucket:Bucket", "objectStorage", alibabaForAzureStorage),
  entry("alicloud:ecs/instance:Instance", "virtualMachines", ali("ecs", "Instance", "Elastic Compute Service (ECS) instance")),
  entry("alicloud:ecs/disk:Disk", "blockStorage", ali("ecs", "Disk", "ECS cloud disk")),
  entry("alicloud:ecs/ecsDisk:EcsDisk", "blockStorage", ali("ecs", "EcsDisk", "ECS cloud disk")),
  entry("alicloud:ecs/securityGroup:SecurityGroup", "firewall", ali("ecs", "SecurityGroup", "ECS security group")),
  entry("alicloud:ecs/eip:Eip", "publicIp", ali("ecs", "Eip", "Elastic IP Address")),
  entry("alicloud:ecs/eipAddress:EipAddress", "publicIp", ali("ecs", "EipAddress", "Elastic IP Address")),
  entry("alicloud:rds/instance:Instance", "relationalDatabase", ali("rds", "Instance", "ApsaraDB RDS instance")),
  entry(
    "alicloud:rds/readOnlyInstance:ReadOnlyInstance",
    "relationalDatabase",
    ali("rds", "ReadOnlyInstance", "ApsaraDB RDS read-only instance"),
  ),
  entry("alicloud:rds/account:Account", "databaseUser", ali("rds", "Account", "ApsaraDB RDS account")),
  entry("alicloud:rds/rdsAccount:RdsAccount", "databaseUser", ali("rds", "RdsAccount", "ApsaraDB RDS account")),
  entry("alicloud:rds/database:Database", "database", ali("rds", "Database", "ApsaraDB RDS database")),
  entry("alicloud:polardb/cluster:Cluster", "cloudNativeDatabase", ali("polardb", "Cluster", "PolarDB cluster")),
  entry("alicloud:kvstore/instance:Instance", "redis", ali("kvstore", "Instance", "Tair / ApsaraDB for Redis instance")),
  entry("alicloud:mongodb/instance:Instance", "mongodb", ali("mongodb", "Instance", "ApsaraDB for MongoDB instance")),
  entry("alicloud:elasticsearch/instance:Instance", "search", ali("elasticsearch", "Instance", "Alibaba Cloud Elasticsearch instance")),
  entry("alicloud:vpc/network:Network", "virtualNetwork", ali("vpc", "Network", "Virtual Private Cloud")),
  entry("alicloud:vpc/switch:Switch", "subnet", ali("vpc", "Switch", "VPC vSwitch")),
  entry("alicloud:slb/loadBalancer:LoadBalancer", "loadBalancer", ali("slb", "LoadBalancer", "Server Load Balancer (CLB)")),
  entry(
    "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer",
    "loadBalancer",
    ali("slb", "ApplicationLoadBalancer", "Classic Load Balancer (CLB)"),
  ),
  entry("alicloud:alb/loadBalancer:LoadBalancer", "applicationLoadBalancer", ali("alb", "LoadBalancer", "Application Load Balancer (ALB)")),
  entry(
    "alicloud:cs/managedKubernetes:ManagedKubernetes",
    "kubernetes",
    ali("cs", "ManagedKubernetes", "Container Service for Kubernetes (ACK) managed cluster"),
  ),
  entry(
    "alicloud:cs/kubernetes:Kubernetes",
    "kubernetes",
    ali("cs", "Kubernetes", "Container Service for Kubernetes (ACK) dedicated cluster"),
  ),
  entry("alicloud:cs/serverlessKubernetes:ServerlessKubernetes", "kubernetes", ali("cs", "ServerlessKubernetes", "ACK Serverless cluster")),
  entry("alicloud:fc/function:Function", "functions", ali("fc", "Function", "Function Compute function")),
  entry("alicloud:fc/v3Function:V3Function", "functions", ali("fc", "V3Function", "Function Compute 3.0 function")),
  entry("alicloud:log/project:Project", "logProject", ali("log", "Project", "Simple Log Service (SLS) project")),
  entry("alicloud:log/store:Store", "logStore", ali("log", "Store", "Simple Log Service (SLS) Logstore")),
  entry("alicloud:kms/key:Key", "kms", ali("kms", "Key", "Key Management Service key")),
  entry("alicloud:ram/role:Role", "role", ali("ram", "Role", "Resource Access Management (RAM) role")),
  entry("alicloud:ram/user:User", "user", ali("ram", "User", "Resource Access Management (RAM) user")),
  entry("alicloud:dns/alidnsRecord:AlidnsRecord", "dns", ali("dns", "AlidnsRecord", "Alibaba Cloud DNS record")),
  entry("alicloud:dns/record:Record", "dns", ali("dns", "Record", "Alibaba Cloud DNS record (legacy)")),
  entry("alicloud:cdn/domainNew:DomainNew", "cdn", alibabaForAzureStorage),
  entry("alicloud:nas/fileSystem:FileSystem", "fileStorage", alibabaForAzureStorage),
  entry("alicloud:ess/scalingGroup:ScalingGroup", "autoScaling", ali("ess", "ScalingGroup", "Auto Scaling (ESS) scaling group")),

  // --- Tencent Cloud (tencentcloud) ---
  entry("tencentcloud:Cos/bucket:Bucket", "objectStorage", tc("Cos", "Bucket", "Cloud Object Storage (COS) bucket")),
  entry("tencentcloud:Instance/instance:Instance", "virtualMachines", tc("Instance", "Instance", "Cloud Virtual Machine (CVM) instance")),
  entry("tencentcloud:Mysql/instance:Instance", "mysql", tc("Mysql", "Instance", "TencentDB for MySQL instance")),
  entry("tencentcloud:Postgresql/instance:Instance", "postgresql", tc("Postgresql", "Instance", "TencentDB for PostgreSQL instance")),
  entry("tencentcloud:Mongodb/instance:Instance", "mongodb", tc("Mongodb", "Instance", "TencentDB for MongoDB instance")),
  entry("tencentcloud:Redis/instance:Instance", "redis", tc("Redis", "Instance", "TencentDB for Redis instance")),
  entry("tencentcloud:Vpc/instance:Instance", "virtualNetwork", tc("Vpc", "Instance", "Virtual Private Cloud")),
  entry("tencentcloud:Subnet/instance:Instance", "subnet", tc("Subnet", "Instance", "VPC subnet")),
  entry("tencentcloud:Security/group:Group", "firewall", tc("Security", "Group", "security group")),
  entry("tencentcloud:Eip/instance:Instance", "publicIp", tc("Eip", "Instance", "Elastic IP")),
  entry("tencentcloud:Clb/instance:Instance", "loadBalancer", tc("Clb", "Instance", "Cloud Load Balancer (CLB) instance")),
  entry("tencentcloud:Kubernetes/cluster:Cluster", "kubernetes", tc("Kubernetes", "Cluster", "Tencent Kubernetes Engine (TKE) cluster")),
  entry("tencentcloud:Scf/function:Function", "functions", tc("Scf", "Function", "Serverless Cloud Function (SCF)")),
  entry("tencentcloud:Cls/logset:Logset", "logProject", tc("Cls", "Logset", "Cloud Log Service (CLS) logset")),
  entry("tencentcloud:Cls/topic:Topic", "logStore", tc("Cls", "Topic", "Cloud Log Service (CLS) topic")),
  entry("tencentcloud:Kms/key:Key", "kms", tc("Kms", "Key", "Key Management Service key")),
  entry("tencentcloud:Cam/role:Role", "role", tc("Cam", "Role", "Cloud Access Management (CAM) role")),
  entry("tencentcloud:Cam/user:User", "user", tc("Cam", "User", "Cloud Access Management (CAM) user")),
  entry("tencentcloud:Cfs/fileSystem:FileSystem", "fileStorage", tc("Cfs", "FileSystem", "Cloud File Storage (CFS)")),
  entry("tencentcloud:Cdn/domain:Domain", "cdn", tc("Cdn", "Domain", "Content Delivery Network domain")),
  entry("tencentcloud:As/scalingGroup:ScalingGroup", "autoScaling", tc("As", "ScalingGroup", "Auto Scaling group")),
  entry("tencentcloud:Elasticsearch/instance:Instance", "search", tc("Elasticsearch", "Instance", "Elasticsearch Service instance")),

  // --- Huawei Cloud (huaweicloud) ---
  entry("huaweicloud:Obs/bucket:Bucket", "objectStorage", huaweiDocs("obs", "Object Storage Service (OBS)")),
  entry("huaweicloud:Ecs/instance:Instance", "virtualMachines", huaweiDocs("ecs", "Elastic Cloud Server (ECS)")),
  entry("huaweicloud:Evs/volume:Volume", "blockStorage", huaweiDocs("evs", "Elastic Volume Service (EVS)")),
  entry("huaweicloud:Rds/instance:Instance", "relationalDatabase", huaweiDocs("rds", "Relational Database Service (RDS)")),
  entry("huaweicloud:Rds/readReplicaInstance:ReadReplicaInstance", "relationalDatabase", huaweiDocs("rds", "RDS read replica")),
  entry("huaweicloud:Rds/account:Account", "databaseUser", huaweiDocs("rds", "RDS database account")),
  entry("huaweicloud:Rds/database:Database", "database", huaweiDocs("rds", "RDS database")),
  entry(
    "huaweicloud:GaussDB/mysqlInstance:MysqlInstance",
    "cloudNativeDatabase",
    huaweiDocs("gaussdbformysql", "TaurusDB (GaussDB for MySQL)"),
  ),
  entry("huaweicloud:Dds/instance:Instance", "mongodb", huaweiDocs("dds", "Document Database Service (DDS)")),
  entry("huaweicloud:Dcs/instance:Instance", "redis", huaweiDocs("dcs", "Distributed Cache Service (DCS)")),
  entry("huaweicloud:Vpc/vpc:Vpc", "virtualNetwork", huaweiDocs("vpc", "Virtual Private Cloud (VPC)")),
  entry("huaweicloud:Vpc/subnet:Subnet", "subnet", huaweiDocs("vpc", "VPC subnet")),
  entry("huaweicloud:Vpc/secgroup:Secgroup", "firewall", huaweiDocs("vpc", "VPC security group")),
  entry("huaweicloud:Vpc/eip:Eip", "publicIp", huaweiDocs("eip", "Elastic IP (EIP)")),
  entry("huaweicloud:Elb/loadbalancer:Loadbalancer", "loadBalancer", huaweiDocs("elb", "Elastic Load Balance (ELB, shared)")),
  entry("huaweicloud:DedicatedElb/loadbalancer:Loadbalancer", "loadBalancer", huaweiDocs("elb", "Elastic Load Balance (ELB, dedicated)")),
  entry("huaweicloud:Cce/cluster:Cluster", "kubernetes", huaweiDocs("cce", "Cloud Container Engine (CCE)")),
  entry("huaweicloud:FunctionGraph/function:Function", "functions", huaweiDocs("functiongraph", "FunctionGraph (FGS)")),
  entry("huaweicloud:Lts/group:Group", "logProject", huaweiDocs("lts", "Log Tank Service (LTS) log group")),
  entry("huaweicloud:Lts/stream:Stream", "logStore", huaweiDocs("lts", "Log Tank Service (LTS) log stream")),
  entry("huaweicloud:Dew/key:Key", "kms", huaweiDocs("dew", "Data Encryption Workshop (DEW) key")),
  entry("huaweicloud:Iam/agency:Agency", "role", huaweiDocs("iam", "IAM agency")),
  entry("huaweicloud:Iam/user:User", "user", huaweiDocs("iam", "IAM user")),
  entry("huaweicloud:Dns/recordset:Recordset", "dns", huaweiDocs("dns", "Domain Name Service (DNS) record set")),
  entry("huaweicloud:Cdn/domain:Domain", "cdn", huaweiDocs("cdn", "Content Delivery Network (CDN)")),
  entry("huaweicloud:Sfs/turbo:Turbo", "fileStorage", huaweiDocs("sfs", "Scalable File Service (SFS Turbo)")),
  entry("huaweicloud:Sfs/fileSystem:FileSystem", "fileStorage", huaweiDocs("sfs", "Scalable File Service (SFS)")),
  entry("huaweicloud:As/group:Group", "autoScaling", huaweiDocs("as", "Auto Scaling (AS) group")),
  entry("huaweicloud:Css/cluster:Cluster", "search", huaweiDocs("css", "Cloud Search Service (CSS)")),
  entry("huaweicloud:Dms/kafkaInstance:KafkaInstance", "messageQueue", huaweiDocs("kafka", "Distributed Message Service (DMS) for Kafka")),
];

const byType: ReadonlyMap<string, TargetServices> = new Map(targets.map((t) => [t.type, t]));

/** Suggested targets for a resource type, when known exactly. */
export function targetsFor(type: string): TargetServices | undefined {
  return byType.get(type);
}

/**
 * Module of each restricted package → service family, for types without an
 * exact entry (e.g. `alicloud:oss/bucketObject:BucketObject` is still object
 * storage). Keys are `<package>:<module>` as the type token spells them.
 */
const familyByModule: ReadonlyMap<string, FamilyId> = new Map<string, FamilyId>([
  ["alicloud:oss", "objectStorage"],
  ["alicloud:ecs", "virtualMachines"],
  ["alicloud:rds", "relationalDatabase"],
  ["alicloud:polardb", "cloudNativeDatabase"],
  ["alicloud:kvstore", "redis"],
  ["alicloud:mongodb", "mongodb"],
  ["alicloud:elasticsearch", "search"],
  ["alicloud:vpc", "virtualNetwork"],
  ["alicloud:slb", "loadBalancer"],
  ["alicloud:alb", "applicationLoadBalancer"],
  ["alicloud:nlb", "loadBalancer"],
  ["alicloud:cs", "kubernetes"],
  ["alicloud:fc", "functions"],
  ["alicloud:log", "logProject"],
  ["alicloud:kms", "kms"],
  ["alicloud:ram", "role"],
  ["alicloud:dns", "dns"],
  ["alicloud:alidns", "dns"],
  ["alicloud:cdn", "cdn"],
  ["alicloud:nas", "fileStorage"],
  ["alicloud:ess", "autoScaling"],
  ["tencentcloud:Cos", "objectStorage"],
  ["tencentcloud:Instance", "virtualMachines"],
  ["tencentcloud:Cbs", "blockStorage"],
  ["tencentcloud:Mysql", "mysql"],
  ["tencentcloud:Postgresql", "postgresql"],
  ["tencentcloud:Mongodb", "mongodb"],
  ["tencentcloud:Redis", "redis"],
  ["tencentcloud:Vpc", "virtualNetwork"],
  ["tencentcloud:Subnet", "subnet"],
  ["tencentcloud:Security", "firewall"],
  ["tencentcloud:Eip", "publicIp"],
  ["tencentcloud:Clb", "loadBalancer"],
  ["tencentcloud:Kubernetes", "kubernetes"],
  ["tencentcloud:Scf", "functions"],
  ["tencentcloud:Cls", "logProject"],
  ["tencentcloud:Kms", "kms"],
  ["tencentcloud:Cam", "role"],
  ["tencentcloud:Cfs", "fileStorage"],
  ["tencentcloud:Cdn", "cdn"],
  ["tencentcloud:As", "autoScaling"],
  ["tencentcloud:Elasticsearch", "search"],
  ["huaweicloud:Obs", "objectStorage"],
  ["huaweicloud:Ecs", "virtualMachines"],
  ["huaweicloud:Evs", "blockStorage"],
  ["huaweicloud:Rds", "relationalDatabase"],
  ["huaweicloud:GaussDB", "cloudNativeDatabase"],
  ["huaweicloud:Dds", "mongodb"],
  ["huaweicloud:Dcs", "redis"],
  ["huaweicloud:Vpc", "virtualNetwork"],
  ["huaweicloud:Elb", "loadBalancer"],
  ["huaweicloud:DedicatedElb", "loadBalancer"],
  ["huaweicloud:Cce", "kubernetes"],
  ["huaweicloud:FunctionGraph", "functions"],
  ["huaweicloud:Lts", "logProject"],
  ["huaweicloud:Dew", "kms"],
  ["huaweicloud:Iam", "role"],
  ["huaweicloud:Dns", "dns"],
  ["huaweicloud:Cdn", "cdn"],
  ["huaweicloud:Sfs", "fileStorage"],
  ["huaweicloud:As", "autoScaling"],
  ["huaweicloud:Css", "search"],
  ["huaweicloud:Dms", "messageQueue"],
]);

/** The service family names, e.g. "object storage". */
export const familyNames: readonly string[] = Object.values(families).map((f) => f.family);

/** The AWS / Azure / GCP targets of a family name (e.g. "object storage"). */
export function targetsForFamily(family: string): Family | undefined {
  for (const f of Object.values(families)) if (f.family === family) return f;
  return undefined;
}

/** `<package>:<module>` of a type token, or undefined when it has no module. */
export function moduleOfType(type: string): string | undefined {
  if (typeof type !== "string") return undefined;
  const colon = type.indexOf(":");
  if (colon <= 0) return undefined;
  const slash = type.indexOf("/", colon + 1);
  const second = type.indexOf(":", colon + 1);
  const end = slash > 0 && (second < 0 || slash < second) ? slash : second;
  if (end <= colon + 1) return undefined;
  return type.slice(0, end);
}

/**
 * Suggested targets for a type: the exact entry when there is one, otherwise
 * a family-level suggestion from the type's module (marked `exact: false`).
 */
export function suggestTargets(
  type: string,
):
  | { readonly exact: boolean; readonly targets: Family & { readonly source?: Source; readonly comparisons: readonly Source[] } }
  | undefined {
  const hit = byType.get(type);
  if (hit) return { exact: true, targets: hit };
  const mod = moduleOfType(type);
  const fam = mod ? familyByModule.get(mod) : undefined;
  return fam ? { exact: false, targets: { ...families[fam], comparisons } } : undefined;
}

/** Exposed for tests: every module key of the family fallback. */
export const familyModules: readonly string[] = [...familyByModule.keys()];
