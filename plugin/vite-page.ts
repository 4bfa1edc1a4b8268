/**
 * The requirements page of `vite dev`: the report renderer (src/report/) served at `/__prd/`,
 * updated over Vite's own HMR channel. Dev only: it lives in `configureServer`, so `vite build`
 * never sees it. The renderer is imported on the first request or page connection, not at start-up.
 */
import pc from 'picocolors';
import type { HotChannelClient, ViteDevServer } from 'vite';
import { UsageError } from '../src/errors.js';
import type { Manifest } from '../src/orchestrate.js';
import type { TaskReader } from '../src/diff/index.js';
import type { ReportError, ReportInput } from '../src/report/index.js';
import type { Conflict, PrdWarning, Task } from '../src/types.js';

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
  /** Coverage changed (the scan ended, a source file was saved): push the model to open pages again. */
  refresh(): void;
}

export interface RequirementsPageOptions {
  /** Where to serve it (see {@link normalizePagePath}). */
  path: string;
  /** The project root: editor links and git revisions are read from it. */
  root: string;
  /** The PRD globs and output folder, to read the same PRDs at `HEAD`. */
  prds: string[];
  outDir: string;
  title?: string;
  /** The coverage to show with the tasks, read when a model is built (only while a page is open). */
  coverage?: () => ReportInput['coverage'];
}

/**
 * The page's session: the last good manifest, the current problems, the git reader of `HEAD` and
 * the connected pages.
 */
export function createRequirementsPage(options: RequirementsPageOptions): RequirementsPage {
  let input: ReportInput = { title: options.title ?? 'Requirements', manifest: { prds: [], tasks: [], conflicts: [] }, errors: [] };
  const pages = new Set<HotChannelClient>();
  let server: ViteDevServer | undefined;

  const report = () => import('../src/report/index.js');
  // One reader for the session: PRDs whose git blob is unchanged are not extracted again.
  let reader: TaskReader | undefined;

  /**
   * What changed since `HEAD`. Read only while a page is open; a project outside git, or without a
   * commit yet, has no such section rather than an error on the page.
   */
  const sinceHead = async (tasks: readonly Task[]): Promise<ReportInput['changes']> => {
    const { createTaskReader, diffTasks, readTasksAtRevision } = await import('../src/diff/index.js');
    reader ??= createTaskReader();
    try {
      const head = await readTasksAtRevision({ root: options.root, prds: options.prds, outDir: options.outDir, rev: 'HEAD', reader });
      return { base: 'HEAD', head: 'working tree', tasks: diffTasks(head.tasks, tasks).changes };
    } catch (error) {
      if (error instanceof UsageError) return undefined;
      throw error;
    }
  };

  const model = async () => {
    const { buildReportModel } = await report();
    const changes = await sinceHead(input.manifest?.tasks ?? []);
    const coverage = options.coverage?.();
    return buildReportModel({ ...input, ...(coverage ? { coverage } : {}), ...(changes ? { changes } : {}) });
  };

  // Models are sent in the order of the updates: a slow git read never lets an older model land last.
  let sending: Promise<void> = Promise.resolve();
  const send = (clients: Iterable<HotChannelClient>): void => {
    const to = [...clients];
    sending = sending
      .then(async () => {
        const data = await model();
        for (const client of to) client.send({ type: 'custom', event: PAGE_EVENT, data });
      })
      .catch((error: unknown) => server?.config.logger.error(`[prd-orchestrator] requirements page: ${error instanceof Error ? error.message : String(error)}`));
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
        send([client]);
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
      if (server && pages.size > 0) send(pages);
    },

    refresh() {
      if (server && pages.size > 0) send(pages);
    },
  };
}
