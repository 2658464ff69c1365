/**
 * Oracle Cloud Infrastructure regions (Pulumi package `oci`), by region
 * identifier, with the region key (`IAD`, `PHX`, ...) as an alias; the
 * partition is the OCI realm (`oc1` commercial, `oc2`/`oc3` US government,
 * `oc4` UK government, `oc19` EU Sovereign Cloud, others dedicated realms).
 * OCI has no region in mainland China or Hong Kong.
 * Availability domains ("Uocm:PHX-AD-1", "Uocm:US-ASHBURN-AD-1",
 * "kIdk:AP-TOKYO-1-AD-1") resolve through these codes and aliases in the
 * lookup module; `us-ashburn` is listed because Ashburn's AD names use it.
 * Region keys and realms as in the OCI SDKs' region definitions.
 * Plain data: no logic here.
 */
import type { RegionTable } from "../types";

const checked = "2026-11-28";

export const oci: RegionTable = {
  provider: "oci",
  sources: [
    {
      title: "OCI Documentation: Regions and Availability Domains",
      url: "https://docs.oracle.com/en-us/iaas/Content/General/Concepts/regions.htm",
      checked,
    },
    {
      title: "OCI Python SDK src/oci/regions_definitions.py (region keys and realms)",
      url: "https://github.com/oracle/oci-python-sdk/blob/master/src/oci/regions_definitions.py",
      checked,
    },
    {
      title: "OCI Go SDK common/regions.go (region keys and realms)",
      url: "https://github.com/oracle/oci-go-sdk/blob/master/common/regions.go",
      checked,
    },
  ],
  normalise: "lower",
  zonesBySuffix: false,
  regions: [
    // --- realm oc1 (commercial) ---
    { region: "af-casablanca-1", jurisdictions: ["MA"], name: "Morocco West (Casablanca)", aliases: ["lej"], partition: "oc1" },
    { region: "af-johannesburg-1", jurisdictions: ["ZA"], name: "South Africa Central (Johannesburg)", aliases: ["jnb"], partition: "oc1" },
    { region: "ap-batam-1", jurisdictions: ["ID"], name: "Indonesia North (Batam)", aliases: ["hsg"], partition: "oc1" },
    { region: "ap-chuncheon-1", jurisdictions: ["KR"], name: "South Korea North (Chuncheon)", aliases: ["yny"], partition: "oc1" },
    { region: "ap-delhi-1", jurisdictions: ["IN"], name: "India North (Delhi)", aliases: ["onm"], partition: "oc1" },
    { region: "ap-hyderabad-1", jurisdictions: ["IN"], name: "India South (Hyderabad)", aliases: ["hyd"], partition: "oc1" },
    { region: "ap-kulai-2", jurisdictions: ["MY"], name: "Malaysia West 2 (Kulai)", aliases: ["jbp"], partition: "oc1" },
    { region: "ap-melbourne-1", jurisdictions: ["AU"], name: "Australia Southeast (Melbourne)", aliases: ["mel"], partition: "oc1" },
    { region: "ap-mumbai-1", jurisdictions: ["IN"], name: "India West (Mumbai)", aliases: ["bom"], partition: "oc1" },
    { region: "ap-osaka-1", jurisdictions: ["JP"], name: "Japan Central (Osaka)", aliases: ["kix"], partition: "oc1" },
    { region: "ap-seoul-1", jurisdictions: ["KR"], name: "South Korea Central (Seoul)", aliases: ["icn"], partition: "oc1" },
    { region: "ap-singapore-1", jurisdictions: ["SG"], name: "Singapore (Singapore)", aliases: ["sin"], partition: "oc1" },
    { region: "ap-singapore-2", jurisdictions: ["SG"], name: "Singapore West (Singapore)", aliases: ["xsp"], partition: "oc1" },
    { region: "ap-sydney-1", jurisdictions: ["AU"], name: "Australia East (Sydney)", aliases: ["syd"], partition: "oc1" },
    { region: "ap-tokyo-1", jurisdictions: ["JP"], name: "Japan East (Tokyo)", aliases: ["nrt"], partition: "oc1" },
    { region: "ca-montreal-1", jurisdictions: ["CA"], name: "Canada Southeast (Montreal)", aliases: ["yul"], partition: "oc1" },
    { region: "ca-toronto-1", jurisdictions: ["CA"], name: "Canada Southeast (Toronto)", aliases: ["yyz"], partition: "oc1" },
    { region: "eu-amsterdam-1", jurisdictions: ["NL"], name: "Netherlands Northwest (Amsterdam)", aliases: ["ams"], partition: "oc1" },
    { region: "eu-frankfurt-1", jurisdictions: ["DE"], name: "Germany Central (Frankfurt)", aliases: ["fra"], partition: "oc1" },
    { region: "eu-madrid-1", jurisdictions: ["ES"], name: "Spain Central (Madrid)", aliases: ["mad"], partition: "oc1" },
    { region: "eu-madrid-3", jurisdictions: ["ES"], name: "Spain Central 2 (Madrid)", aliases: ["orf"], partition: "oc1" },
    { region: "eu-marseille-1", jurisdictions: ["FR"], name: "France South (Marseille)", aliases: ["mrs"], partition: "oc1" },
    { region: "eu-milan-1", jurisdictions: ["IT"], name: "Italy Northwest (Milan)", aliases: ["lin"], partition: "oc1" },
    { region: "eu-paris-1", jurisdictions: ["FR"], name: "France Central (Paris)", aliases: ["cdg"], partition: "oc1" },
    { region: "eu-stockholm-1", jurisdictions: ["SE"], name: "Sweden Central (Stockholm)", aliases: ["arn"], partition: "oc1" },
    { region: "eu-turin-1", jurisdictions: ["IT"], name: "Italy North (Turin)", aliases: ["nrq"], partition: "oc1" },
    { region: "eu-zurich-1", jurisdictions: ["CH"], name: "Switzerland North (Zurich)", aliases: ["zrh"], partition: "oc1" },
    { region: "il-jerusalem-1", jurisdictions: ["IL"], name: "Israel Central (Jerusalem)", aliases: ["mtz"], partition: "oc1" },
    { region: "me-abudhabi-1", jurisdictions: ["AE"], name: "UAE Central (Abu Dhabi)", aliases: ["auh"], partition: "oc1" },
    { region: "me-dubai-1", jurisdictions: ["AE"], name: "UAE East (Dubai)", aliases: ["dxb"], partition: "oc1" },
    { region: "me-jeddah-1", jurisdictions: ["SA"], name: "Saudi Arabia West (Jeddah)", aliases: ["jed"], partition: "oc1" },
    { region: "me-riyadh-1", jurisdictions: ["SA"], name: "Saudi Arabia Central (Riyadh)", aliases: ["ruh"], partition: "oc1" },
    { region: "mx-monterrey-1", jurisdictions: ["MX"], name: "Mexico Northeast (Monterrey)", aliases: ["mty"], partition: "oc1" },
    { region: "mx-queretaro-1", jurisdictions: ["MX"], name: "Mexico Central (Queretaro)", aliases: ["qro"], partition: "oc1" },
    { region: "sa-bogota-1", jurisdictions: ["CO"], name: "Colombia Central (Bogota)", aliases: ["bog"], partition: "oc1" },
    { region: "sa-santiago-1", jurisdictions: ["CL"], name: "Chile Central (Santiago)", aliases: ["scl"], partition: "oc1" },
    { region: "sa-saopaulo-1", jurisdictions: ["BR"], name: "Brazil East (Sao Paulo)", aliases: ["gru"], partition: "oc1" },
    { region: "sa-valparaiso-1", jurisdictions: ["CL"], name: "Chile West (Valparaiso)", aliases: ["vap"], partition: "oc1" },
    { region: "sa-vinhedo-1", jurisdictions: ["BR"], name: "Brazil Southeast (Vinhedo)", aliases: ["vcp"], partition: "oc1" },
    { region: "uk-cardiff-1", jurisdictions: ["GB"], name: "UK West (Newport)", aliases: ["cwl"], partition: "oc1" },
    { region: "uk-london-1", jurisdictions: ["GB"], name: "UK South (London)", aliases: ["lhr"], partition: "oc1" },
    {
      region: "us-ashburn-1",
      jurisdictions: ["US"],
      name: "US East (Ashburn)",
      aliases: ["iad", "us-ashburn"],
      partition: "oc1",
      note: "Ashburn availability domains are named <prefix>:US-ASHBURN-AD-<n>.",
    },
    { region: "us-chicago-1", jurisdictions: ["US"], name: "US Midwest (Chicago)", aliases: ["ord"], partition: "oc1" },
    { region: "us-phoenix-1", jurisdictions: ["US"], name: "US West (Phoenix)", aliases: ["phx"], partition: "oc1" },
    { region: "us-saltlake-2", jurisdictions: ["US"], name: "US West (Salt Lake City)", aliases: ["aga"], partition: "oc1" },
    { region: "us-sanjose-1", jurisdictions: ["US"], name: "US West (San Jose)", aliases: ["sjc"], partition: "oc1" },

    // --- US government realms (oc2, oc3) ---
    { region: "us-langley-1", jurisdictions: ["US"], name: "US Gov West (Langley)", aliases: ["lfi"], partition: "oc2" },
    { region: "us-luke-1", jurisdictions: ["US"], name: "US Gov East (Luke)", aliases: ["luf"], partition: "oc2" },
    { region: "us-gov-ashburn-1", jurisdictions: ["US"], name: "US Gov East (Ashburn)", aliases: ["ric"], partition: "oc3" },
    { region: "us-gov-chicago-1", jurisdictions: ["US"], name: "US Gov Midwest (Chicago)", aliases: ["pia"], partition: "oc3" },
    { region: "us-gov-phoenix-1", jurisdictions: ["US"], name: "US Gov West (Phoenix)", aliases: ["tus"], partition: "oc3" },

    // --- UK government realm (oc4) ---
    { region: "uk-gov-cardiff-1", jurisdictions: ["GB"], name: "UK Gov West (Cardiff)", aliases: ["brs"], partition: "oc4" },
    { region: "uk-gov-london-1", jurisdictions: ["GB"], name: "UK Gov South (London)", aliases: ["ltn"], partition: "oc4" },

    // --- EU Sovereign Cloud (oc19) ---
    { region: "eu-frankfurt-2", jurisdictions: ["DE"], name: "EU Sovereign Central (Frankfurt)", aliases: ["str"], partition: "oc19" },
    { region: "eu-madrid-2", jurisdictions: ["ES"], name: "EU Sovereign South (Madrid)", aliases: ["vll"], partition: "oc19" },

    // --- dedicated and sovereign realms ---
    { region: "ap-chiyoda-1", jurisdictions: ["JP"], name: "Japan East (Chiyoda)", aliases: ["nja"], partition: "oc8" },
    { region: "ap-ibaraki-1", jurisdictions: ["JP"], name: "Japan East (Ibaraki)", aliases: ["ukb"], partition: "oc8" },
    { region: "me-dcc-muscat-1", jurisdictions: ["OM"], name: "Oman Central (Muscat)", aliases: ["mct"], partition: "oc9" },
    { region: "me-ibri-1", jurisdictions: ["OM"], name: "Oman West (Ibri)", aliases: ["ibr"], partition: "oc9" },
    { region: "ap-dcc-canberra-1", jurisdictions: ["AU"], name: "Australia Southeast (Canberra)", aliases: ["wga"], partition: "oc10" },
    { region: "eu-dcc-dublin-1", jurisdictions: ["IE"], name: "Ireland South (Dublin)", aliases: ["ork"], partition: "oc14" },
    { region: "eu-dcc-dublin-2", jurisdictions: ["IE"], name: "Ireland North (Dublin)", aliases: ["snn"], partition: "oc14" },
    { region: "eu-dcc-milan-1", jurisdictions: ["IT"], name: "Italy (Milan)", aliases: ["bgy"], partition: "oc14" },
    { region: "eu-dcc-milan-2", jurisdictions: ["IT"], name: "Italy 2 (Milan)", aliases: ["mxp"], partition: "oc14" },
    { region: "eu-dcc-rating-1", jurisdictions: ["DE"], name: "Germany (Ratingen)", aliases: ["dus"], partition: "oc14" },
    { region: "eu-dcc-rating-2", jurisdictions: ["DE"], name: "Germany 2 (Ratingen)", aliases: ["dtm"], partition: "oc14" },
    { region: "ap-dcc-gazipur-1", jurisdictions: ["BD"], name: "Bangladesh (Gazipur)", aliases: ["dac"], partition: "oc15" },
    { region: "eu-jovanovac-1", jurisdictions: ["RS"], name: "Serbia Central (Jovanovac)", aliases: ["beg"], partition: "oc20" },
    { region: "me-alrayyan-1", jurisdictions: ["QA"], name: "Qatar (Al Rayyan)", aliases: ["vve"], partition: "oc21" },
    { region: "me-dcc-doha-1", jurisdictions: ["QA"], name: "Qatar (Doha)", aliases: ["doh"], partition: "oc21" },
    { region: "eu-crissier-1", jurisdictions: ["CH"], name: "Switzerland West (Crissier)", aliases: ["avf"], partition: "oc24" },
    { region: "eu-dcc-zurich-1", jurisdictions: ["CH"], name: "Switzerland (Zurich)", aliases: ["avz"], partition: "oc24" },
    { region: "me-abudhabi-3", jurisdictions: ["AE"], name: "UAE (Abu Dhabi 3)", aliases: ["ahu"], partition: "oc26" },
    { region: "me-alain-1", jurisdictions: ["AE"], name: "UAE (Al Ain)", aliases: ["rba"], partition: "oc26" },
    { region: "me-abudhabi-2", jurisdictions: ["AE"], name: "UAE (Abu Dhabi 2)", aliases: ["rkt"], partition: "oc29" },
    { region: "me-abudhabi-4", jurisdictions: ["AE"], name: "UAE (Abu Dhabi 4)", aliases: ["shj"], partition: "oc29" },
    { region: "ap-chuncheon-2", jurisdictions: ["KR"], name: "South Korea (Chuncheon 2)", aliases: ["bno"], partition: "oc35" },
    { region: "ap-seoul-2", jurisdictions: ["KR"], name: "South Korea (Seoul 2)", aliases: ["dtz"], partition: "oc35" },
    { region: "ap-suwon-1", jurisdictions: ["KR"], name: "South Korea (Suwon)", aliases: ["dln"], partition: "oc35" },
    { region: "us-ashburn-2", jurisdictions: ["US"], name: "US East (Ashburn 2)", aliases: ["yxj"], partition: "oc42" },
    { region: "us-newark-1", jurisdictions: ["US"], name: "US East (Newark)", aliases: ["pgc"], partition: "oc42" },
    { region: "eu-budapest-1", jurisdictions: ["HU"], name: "Hungary (Budapest)", aliases: ["jsk"], partition: "oc51" },
    { region: "sa-riodejaneiro-1", jurisdictions: ["BR"], name: "Brazil (Rio de Janeiro)", aliases: ["hnw"], partition: "oc52" },
  ],
};
