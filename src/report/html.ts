/**
 * The one HTML renderer of the requirements page: `coverage --html` writes its output to a file,
 * the Vite plugin serves it live at `/__prd/`. One self-contained document: HTML, CSS and a small
 * script, no external URL. The model travels as JSON inside the page; the script draws it.
 */
import type { ReportModel } from './model.js';
import { PAGE_SCRIPT } from './page-script.js';
import { PAGE_STYLE } from './page-style.js';

/** How a `file:line` becomes a link. */
export type ReportLinks =
  /** A relative link to the file: `base` is the way from the page's folder to the project root (`'../'`, `''`). */
  | { kind: 'file'; base: string }
  /** Vite's editor opener: `url` (`/__open-in-editor`) with `?file=<root><file>:<line>`. */
  | { kind: 'editor'; url: string; root: string };

/** Live updates over Vite's HMR channel (the dev server's page). */
export interface ReportLive {
  /** URL of Vite's client module, whose `createHotContext` the page uses (`/@vite/client`). */
  client: string;
  /** The page's own path, the hot context's owner. */
  owner: string;
  /** Custom event that carries a new model to the page. */
  event: string;
  /** Custom event the page sends once connected, to be sent the current model. */
  request: string;
}

export interface ReportHtmlOptions {
  /** @default `{ kind: 'file', base: '' }`: links relative to a page at the project root */
  links?: ReportLinks;
  /** Subscribe to the dev server. Absent in a static file. */
  live?: ReportLive;
}

/**
 * Renders the requirements page.
 * @param model tasks, coverage, diff and problems (see {@link ReportModel}); untrusted text throughout
 * @param options how `file:line` links open; whether the page subscribes to a dev server
 * @returns one HTML document, deterministic for a given model and options
 */
export function renderReportHtml(model: ReportModel, options: ReportHtmlOptions = {}): string {
  const config = { links: options.links ?? { kind: 'file', base: '' }, ...(options.live ? { live: options.live } : {}) };
  const title = escapeHtml(model.title);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="prd-orchestrator">
<title>${title}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<main>
<header><h1 id="prd-title">${title}</h1><span id="prd-live" class="live" data-state="static">${options.live ? 'live' : ''}</span></header>
<div id="prd-banner" class="banner" role="alert"></div>
<section id="prd-summary" class="cards" aria-label="Tasks by kind"></section>
<section id="prd-diff"></section>
<section id="prd-problems"></section>
<h2>PRDs</h2>
<section id="prd-prds"></section>
<h2>Tasks <span id="prd-count" class="muted"></span></h2>
<div class="filters" role="search">
<select id="prd-kind" aria-label="Kind"></select>
<select id="prd-prd" aria-label="PRD"></select>
<select id="prd-status" aria-label="Status"></select>
<input id="prd-search" type="search" placeholder="Search ids, paths, names, text" aria-label="Search">
</div>
<section id="prd-tasks"></section>
<section id="prd-orphans"></section>
</main>
<script type="application/json" id="prd-model">${jsonForScript(model)}</script>
<script type="application/json" id="prd-config">${jsonForScript(config)}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

/**
 * JSON that is safe as the text of a `<script>` element and as JavaScript: `<`, `>` and `&` are
 * written as `\u003c`… so no `</script>` or `<!--` in PRD text can end or bend the element, and
 * U+2028 / U+2029 are escaped for older JavaScript parsers. `JSON.parse` reads it back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
