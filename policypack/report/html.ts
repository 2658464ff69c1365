/**
 * One self-contained HTML page: inline CSS and JavaScript, no external
 * requests (a Content-Security-Policy forbids them), every value escaped.
 * Totals, a bar chart (inline SVG) of what must move by provider and region,
 * a sortable, filterable findings table, suggested targets, the
 * determination with its citation, exemptions, policies and inputs.
 */
import { escapeHtml as h, jurisdictionList, placeLabel, safeUrl } from "./escape";
import type { MoveGroup, ReportFinding, ScanReport } from "./model";
import { baselineLine, thenAndNow } from "./baseline";
import { clockNote, headline, plural, stackColumns, verdict } from "./summary";

const maxBars = 20;

const css = `
:root{--bg:#f7f7f9;--fg:#1d1f23;--muted:#5f6670;--card:#fff;--line:#e2e4e8;--bad:#c62828;--warn:#b26a00;--ok:#2e7d32;--accent:#3559c7;--bar:#c62828;--chip:#eef0f4}
@media (prefers-color-scheme:dark){:root{--bg:#15171a;--fg:#e8eaed;--muted:#9aa0a6;--card:#1e2125;--line:#33373c;--bad:#ef5350;--warn:#ffb74d;--ok:#66bb6a;--accent:#8ab4f8;--bar:#ef5350;--chip:#2a2e33}}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--fg)}
header{padding:24px 32px 8px}
main{padding:0 32px 32px;max-width:1400px}
h1{font-size:22px;margin:0 0 4px;display:flex;gap:12px;align-items:center;flex-wrap:wrap}
h2{font-size:17px;margin:28px 0 10px}
.meta{color:var(--muted);margin:4px 0}
.badge{font-size:13px;font-weight:700;padding:2px 10px;border-radius:999px;color:#fff}
.badge.pass{background:var(--ok)}.badge.fail{background:var(--bad)}.badge.error{background:var(--warn)}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin-top:16px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 14px}
.card .n{font-size:26px;font-weight:700}.card .l{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.card.bad .n{color:var(--bad)}.card.warn .n{color:var(--warn)}.card.ok .n{color:var(--ok)}
.panel{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 16px}
.det h3{margin:0 0 4px;font-size:15px}
.chips span{display:inline-block;background:var(--chip);border-radius:6px;padding:0 6px;margin:2px 4px 2px 0;font-size:12px}
table{border-collapse:collapse;width:100%;background:var(--card);border:1px solid var(--line);border-radius:10px;overflow:hidden}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid var(--line);vertical-align:top}
th{background:var(--chip);font-weight:600;white-space:nowrap}
th.sortable{cursor:pointer;user-select:none}
th.sortable:after{content:" \\2195";color:var(--muted);font-size:11px}
th[aria-sort=ascending]:after{content:" \\25B2"}th[aria-sort=descending]:after{content:" \\25BC"}
td.num,th.num{text-align:right}
code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
td.nw{white-space:nowrap}
td.nw code{overflow-wrap:normal}
code.urn{font-size:11px}
td{overflow-wrap:anywhere}
#findings th{white-space:normal}
#findings td.nw{white-space:normal}
#findings td.word,#findings td.nw code{overflow-wrap:normal}
#findings .w-res{width:20%}#findings .w-type{width:12%}#findings .w-stack{width:12%}#findings .w-why{width:24%}
@media (max-width:1100px){header{padding:16px 16px 8px}main{padding:0 16px 24px}footer{padding:0 16px 24px}#findings th,#findings td{padding:5px 6px}}
.lvl{font-weight:700;white-space:nowrap}.lvl.mandatory{color:var(--bad)}.lvl.advisory{color:var(--warn)}.lvl.exempt{color:var(--ok)}
.muted{color:var(--muted)}
.controls{display:flex;gap:16px;align-items:center;margin:0 0 8px;flex-wrap:wrap}
.controls input[type=search]{padding:6px 10px;border:1px solid var(--line);border-radius:8px;background:var(--card);color:var(--fg);min-width:280px}
details summary{cursor:pointer;color:var(--accent)}
svg text{fill:var(--fg);font-size:12px}
svg .bar{fill:var(--bar)}
.trend .bar{height:7px;margin:1px 0;background:var(--bar);border-radius:2px}.trend .bar.then{opacity:.4}
svg .count{fill:var(--muted)}
a{color:var(--accent)}
footer{color:var(--muted);padding:0 32px 32px;font-size:12px}
.scroll{overflow-x:auto}
`;

