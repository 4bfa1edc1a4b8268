/**
 * The requirements page's style sheet: system fonts, light and dark through `prefers-color-scheme`,
 * a table at desktop width that turns into one card per task below 720 px (readable at 390 px).
 */
export const PAGE_STYLE = `
:root { color-scheme: light dark; --bg: #fff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa;
  --accent: #0969da; --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --mod: #8250df;
  --api: #0969da; --model: #8250df; --page: #1a7f37; --rule: #9a6700; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #151b23;
    --accent: #4493f8; --ok: #3fb950; --bad: #f85149; --warn: #d29922; --mod: #ab7df8;
    --api: #4493f8; --model: #ab7df8; --page: #3fb950; --rule: #d29922; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
main { max-width: 1400px; margin: 0 auto; padding: 16px 20px 48px; }
h1 { font-size: 22px; margin: 0 8px 4px 0; display: inline-block; }
h2 { font-size: 16px; margin: 24px 0 8px; }
a { color: var(--accent); }
code, .mono, a.loc { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
a.loc { white-space: nowrap; }
.muted { color: var(--muted); }
.banner { border: 1px solid var(--bad); border-left-width: 4px; background: var(--panel); padding: 8px 12px; margin: 12px 0; border-radius: 6px; }
.banner:empty { display: none; }
.live { font-size: 12px; color: var(--muted); }
.live:empty { display: none; }
.live::before { content: "●"; margin-right: 4px; color: var(--muted); }
.live[data-state="live"]::before { color: var(--ok); }
.live[data-state="error"]::before { color: var(--bad); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 8px; margin: 12px 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; background: var(--panel); }
.card b { font-size: 20px; display: block; }
.bar { height: 6px; border-radius: 3px; background: var(--line); overflow: hidden; margin-top: 6px; }
.bar > span { display: block; height: 100%; }
.kind-api { --k: var(--api); } .kind-model { --k: var(--model); } .kind-page { --k: var(--page); } .kind-rule { --k: var(--rule); }
.bar > span { background: var(--k, var(--accent)); }
.badge { display: inline-block; padding: 0 6px; border-radius: 10px; font-size: 11.5px; line-height: 18px; border: 1px solid currentColor; white-space: nowrap; }
.badge.kind { color: var(--k); }
.badge.implemented, .badge.added { color: var(--ok); }
.badge.missing, .badge.removed, .badge.breaking, .badge.error { color: var(--bad); }
.badge.modified { color: var(--mod); }
.badge.warning, .badge.conflict, .badge.should { color: var(--warn); }
.badge.must { color: var(--bad); } .badge.may { color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; position: sticky; top: 0; background: var(--bg); padding: 6px 0; z-index: 1; }
.filters select, .filters input { font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 4px 8px; }
.filters input { flex: 1 1 200px; min-width: 0; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { font-size: 12px; color: var(--muted); font-weight: 600; white-space: nowrap; }
th button { all: unset; cursor: pointer; }
th button:focus-visible { outline: 2px solid var(--accent); }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
tr.removed td { opacity: .7; } tr.removed .what { text-decoration: line-through; }
td.id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; word-break: break-all; max-width: 220px; }
.what .fields { margin: 2px 0 0; padding: 0; list-style: none; color: var(--muted); font-size: 12.5px; }
.what .fields li { display: inline; } .what .fields li + li::before { content: ", "; }
ul.places, ul.details { margin: 0; padding: 0; list-style: none; }
ul.details { color: var(--muted); font-size: 12.5px; }
ul.problems { margin: 0; padding: 0; list-style: none; }
ul.problems li { padding: 4px 0; border-bottom: 1px solid var(--line); }
.empty { color: var(--muted); padding: 12px 0; }
@media (max-width: 720px) {
  main { padding: 12px 12px 40px; }
  table.tasks thead { display: none; }
  table.tasks, table.tasks tbody, table.tasks tr, table.tasks td { display: block; width: 100%; }
  table.tasks tr { border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; padding: 4px 0; }
  table.tasks td { border: 0; padding: 2px 10px; max-width: none; }
  table.tasks td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: 12px; }
  .prd-table th:nth-child(n+3), .prd-table td:nth-child(n+3) { display: none; }
}
`;
