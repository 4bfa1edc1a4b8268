// Synthetic PRD corpus for benchmarks: realistic mixes of prose, requirements, endpoint and
// field tables, fenced code and screens, from a seeded PRNG so every run measures the same bytes.
import { mkdirSync, writeFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'customer order invoice shipment account report catalogue item payment refund schedule booking member loan book recipe plan sensor reading device alert team project task comment review'.split(' ');
const PROSE = 'the system keeps every change visible to the people who need it and records who made it so that support can answer questions quickly without digging through logs or asking engineering for help'.split(' ');

/** One PRD of roughly `size` bytes. */
export function makePrd(random, index, size) {
  const pick = (a) => a[Math.floor(random() * a.length)];
  const res = `${pick(WORDS)}${index % 97}`;
  const Res = res[0].toUpperCase() + res.slice(1);
  const parts = [`---\nid: ${index}.1\ntitle: ${Res} management\nowner: team-${index % 13}\n---\n\n# ${Res} management\n\n`];
  let n = 0;
  let bytes = parts[0].length;
  while (bytes < size) {
    n++;
    const kind = random();
    let s;
    if (kind < 0.55) {
      const sentences = [];
      for (let i = 0; i < 6; i++) {
        const w = Array.from({ length: 12 + Math.floor(random() * 10) }, () => pick(PROSE)).join(' ');
        sentences.push(random() < 0.25 ? `The ${res} service must ${w}.` : `${w[0].toUpperCase()}${w.slice(1)}.`);
      }
      s = `## ${n}. Background ${n}\n\n${sentences.join(' ')}\n\n- ${pick(PROSE)} ${pick(PROSE)} ${pick(PROSE)}\n- ${pick(PROSE)} ${pick(PROSE)}\n\n`;
    } else if (kind < 0.7) {
      s = `## ${n}. API\n\nAPI: GET, POST /api/${res}s\nAPI: GET /api/${res}s/:id\n\n| Method | Path | Purpose |\n|---|---|---|\n| PUT | /api/${res}s/{id} | Update |\n| DELETE | /api/${res}s/{id}/items/{itemId} | Remove |\n\n`;
    } else if (kind < 0.82) {
      s = `## ${n}. Data\n\n### ${Res}\n\n| Field | Type |\n|---|---|\n| id | uuid |\n| total | decimal |\n| createdAt | timestamp |\n\n\`\`\`ts\ninterface ${Res}Line {\n  id: string;\n  quantity: number;\n}\n\`\`\`\n\n`;
    } else if (kind < 0.9) {
      s = `## ${n}. Screens\n\n- ${Res} list — \`/${res}s\`\n- ${Res} detail — \`/${res}s/:id\`\n\n`;
    } else {
      s = `## ${n}. Acceptance\n\n1. WHEN the user opens the ${res} list THEN the system SHALL show the newest first.\n2. IF the ${res} is archived THEN the system SHALL NOT allow edits.\n\n`;
    }
    parts.push(s);
    bytes += s.length;
  }
  return parts.join('');
}

/** A folder of PRDs totalling about `totalBytes`, each about `perFile`; reused when already there. */
export function ensureCorpus(dir, totalBytes, perFile, seed = 42) {
  if (existsSync(dir) && readdirSync(dir).length > 0) return files(dir);
  mkdirSync(dir, { recursive: true });
  const random = rng(seed);
  let total = 0;
  for (let i = 0; total < totalBytes; i++) {
    const text = makePrd(random, i, perFile);
    writeFileSync(path.join(dir, `prd-${String(i).padStart(5, '0')}.md`), text);
    total += text.length;
  }
  return files(dir);
}

export function files(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(dir, f));
}

export function totalSize(list) {
  return list.reduce((s, f) => s + statSync(f).size, 0);
}