// Sorting and filtering: no data is embedded in the script, it reads the table.
const script = `
(function(){
  var table=document.getElementById('findings');
  if(table){
    var tbody=table.tBodies[0];
    var heads=table.tHead.rows[0].cells;
    function key(row,i){var c=row.cells[i];var v=c.getAttribute('data-sort');return v===null?c.textContent.trim().toLowerCase():v;}
    function sortBy(i){
      var th=heads[i];var asc=th.getAttribute('aria-sort')!=='ascending';
      for(var j=0;j<heads.length;j++){heads[j].removeAttribute('aria-sort');}
      th.setAttribute('aria-sort',asc?'ascending':'descending');
      var numeric=th.getAttribute('data-type')==='number';
      var rows=Array.prototype.slice.call(tbody.rows);
      rows.sort(function(a,b){var x=key(a,i),y=key(b,i);var r=numeric?(parseFloat(x)-parseFloat(y)):(x<y?-1:x>y?1:0);return asc?r:-r;});
      var frag=document.createDocumentFragment();rows.forEach(function(r){frag.appendChild(r);});tbody.appendChild(frag);
    }
    for(var i=0;i<heads.length;i++){(function(i){var th=heads[i];th.classList.add('sortable');th.tabIndex=0;
      th.addEventListener('click',function(){sortBy(i);});
      th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sortBy(i);}});})(i);}
    var filter=document.getElementById('filter');var exempt=document.getElementById('show-exempt');var shown=document.getElementById('shown');
    function apply(){var q=(filter.value||'').toLowerCase();var n=0;
      for(var k=0;k<tbody.rows.length;k++){var r=tbody.rows[k];
        var ok=(!q||r.textContent.toLowerCase().indexOf(q)>=0)&&(exempt.checked||r.getAttribute('data-exempt')!=='true');
        r.hidden=!ok;if(ok){n++;}}
      shown.textContent=n+' of '+tbody.rows.length+' shown';}
    filter.addEventListener('input',apply);exempt.addEventListener('change',apply);apply();
  }
})();
`;

function chart(groups: readonly MoveGroup[]): string {
  if (groups.length === 0) return `<p class="muted">Nothing to move.</p>`;
  const shown = groups.slice(0, maxBars);
  const labelW = 300;
  const barW = 520;
  const rowH = 26;
  const width = labelW + barW + 60;
  const height = shown.length * rowH + 8;
  const max = Math.max(...shown.map((g) => g.count));
  const bars = shown
    .map((g, i) => {
      const y = 4 + i * rowH;
      const w = Math.max(2, Math.round((g.count / max) * barW));
      const label = placeLabel(g.package, g.region, g.jurisdictions);
      return (
        `<g><title>${h(label)}: ${g.count}</title>` +
        `<text x="${labelW - 8}" y="${y + 16}" text-anchor="end">${h(label.length > 44 ? `${label.slice(0, 43)}…` : label)}</text>` +
        `<rect class="bar" x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 8}" rx="3"></rect>` +
        `<text class="count" x="${labelW + w + 6}" y="${y + 16}">${g.count}</text></g>`
      );
    })
    .join("");
  const more =
    groups.length > maxBars ? `<p class="muted">${groups.length - maxBars} more provider/region groups in the JSON report.</p>` : "";
  return `<svg role="img" aria-label="Resources to move by provider and region" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px" xmlns="http://www.w3.org/2000/svg">${bars}</svg>${more}`;
}

