import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync, type Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatFiles, generateFiles, logger, OverwriteStrategy, readProjectConfiguration, type Tree } from '@nx/devkit';
import type { ApiTask, PageTask, TaskSource } from '../../src/types.js';
import { insidePath, packageRoot, toPosix } from '../../src/paths.js';
import { componentName, sampleUrl, toAppRoute } from './routes.js';
import { readTasksFromTree } from './tasks.js';

export interface ScaffoldGeneratorSchema {
  project: string;
  prds?: string;
  appDir?: string;
  templates?: string;
  kinds?: Array<'api' | 'page'>;
  skipFormat?: boolean;
}

/** What the generator did; returned for callers and tests. */
export interface ScaffoldResult {
  created: string[];
  skipped: string[];
  /** Tasks whose route cannot be a safe folder name. */
  refused: string[];
}

type TemplateName = 'crud-api' | 'simple-page';

function fail(message: string): never {
  throw new Error(`prd-orchestrator:scaffold: ${message}`);
}

function insideFolder(name: string, value: string): string {
  return insidePath(value) ?? fail(`--${name} must be a folder path without "..", not absolute; got ${JSON.stringify(value)}`);
}

function sourceText(sources: TaskSource[]): string {
  const first = sources[0];
  // JSON-quoted so a file name cannot end the line comment it sits in.
  return first ? JSON.stringify(`${first.file}:${first.line}`) : '"the PRDs"';
}

/**
 * The template folder on disk. `generateFiles` reads real folders, so an override that lives in the Tree (and maybe
 * not yet on disk) is copied to a temporary folder first.
 */
function templateFolder(tree: Tree, overrides: string, name: TemplateName, temps: string[]): string {
  const override = path.posix.join(overrides, name);
  if (!tree.exists(override) || tree.isFile(override)) return path.join(packageRoot(), 'templates', name);
  const temp = mkdtempSync(path.join(tmpdir(), `prd-orchestrator-${name}-`));
  temps.push(temp);
  const copy = (from: string, to: string) => {
    for (const child of tree.children(from)) {
      const source = path.posix.join(from, child);
      if (tree.isFile(source)) writeFileSync(path.join(to, child), tree.read(source) as Buffer);
      else {
        mkdirSync(path.join(to, child));
        copy(source, path.join(to, child));
      }
    }
  };
  copy(override, temp);
  return temp;
}

/** A template folder on disk and the files it produces (relative, `.template` removed). */
interface Template {
  folder: string;
  outputs: string[];
}

function readTemplate(folder: string): Template {
  const outputs = (readdirSync(folder, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => toPosix(path.relative(folder, path.join(entry.parentPath, entry.name))).replace(/\.template$/, ''));
  return { folder, outputs };
}

/** Generates one folder, recording which target files were created and which already existed (and were kept). */
function generate(tree: Tree, template: Template, target: string, substitutions: Record<string, unknown>, result: ScaffoldResult): void {
  const files = template.outputs.map((output) => path.posix.join(target, output));
  const existed = new Set(files.filter((file) => tree.exists(file)));
  generateFiles(tree, template.folder, target, substitutions, { overwriteStrategy: OverwriteStrategy.KeepExisting });
  for (const file of files) (existed.has(file) ? result.skipped : result.created).push(file);
}

function apiSubstitutions(task: ApiTask, params: string[]) {
  return {
    methods: task.methods,
    params,
    pathLiteral: JSON.stringify(task.path),
    urlLiteral: JSON.stringify(sampleUrl(task.path)),
    sampleParamsLiteral: JSON.stringify(Object.fromEntries(params.map((name) => [name, '1']))),
    source: sourceText(task.sources),
  };
}

function pageSubstitutions(task: PageTask) {
  return {
    componentName: componentName(task.title, task.route),
    titleLiteral: JSON.stringify(task.title),
    routeLiteral: JSON.stringify(task.route),
    source: sourceText(task.sources),
  };
}

/**
 * The scaffold itself, returning what it did (the Nx entry below must return a callback, not a report).
 * Creates user-owned files for a project's extracted tasks: a Next.js route handler (`crud-api`) per API and a page
 * (`simple-page`) per page, each with a vitest test. Files that exist are skipped: these files belong to the user.
 * @param tree the Nx virtual file system
 * @param schema generator options (schema.json)
 * @returns what was created, skipped and refused
 */
export async function scaffold(tree: Tree, schema: ScaffoldGeneratorSchema): Promise<ScaffoldResult> {
  const project = readProjectConfiguration(tree, schema.project);
  const appDir = insideFolder('appDir', schema.appDir ?? 'app');
  const overrides = insideFolder('templates', schema.templates ?? 'tools/prd-templates');
  const kinds = schema.kinds ?? ['api', 'page'];
  const tasks = readTasksFromTree(tree, project.root, schema.prds ?? 'docs/prd/**/*.md');
  const result: ScaffoldResult = { created: [], skipped: [], refused: [] };
  const temps: string[] = [];
  const templates = new Map<TemplateName, Template>();
  // Each template is resolved (and an override copied out of the Tree) once per run, not once per task.
  const template = (name: TemplateName): Template => {
    let found = templates.get(name);
    if (!found) {
      found = readTemplate(templateFolder(tree, overrides, name, temps));
      templates.set(name, found);
    }
    return found;
  };
  try {
    for (const task of tasks) {
      if (task.kind !== 'api' && task.kind !== 'page') continue;
      if (!kinds.includes(task.kind)) continue;
      const route = task.kind === 'api' ? task.path : task.route;
      const appRoute = toAppRoute(route);
      if (!appRoute) {
        result.refused.push(`${task.kind} ${route}`);
        logger.warn(`prd-orchestrator:scaffold: skipped ${task.kind} ${JSON.stringify(route)} from ${sourceText(task.sources)}: it is not a route of plain segments and :name parameters`);
        continue;
      }
      const target = path.posix.join(project.root, appDir, appRoute.folder);
      const substitutions = task.kind === 'api' ? apiSubstitutions(task, appRoute.params) : pageSubstitutions(task);
      generate(tree, template(task.kind === 'api' ? 'crud-api' : 'simple-page'), target, substitutions, result);
    }
  } finally {
    for (const temp of temps) rmSync(temp, { recursive: true, force: true });
  }
  for (const file of result.skipped) logger.info(`prd-orchestrator:scaffold: kept ${file} (exists; scaffolds never overwrite)`);
  if (!schema.skipFormat) await formatFiles(tree);
  return result;
}

/**
 * Nx generator `prd-orchestrator:scaffold`: see {@link scaffold}. Supports `--dry-run` through Nx's Tree.
 * @param tree the Nx virtual file system
 * @param schema generator options (schema.json)
 */
export async function scaffoldGenerator(tree: Tree, schema: ScaffoldGeneratorSchema): Promise<void> {
  await scaffold(tree, schema);
}
