import path from 'node:path';
import { formatFiles, generateFiles, names, readProjectConfiguration, type Tree } from '@nx/devkit';
import { stringify } from 'yaml';
import { insidePath, packageRoot } from '../../src/paths.js';

export interface PrdGeneratorSchema {
  project: string;
  name: string;
  title?: string;
  id?: string;
  owner?: string;
  directory?: string;
  skipFormat?: boolean;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9 _-]*$/;
const ROADMAP_ID = /^\d+(\.\d+)*$/;

function fail(message: string): never {
  throw new Error(`prd-orchestrator:prd: ${message}`);
}

/** Validated up front: the name becomes a path and the title a heading, so neither may carry a line break or `..`. */
function normalize(tree: Tree, schema: PrdGeneratorSchema) {
  if (!NAME.test(schema.name ?? '')) fail(`--name is ${JSON.stringify(schema.name)}; use letters, digits, spaces, "-" or "_", starting with a letter or digit`);
  if (schema.id !== undefined && !ROADMAP_ID.test(schema.id)) fail(`--id is ${JSON.stringify(schema.id)}; use a roadmap id of digits and dots such as 2.1.1.1`);
  const title = schema.title ?? names(schema.name).className.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
  if (/[\r\n]/.test(title) || title.trim() === '') fail(`--title must be one non-empty line; got ${JSON.stringify(title)}`);
  const directory = insidePath(schema.directory ?? 'docs/prd') ?? fail(`--directory must be a folder inside the project; got ${JSON.stringify(schema.directory)}`);
  const project = readProjectConfiguration(tree, schema.project);
  const fileName = names(schema.name).fileName;
  const target = path.posix.join(project.root, directory);
  const file = path.posix.join(target, `${fileName}.md`);
  if (tree.exists(file)) fail(`${file} already exists; choose another --name or edit that PRD`);
  const data: Record<string, unknown> = {};
  if (schema.id) data.id = schema.id;
  data.title = title.trim();
  data.owner = schema.owner ?? '';
  data.status = 'draft';
  data.roles = [];
  return { target, file, fileName, heading: title.trim(), frontmatter: stringify(data) };
}

/**
 * Creates `<project>/docs/prd/<name>.md` with the numbered sections (1–9, 7.3 QA Artifacts, 9.1 Roles and Order)
 * that the pipeline extracts from and the `start` generator edits. Never overwrites a PRD.
 * @param tree the Nx virtual file system
 * @param schema generator options (schema.json)
 */
export async function prdGenerator(tree: Tree, schema: PrdGeneratorSchema): Promise<void> {
  const options = normalize(tree, schema);
  const files = path.join(packageRoot(), 'generators', 'prd', 'files');
  generateFiles(tree, files, options.target, { fileName: options.fileName, heading: options.heading, frontmatter: options.frontmatter });
  if (!schema.skipFormat) await formatFiles(tree);
}
