/**
 * The us-person-data-guard policy pack, as `pulumi preview --policy-pack .`
 * and `pulumi policy publish` load it. Configure it with
 * `--policy-pack-config` or in Pulumi Cloud; keep it in code with
 * `createPack` from "us-person-data-guard/library".
 */
import { createPack } from "./library";

createPack();
