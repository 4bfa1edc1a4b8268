import type { TargetConfiguration } from '@nx/devkit';
import type { NormalizedPrdNxPluginOptions } from './nx-options.js';

/** Executor options the inferred targets pass; paths stay relative to the project root, as the executor expects. */
function executorOptions(options: NormalizedPrdNxPluginOptions) {
  return {
    prds: options.prds,
    outDir: options.outDir,
    roadmap: options.roadmap,
    extractor: options.extractor,
  };
}

/**
 * What the generated files depend on. Options are not listed: Nx hashes the target configuration itself,
 * so a changed option already changes the task hash.
 */
function orchestrateInputs(options: NormalizedPrdNxPluginOptions): TargetConfiguration['inputs'] {
  const inputs: NonNullable<TargetConfiguration['inputs']> = [
    ...options.prds.map((glob) => `{projectRoot}/${glob}`),
    `{projectRoot}/${options.roadmap}`,
    `{workspaceRoot}/${options.templates}/**/*`,
  ];
  if (options.externalDependencies.length > 0) inputs.push({ externalDependencies: options.externalDependencies });
  // The LLM extractor answers differently per endpoint and model; the key itself is never an input (it would land in hash details).
  if (options.extractor !== 'heuristic') inputs.push({ env: 'OPENAI_BASE_URL' }, { env: 'PRD_ORCHESTRATOR_MODEL' });
  return inputs;
}

/** Where coverage reads code by default (src/coverage DEFAULT_SOURCES), as Nx input globs: any change there reruns the target. */
const COVERAGE_SOURCE_INPUTS = ['src', 'app', 'pages', 'routes', 'server', 'prisma', 'test', 'tests', 'e2e', '__tests__'].map((dir) => `{projectRoot}/${dir}/**/*`);

/**
 * The coverage target: PRDs and sources in, the report folder out; the generated folder is never an input.
 * With `coverageSrc` the inputs are exactly those globs, which the target also reads: a source outside the
 * default folders is hashed, so editing it cannot replay a stale report from the cache.
 */
function coverageTarget(options: NormalizedPrdNxPluginOptions): TargetConfiguration {
  const sources = options.coverageSrc ? options.coverageSrc.map((glob) => `{projectRoot}/${glob}`) : [...COVERAGE_SOURCE_INPUTS, '{projectRoot}/**/*.test.*', '{projectRoot}/**/*.spec.*'];
  const inputs: NonNullable<TargetConfiguration['inputs']> = [
    ...options.prds.map((glob) => `{projectRoot}/${glob}`),
    ...sources,
    '{projectRoot}/package.json',
    `!{projectRoot}/${options.outDir}/**/*`,
    `!{projectRoot}/${options.coverageDir}/**/*`,
  ];
  if (options.externalDependencies.length > 0) inputs.push({ externalDependencies: options.externalDependencies });
  return {
    executor: 'prd-orchestrator:coverage',
    options: { prds: options.prds, ...(options.coverageSrc ? { src: options.coverageSrc } : {}), outDir: options.outDir, reportDir: options.coverageDir },
    cache: true,
    inputs,
    outputs: [`{projectRoot}/${options.coverageDir}`],
    metadata: {
      technologies: ['prd-orchestrator'],
      description: `Report which tasks of the PRDs (${options.prds.join(', ')}) the code implements and tests, and endpoints and pages no PRD asks for; writes ${options.coverageDir}`,
    },
  };
}

/**
 * The targets inferred for one project that holds PRDs.
 * @param options normalized plugin options
 * @returns the generate target (cached, outputs = outDir), the drift-check target (not cached) and the coverage target (cached, outputs = the report folder)
 */
export function buildPrdTargets(options: NormalizedPrdNxPluginOptions): Record<string, TargetConfiguration> {
  const inputs = orchestrateInputs(options);
  return {
    [options.targetName]: {
      executor: 'prd-orchestrator:orchestrate',
      options: executorOptions(options),
      cache: true,
      inputs,
      outputs: [`{projectRoot}/${options.outDir}`],
      metadata: {
        technologies: ['prd-orchestrator'],
        description: `Generate typed code from the PRDs (${options.prds.join(', ')}) into ${options.outDir}`,
      },
    },
    [options.coverageTargetName]: coverageTarget(options),
    [options.checkTargetName]: {
      executor: 'prd-orchestrator:orchestrate',
      options: { ...executorOptions(options), mode: 'check' },
      // Not cached: the files it compares are the outputs of the other target (often git-ignored, so never hashed);
      // a cache hit could pass a hand-edited file. Checking costs one parse, no writes.
      cache: false,
      inputs,
      metadata: {
        technologies: ['prd-orchestrator'],
        description: `Fail when the files in ${options.outDir} differ from what the PRDs generate (CI drift check); writes nothing`,
      },
    },
  };
}
