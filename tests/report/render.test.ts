/** The renderers with hostile names: everything escaped, HTML self-contained, Markdown bounded. */
import { escapeMarkdown, codeSpan, escapeHtml, terminalSafe } from "../../policypack/report/escape";
import { renderHtml } from "../../policypack/report/html";
import { maxFindingRows, renderMarkdown } from "../../policypack/report/markdown";
import { renderText } from "../../policypack/report/text";
import { renderSarif } from "../../policypack/report/sarif";
import { report } from "../support/reports";

const hostile = `<script>alert("x")</script>|**bold**\`tick\`[link](http://evil)\u001b[31m\u202e`;

describe("escaping", () => {
  it("HTML escapes every character that matters", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });

  it("terminal text loses control characters and bidi overrides", () => {
    expect(terminalSafe("a\u001b[31mb\u202ec\nd")).toBe("a?[31mb?c d");
  });

  it("Markdown code spans survive backticks and pipes; text loses its markup", () => {
    expect(codeSpan("a`b|c")).toBe("``a`b\\|c``");
    expect(codeSpan("`x`")).toBe("`` `x` ``");
    expect(escapeMarkdown("*a* [b](c) <d> @team :smile:")).toBe("\\*a\\* \\[b\\]\\(c\\) \\<d\\> \\@team \\:smile\\:");
  });
});

describe("HTML", () => {
  const html = renderHtml(report(hostile));

  it("escapes hostile names", () => {
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).not.toContain("javascript:alert");
  });

  it("is self-contained: no external scripts, styles, images, fonts or frames", () => {
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<img\b|<iframe\b|@import|url\(/i);
    expect((html.match(/<script>/g) ?? []).length).toBe(1);
  });

  it("has totals, a bar chart, a sortable table, the determination and its citation", () => {
    expect(html).toMatch(/<svg role="img" aria-label="Resources to move by provider and region"/);
    expect(html).toMatch(/<table id="findings">/);
    expect((html.match(/<tr data-exempt=/g) ?? []).length).toBe(2);
    expect(html).toContain("28 CFR Part 202 (EO 14117)");
    expect(html).toMatch(/class="card bad"><div class="n">1<\/div><div class="l">Mandatory/);
  });
});

describe("Markdown", () => {
  it("escapes hostile names and keeps tables intact", () => {
    const md = renderMarkdown(report(hostile));
    // Untrusted values sit in code spans (shown literally by every CommonMark renderer); nowhere else.
    const outsideCode = md.replace(/(`+)[^`](?:.*?[^`])?\1(?!`)/g, "");
    expect(outsideCode).not.toContain("<script>");
    expect(outsideCode).not.toContain("[link](");
    for (const line of md.split("\n").filter((l) => l.startsWith("| ") && l.includes("restricted-"))) {
      // Unescaped pipes would add columns.
      expect(line.replace(/\\\|/g, "").split("|").length).toBe(8);
    }
  });

  it("stays under GitHub's comment limit with many findings", () => {
    const md = renderMarkdown(report("bucket-with-a-long-name", 5000));
    expect(md.length).toBeLessThan(65536);
    expect(md).toContain(`${5000 - maxFindingRows} more findings are not shown here`);
  });
});

describe("text and SARIF", () => {
  it("text never passes control characters through", () => {
    const t = renderText(report(hostile), { color: false, grouped: true }) + renderText(report(hostile), { color: false, grouped: false });
    expect(t).not.toContain("\u001b");
    expect(t).not.toContain("\u202e");
  });

  it("SARIF keeps names verbatim inside JSON strings", () => {
    const log = JSON.parse(renderSarif(report(hostile))) as {
      runs: { results: { locations: { logicalLocations: { name: string }[] }[] }[] }[];
    };
    expect(log.runs[0]!.results[0]!.locations[0]!.logicalLocations[0]!.name).toBe(`${hostile}0`);
  });

  it("an advisory policy makes its findings advisory", () => {
    const r = report("x", 2);
    expect(r.findings.map((f) => [f.policy, f.level])).toEqual([
      ["restricted-provider", "mandatory"],
      ["restricted-region", "advisory"],
    ]);
  });
});
