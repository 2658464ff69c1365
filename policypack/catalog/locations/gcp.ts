/**
 * Secondary locations of Google Cloud resources (family `gcp`), and the
 * member regions of the multi-region configurations they name.
 */
import type { Source } from "../types";
import type { LocationEntry } from "./types";

const checked = "2026-12-06";

const spannerSource: Source = {
  title: "Spanner: Regional, dual-region, and multi-region configurations",
  url: "https://cloud.google.com/spanner/docs/instance-configurations",
  checked,
};

const firestoreSource: Source = {
  title: "Firestore: Locations (multi-region locations nam5, eur3)",
  url: "https://cloud.google.com/firestore/docs/locations",
  checked,
};

/**
 * Spanner base multi-region configurations: every region that holds a
 * replica (read-write, read-only or witness). A configuration not listed
 * here (nor `regional-<region>`) is uncatalogued and reported as such.
 */
export const spannerConfigs: ReadonlyMap<string, { readonly regions: readonly string[]; readonly source: Source }> = new Map(
  [
    ["asia1", { regions: ["asia-northeast1", "asia-northeast2", "asia-northeast3"], source: spannerSource }],
    ["asia2", { regions: ["asia-south1", "asia-south2", "asia-southeast1"], source: spannerSource }],
    ["eur3", { regions: ["europe-west1", "europe-west4", "europe-north1"], source: spannerSource }],
    ["eur5", { regions: ["europe-west2", "europe-west1", "europe-west4"], source: spannerSource }],
    ["eur6", { regions: ["europe-west4", "europe-west3", "europe-west6"], source: spannerSource }],
    ["nam3", { regions: ["us-east4", "us-east1", "us-central1"], source: spannerSource }],
    ["nam6", { regions: ["us-central1", "us-east1", "us-west1", "us-west2", "us-central2"], source: spannerSource }],
    ["nam7", { regions: ["us-central1", "us-east4", "us-central2"], source: spannerSource }],
    ["nam14", { regions: ["us-east4", "northamerica-northeast1", "us-east1"], source: spannerSource }],
    ["nam-eur-asia1", { regions: ["us-central1", "us-central2", "europe-west1", "asia-east1", "us-east1"], source: spannerSource }],
    [
      "nam-eur-asia3",
      { regions: ["us-central1", "us-east1", "europe-west1", "europe-west4", "asia-east1", "us-central2"], source: spannerSource },
    ],
  ].map(([k, v]) => [k as string, v as { readonly regions: readonly string[]; readonly source: Source }]),
);

/** Firestore multi-region location ids and the regions that hold their replicas. */
export const firestoreMultiRegions: ReadonlyMap<string, { readonly regions: readonly string[]; readonly source: Source }> = new Map(
  [
    ["nam5", { regions: ["us-central1", "us-central2", "us-east1"], source: firestoreSource }],
    ["eur3", { regions: ["europe-west1", "europe-west4", "europe-north1"], source: firestoreSource }],
  ].map(([k, v]) => [k as string, v as { readonly regions: readonly string[]; readonly source: Source }]),
);

export const gcpLocations: readonly LocationEntry[] = [
  {
    id: "gcp.spanner.instance-config",
    family: "gcp",
    types: ["gcp:spanner/instance:Instance"],
    path: "config",
    role: "replica",
    read: "spanner-config",
    mechanism: "Spanner instance configuration",
    note: "`regional-<region>` or a multi-region configuration; every member region holds a replica.",
    source: spannerSource,
  },
  {
    id: "gcp.bigtable.cluster-zones",
    family: "gcp",
    types: ["gcp:bigtable/instance:Instance"],
    path: "clusters[].zone",
    role: "replica",
    read: "zone",
    mechanism: "Bigtable instance clusters",
    note: "Each cluster (zone) holds a replica of the instance's tables.",
    source: { title: "Bigtable: Replication overview", url: "https://cloud.google.com/bigtable/docs/replication-overview", checked },
  },
  {
    id: "gcp.pubsub.message-storage",
    family: "gcp",
    types: ["gcp:pubsub/topic:Topic"],
    path: "messageStoragePolicy.allowedPersistenceRegions[]",
    role: "replica",
    read: "region",
    mechanism: "Pub/Sub topic message storage policy",
    note: "Messages may be persisted in any allowed region.",
    source: {
      title: "Pub/Sub: Configure message storage policies",
      url: "https://cloud.google.com/pubsub/docs/resource-location-restriction",
      checked,
    },
  },
  {
    id: "gcp.firestore.location",
    family: "gcp",
    types: ["gcp:firestore/database:Database"],
    path: "locationId",
    role: "primary",
    read: "firestore-location",
    mechanism: "Firestore database location",
    note: "A region or a multi-region (`nam5`, `eur3`), read as its member regions.",
    source: firestoreSource,
  },
  {
    id: "gcp.compute.snapshot-storage",
    family: "gcp",
    types: ["gcp:compute/snapshot:Snapshot", "gcp:compute/image:Image"],
    path: "storageLocations[]",
    role: "backup",
    read: "region",
    mechanism: "Compute Engine snapshot and image storage locations",
    note: "A region or multi-region (`us`, `asia`, …) where the snapshot or image is stored.",
    source: {
      title: "Compute Engine: Snapshot storage locations",
      url: "https://cloud.google.com/compute/docs/disks/snapshots#selecting_a_storage_location",
      checked,
    },
  },
  {
    id: "gcp.compute.snapshot-schedule-storage",
    family: "gcp",
    types: ["gcp:compute/resourcePolicy:ResourcePolicy"],
    path: "snapshotSchedulePolicy.snapshotProperties.storageLocations[]",
    role: "backup",
    read: "region",
    mechanism: "Compute Engine snapshot schedule storage locations",
    note: "Scheduled snapshots are stored in this location.",
    source: {
      title: "Compute Engine: Create snapshot schedules",
      url: "https://cloud.google.com/compute/docs/disks/scheduled-snapshots",
      checked,
    },
  },
  {
    id: "gcp.sql.backup-location",
    family: "gcp",
    types: ["gcp:sql/databaseInstance:DatabaseInstance"],
    path: "settings.backupConfiguration.location",
    role: "backup",
    read: "region",
    mechanism: "Cloud SQL custom backup location",
    note: "Backups are stored in this region or multi-region instead of the default multi-region.",
    source: {
      title: "Cloud SQL: Custom backup locations",
      url: "https://cloud.google.com/sql/docs/mysql/backup-recovery/backing-up#locationbackups",
      checked,
    },
  },
  {
    id: "gcp.secretmanager.user-managed-replicas",
    family: "gcp",
    types: ["gcp:secretmanager/secret:Secret"],
    path: "replication.userManaged.replicas[].location",
    role: "replica",
    read: "region",
    mechanism: "Secret Manager user-managed replication",
    note: "Each replica location holds the secret's payload.",
    source: {
      title: "Secret Manager: Choose a replication policy",
      url: "https://cloud.google.com/secret-manager/docs/choosing-replication",
      checked,
    },
  },
  {
    id: "gcp.native.spanner.instance-config",
    family: "gcp",
    types: ["google-native:spanner/v1:Instance"],
    path: "config",
    role: "replica",
    read: "spanner-config",
    mechanism: "Spanner instance configuration (google-native)",
    note: "The config is a full name, projects/<p>/instanceConfigs/<config>: read as the gcp package's config (regional-<region> or a multi-region).",
    source: spannerSource,
  },
];