function levelCell(f: ReportFinding): string {
  const [cls, text, rank] = f.exempted
    ? ["exempt", "exempt", 2]
    : f.level === "mandatory"
      ? ["mandatory", "mandatory", 0]
      : ["advisory", "advisory", 1];
  return `<td data-sort="${rank}"><span class="lvl ${cls}">${text}</span></td>`;
}

/** An escaped token (type, URN) that may break after its `:` and `/` separators rather than anywhere. */
function token(s: string): string {
  return h(s).replace(/(::|[:/])/g, "$1<wbr>");
}

function findingRow(f: ReportFinding): string {
  const exemption = f.exemption
    ? `<div class="muted">${f.exempted ? "Exempted by" : "Expired exemption"} <code>${h(f.exemption.id)}</code> (${h(f.exemption.expires)})</div>`
    : "";
  const when = f.policy === "upcoming-restriction" && f.effective ? `<div class="muted">From ${h(f.effective)}</div>` : "";
  return (
    `<tr data-exempt="${f.exempted}">` +
    levelCell(f) +
    `<td class="nw"><code>${h(f.policy)}</code></td>` +
    `<td data-sort="${h(f.name.toLowerCase())}"><strong>${h(f.name)}</strong><br><code class="muted urn">${token(f.urn)}</code></td>` +
    `<td><code>${token(f.type)}</code></td>` +
    `<td class="word">${h(f.package)}</td>` +
    `<td class="nw">${f.region !== undefined ? `<code>${h(f.region)}</code>` : `<span class="muted">—</span>`}</td>` +
    `<td class="word">${h(jurisdictionList(f.jurisdictions))}</td>` +
    `<td>${h(f.stack ?? "")}</td>` +
    `<td>${h(f.reason)}${when}${exemption}<details><summary>Message</summary>${h(f.message)}</details></td>` +
    `</tr>`
  );
}

/** The baseline summary and the then/now chart of resources left to move per provider and region. */
function baselineHtml(r: ScanReport): string {
  const b = r.baseline!;
  const rows = thenAndNow(r);
  const max = Math.max(1, ...rows.map((x) => Math.max(x.then, x.now)));
  const bar = (n: number, cls: string): string => `<div class="bar ${cls}" style="width:${((n / max) * 100).toFixed(1)}%"></div>`;
  return (
    `\n<section><h2>Since the baseline</h2><p><strong>${h(baselineLine(b))}</strong></p>` +
    (rows.length
      ? `<table class="trend"><thead><tr><th>Provider</th><th>Region</th><th class="num">${h(b.generatedAt.slice(0, 10))}</th><th class="num">Now</th><th>Left to move</th></tr></thead><tbody>` +
        rows
          .map(
            (x) =>
              `<tr><td><code>${h(x.package)}</code></td><td>${x.region !== undefined ? `<code>${h(x.region)}</code>` : "not set"}</td><td class="num">${x.then}</td><td class="num">${x.now}</td><td style="min-width:8em">${bar(x.then, "then")}${bar(x.now, "now")}</td></tr>`,
          )
          .join("") +
        `</tbody></table>`
      : "") +
    `</section>`
  );
}

