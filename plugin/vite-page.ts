/**
 * The requirements page of `vite dev`: the report renderer (src/report/) served at `/__prd/`,
 * updated over Vite's own HMR channel. Dev only: it lives in `configureServer`, so `vite build`
 * never sees it. The renderer is imported on the first request or page connection, not at start-up.
 */
import pc from 'picocolors';
import type { HotChannelClient, ViteDevServer } from 'vite';
import { UsageError } from '../src/errors.js';
import type { Manifest } from '../src/orchestrate.js';
import type { ReportError, ReportInput } from '../src/report/index.js';
import type { Conflict, PrdWarning } from '../src/types.js';

/** Where the page is served unless the `page` option says otherwise. */
export const DEFAULT_PAGE_PATH = '/__prd/';
/** Custom HMR event carrying a new report model to the page. */
export const PAGE_EVENT = 'prd:report';
/** Custom HMR event a page sends once connected, answered with {@link PAGE_EVENT} to that page alone. */
export const PAGE_REQUEST_EVENT = 'prd:report:request';

/**
 * The `page` option, checked once: `false`, or a path starting with `/` (a trailing `/` is added).
 * @param value the option as given; `undefined` means the default
 * @returns the page's path, or `false` for no page
 */
export function normalizePagePath(value: unknown): string | false {
  if (value === undefined) return DEFAULT_PAGE_PATH;
  if (value === false) return false;
  if (typeof value !== 'string' || !/^\/[\w\-./~]*$/.test(value) || value.includes('..')) {
    throw new UsageError(`Option "page" is ${JSON.stringify(value)}; expected false or a URL path such as "${DEFAULT_PAGE_PATH}" (letters, digits, "-", "_", ".", "/", "~"; starting with "/")`);
  }
  return value.endsWith('/') ? value : `${value}/`;
}

/** What one regeneration tells the page. A run with errors leaves `manifest` out: the last good one stays. */
export interface PageRun {
  manifest?: Pick<Manifest, 'prds' | 'tasks' | 'conflicts'>;
  warnings?: PrdWarning[];
  conflicts?: Conflict[];
  errors: ReportError[];
}

export interface RequirementsPage {
  /** Serve the page, add its link to the start banner, answer pages that connect. */
  configureServer(server: ViteDevServer): void;
  /** A run finished: remember what it says and push the new model to open pages. */
  update(run: PageRun): void;
  /** Coverage changed (a saved source file or PRD): show it with the tasks. */
  setCoverage(coverage: NonNullable<ReportInput['coverage']>): void;
}

/**
 * The page's session: the last good manifest, the current problems and the connected pages.
 * @param options `path`: where to serve it (normalised); `root`: the project root, for editor links
 */
export function createRequirementsPage(options: { path: string; root: string; title?: string }): RequirementsPage {
  let input: ReportInput = { title: options.title ?? 'Requirements', manifest: { prds: [], tasks: [], conflicts: [] }, errors: [] };
  const pages = new Set<HotChannelClient>();
  let server: ViteDevServer | undefined;

  const report = () => import('../src/report/index.js');
  const model = async () => (await report()).buildReportModel(input);

  const send = async (clients: Iterable<HotChannelClient>): Promise<void> => {
    const data = await model();
    for (const client of clients) client.send({ type: 'custom', event: PAGE_EVENT, data });
  };

  return {
    configureServer(devServer) {
      server = devServer;
      const base = devServer.config.base.replace(/\/?$/, '/');
      const served = base + options.path.slice(1);
      const bare = served.slice(0, -1);
      devServer.middlewares.use((req, res, next) => {
        const pathname = (req.url ?? '').split('?')[0];
        if (pathname === bare) {
          res.statusCode = 302;
          res.setHeader('Location', served);
          res.end();
          return;
        }
        if (pathname !== served || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
        void (async () => {
          const { renderReportHtml } = await report();
          const html = renderReportHtml(await model(), {
            links: { kind: 'editor', url: '/__open-in-editor', root: `${options.root.replace(/\/?$/, '/')}` },
            live: { client: `${base}@vite/client`, owner: served, event: PAGE_EVENT, request: PAGE_REQUEST_EVENT },
          });
          res.statusCode = 200;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(req.method === 'HEAD' ? undefined : html);
        })().catch(next);
      });

      const printUrls = devServer.printUrls.bind(devServer);
      devServer.printUrls = () => {
        printUrls();
        for (const url of devServer.resolvedUrls?.local ?? []) {
          const link = url.replace(/\/?$/, '/') + options.path.slice(1);
          devServer.config.logger.info(`  ${pc.green('➜')}  ${pc.bold('Requirements')}: ${pc.cyan(link)}`);
        }
      };

      const hot = devServer.environments.client.hot;
      hot.on(PAGE_REQUEST_EVENT, (_data: unknown, client: HotChannelClient) => {
        pages.add(client);
        // Vite's client reloads a page whose first `update` finds an overlay open. The page holds no
        // module of the app, so it may never get an update before a PRD breaks: give it one now,
        // while nothing is broken (with an overlay open, that same rule would reload it in a loop).
        if (input.errors?.length === 0) client.send({ type: 'update', updates: [] });
        void send([client]);
      });
      hot.on('vite:client:disconnect', (_data: unknown, client: HotChannelClient) => {
        pages.delete(client);
      });
    },

    update(run) {
      input = {
        ...input,
        ...(run.manifest ? { manifest: run.manifest } : {}),
        warnings: run.warnings ?? input.warnings ?? [],
        ...(run.conflicts ? { conflicts: run.conflicts } : {}),
        errors: run.errors,
      };
      if (server && pages.size > 0) void send(pages);
    },

    setCoverage(coverage) {
      input = { ...input, coverage };
      if (server && pages.size > 0) void send(pages);
    },
  };
}
