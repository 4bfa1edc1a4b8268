import { glob } from 'tinyglobby';

/**
 * Where spec tools and teams keep their PRDs when not in `docs/prd/`: a run whose globs match nothing
 * looks here, and says what it found and how to read it (it reads nothing it was not asked to).
 */
export const KNOWN_PRD_PLACES: ReadonlyArray<{ readonly glob: string; readonly kind: string; readonly layout: boolean }> = [
  // A tool's layout: the hint names its glob, which also reads the specs added later.
  { glob: 'specs/*/spec.md', kind: 'Spec Kit', layout: true },
  { glob: '.kiro/specs/*/requirements.md', kind: 'Kiro', layout: true },
  { glob: 'openspec/specs/**/spec.md', kind: 'OpenSpec', layout: true },
  // Files named for what they are: the hint names the files.
  { glob: '{docs/,}{PRD,prd,Prd}.md', kind: 'PRD', layout: false },
  { glob: '{docs,doc,documentation,requirements,specs,spec}/**/*{PRD,prd,Prd,requirements,Requirements}*.md', kind: 'PRD', layout: false },
];

/** Files found in KNOWN_PRD_PLACES, by the glob that found them (at most `limit` files in all). */
export interface PrdsElsewhere {
  /** Each place that holds files: the glob to pass as `--prds`, what keeps files there, and the first files. */
  places: Array<{ glob: string; kind: string; layout: boolean; files: string[] }>;
}

/**
 * PRDs where KNOWN_PRD_PLACES says teams keep them, under `root`, leaving out `ignore` (dependencies,
 * the output folder). Only for the hint of a run that matched nothing: one crawl per place.
 */
export async function findPrdsElsewhere(root: string, ignore: string[], limit = 5): Promise<PrdsElsewhere> {
  const places: PrdsElsewhere['places'] = [];
  const seen = new Set<string>();
  for (const place of KNOWN_PRD_PLACES) {
    const files = (await glob(place.glob, { cwd: root, ignore, onlyFiles: true, dot: true, followSymbolicLinks: false })).filter((f) => !seen.has(f)).sort();
    if (files.length === 0) continue;
    for (const f of files) seen.add(f);
    places.push({ ...place, files });
  }
  // The first files of each place, `limit` in all: a hint, not a listing.
  let left = limit;
  for (const place of places) {
    place.files = place.files.slice(0, Math.max(1, left));
    left -= place.files.length;
  }
  return { places };
}

/**
 * The sentence a no-match warning or error ends with: what was found and the `--prds` that reads it,
 * or nothing when KNOWN_PRD_PLACES holds nothing either.
 */
export function elsewhereHint(found: PrdsElsewhere): string {
  if (found.places.length === 0) return '';
  const files = found.places.flatMap((p) => p.files.map((f) => `${f} (${p.kind})`));
  const flags = found.places.flatMap((p) => (p.layout ? [p.glob] : p.files)).map((g) => `--prds "${g}"`).join(' ');
  return `. Markdown where PRDs are often kept: ${files.join(', ')}. To read it, run with ${flags} (the \`prds\` option of the Nx and Vite plugins)`;
}