export function renderHtml(r: ScanReport): string {
  const t = r.totals;
  const status = r.outcome;
  const badge = status === "pass" ? (t.mandatory > 0 ? "RESTRICTED" : "PASS") : status === "fail" ? "FAIL" : "ERROR";
  const cards = [
    ["Resources scanned", t.resources, ""],
    ["Mandatory", t.mandatory, t.mandatory ? "bad" : "ok"],
    ["Advisory", t.advisory, t.advisory ? "warn" : "ok"],
    ["Exempted", t.exempted, ""],
    ["Resources to move", t.resourcesToMove, t.resourcesToMove ? "bad" : "ok"],
    ["Inputs", t.inputs - t.inputsFailed, t.inputsFailed ? "warn" : ""],
  ]
    .map(([l, n, cls]) => `<div class="card ${cls}"><div class="n">${n}</div><div class="l">${h(String(l))}</div></div>`)
    .join("");

  const determinations = r.determinations.length
    ? r.determinations
        .map((d) => {
          const url = safeUrl(d.url);
          const cite = url ? `<a href="${h(url)}" rel="noreferrer noopener">${h(d.citation)}</a>` : h(d.citation);
          return (
            `<div class="panel det"><h3>${h(d.title)} <code>${h(d.id)}</code></h3>` +
            `<div>${h(d.authority)} — ${cite}${d.effective ? `, effective ${h(d.effective)}` : ""}</div>` +
            `<div class="chips">Restricted jurisdictions: ${d.jurisdictions.map((j) => `<span>${h(j)}</span>`).join("") || "none"}</div>` +
            `<div class="chips">Restricted providers: ${d.providers.map((p) => `<span>${h(p)}</span>`).join("") || "none"}</div>` +
            `<div class="muted">Used by ${d.policies.map((p) => `<code>${h(p)}</code>`).join(", ")}</div></div>`
          );
        })
        .join("")
    : `<p class="muted">No determination-driven policy is enabled.</p>`;

  const findings = r.findings.length
    ? `<div class="controls"><input type="search" id="filter" placeholder="Filter findings (name, type, region, policy…)" aria-label="Filter findings">` +
      `<label><input type="checkbox" id="show-exempt" checked> show exempted</label><span id="shown" class="muted"></span></div>` +
      `<div class="scroll"><table id="findings"><thead><tr><th>Level</th><th>Policy</th><th class="w-res">Resource</th><th class="w-type">Type</th><th>Provider</th><th>Region</th><th>Jurisdiction</th><th class="w-stack">Stack</th><th class="w-why">Why</th></tr></thead><tbody>` +
      r.findings.map(findingRow).join("") +
      `</tbody></table></div>`
    : `<p class="muted">No findings: nothing in the scanned inputs is restricted.</p>`;

  const inv = r.inventory;
  const targets = inv.targets.length
    ? `<table><thead><tr><th>Type</th><th class="num">Resources</th><th>AWS</th><th>Azure</th><th>Google Cloud</th></tr></thead><tbody>` +
      inv.targets
        .map(
          (s) =>
            `<tr><td><code>${h(s.type)}</code>${s.exact ? "" : ` <span class="muted">(${h(s.family)})</span>`}</td><td class="num">${s.count}</td><td>${h(s.aws.service)}</td><td>${h(s.azure.service)}</td><td>${h(s.gcp.service)}</td></tr>`,
        )
        .join("") +
      `</tbody></table>`
    : `<p class="muted">No suggestions.</p>`;

  const exemptions = r.exemptions.length
    ? `<table><thead><tr><th>Id</th><th>Status</th><th>Expires</th><th class="num">Matched</th><th>Approved by</th><th>Ticket</th><th>Reason</th><th>Resources</th></tr></thead><tbody>` +
      r.exemptions
        .map((e) => {
          const st =
            e.status === "expired"
              ? `<span class="lvl mandatory">expired</span> (not honoured)`
              : e.status === "expiring"
                ? `<span class="lvl advisory">expiring</span> in ${h(plural(e.daysLeft, "day"))}`
                : `<span class="lvl exempt">active</span>`;
          return `<tr><td class="nw"><code>${h(e.id)}</code></td><td>${st}${e.matched === 0 ? ` <span class="muted">unused</span>` : ""}</td><td class="nw">${h(e.expires)}</td><td class="num">${e.matched}</td><td>${h(e.approvedBy ?? "")}</td><td>${h(e.ticket ?? "")}</td><td>${h(e.reason)}</td><td>${e.resources.map((p) => `<code>${h(p)}</code>`).join("<br>")}</td></tr>`;
        })
        .join("") +
      `</tbody></table>`
    : `<p class="muted">No exemptions configured.</p>`;

  const policies =
    `<table><thead><tr><th>Policy</th><th>Level</th><th>Severity</th><th class="num">Mandatory</th><th class="num">Advisory</th><th class="num">Exempted</th><th>What it reports</th></tr></thead><tbody>` +
    r.policies
      .map((p) => {
        const url = safeUrl(p.url);
        const name = url ? `<a href="${h(url)}" rel="noreferrer noopener"><code>${h(p.name)}</code></a>` : `<code>${h(p.name)}</code>`;
        return `<tr><td class="nw">${name}</td><td>${h(p.enforcementLevel)}</td><td>${h(p.severity)}</td><td class="num">${p.mandatory}</td><td class="num">${p.advisory}</td><td class="num">${p.exempted}</td><td>${h(p.description)}</td></tr>`;
      })
      .join("") +
    `</tbody></table>`;

  const inputs =
    `<table><thead><tr><th>Input</th><th>Format</th><th>Stack</th><th>Project</th><th class="num">Resources</th><th class="num">Findings</th></tr></thead><tbody>` +
    r.inputs
      .map((i) =>
        i.status === "failed"
          ? `<tr><td><code>${h(i.input)}</code></td><td colspan="5"><span class="lvl mandatory">failed</span> ${h(i.error ?? "")}</td></tr>`
          : `<tr><td><code>${h(i.input)}</code></td><td>${h(i.format ?? "")}</td><td>${h((i.stacks ?? []).join(", "))}</td><td>${h((i.projects ?? []).join(", "))}</td><td class="num">${i.resources ?? 0}</td><td class="num">${i.findings ?? 0}</td></tr>`,
      )
      .join("") +
    `</tbody></table>`;

  const note = clockNote(r);
  const trend = r.baseline ? baselineHtml(r) : "";
  const stacks = r.stacks
    ? `\n<section><h2>Stacks (${r.stacks.length})</h2><table><thead><tr><th>${stackColumns[0]}</th>${stackColumns
        .slice(1)
        .map((c) => `<th class="num">${c}</th>`)
        .join("")}</tr></thead><tbody>` +
      r.stacks
        .map((s) =>
          s.status === "failed"
            ? `<tr><td><code>${h(s.stack)}</code></td><td colspan="4"><span class="lvl mandatory">failed</span> ${h(s.error ?? "")}</td></tr>`
            : `<tr><td><code>${h(s.stack)}</code></td><td class="num">${s.resources}</td><td class="num">${s.mandatory}</td><td class="num">${s.advisory}</td><td class="num">${s.exempted}</td></tr>`,
        )
        .join("") +
      `</tbody></table></section>`
    : "";

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>${h(r.tool.name)} scan — ${badge}</title>
<style>${css}</style>
</head>
<body>
<header>
<h1>U.S.-person data guard — scan report <span class="badge ${badge === "RESTRICTED" ? "fail" : status}">${badge}</span></h1>
<p class="meta">${h(verdict(r))}</p>
<p class="meta">${h(headline(r))} Generated ${h(r.generatedAt)} by ${h(r.tool.name)} ${h(r.tool.version)}.</p>${note ? `\n<p class="meta clock"><strong>${h(note)}</strong></p>` : ""}
<div class="cards">${cards}</div>
</header>
<main>
<section><h2>Determination</h2>${determinations}</section>${trend}${stacks}
<section><h2>Resources to move by provider and region</h2><div class="panel">${chart(inv.byProviderRegion)}</div></section>
<section><h2>Findings</h2>${findings}</section>
<section><h2>Suggested targets</h2>${targets}</section>
<section><h2>Exemptions</h2>${exemptions}</section>
<section><h2>Policies</h2>${policies}</section>
<section><h2>Inputs</h2>${inputs}</section>
</main>
<footer>Presets are templates with citations, not legal advice. Secret values in the scanned files are never read or shown.</footer>
<script>${script}</script>
</body>
</html>
`;
}
