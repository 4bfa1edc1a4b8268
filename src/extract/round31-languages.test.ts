/**
 * Round 31: "Interface de programação" as an API heading, a base path a "General" section states
 * ("Sämtliche Pfade … relativ zum Basispfad `/api/v2/sperrmuell`"), a rule id with a note in
 * parentheses after it (`REQ-PKG-001（事件驅動）`), a note to the writers in Chinese, and a label of
 * screens in an API document.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, pageRoutes, ruleRows } from '../testing/extract.js';

describe('bases in more places', () => {
  it('reads the prefix of "A API REST é servida sob o prefixo …" under "Interface de programação"', () => {
    const md = lines('# Salas', '', '## Interface de programação', '', 'A API REST é servida sob o prefixo `/api/rede`, e por isso os caminhos da tabela abaixo aparecem sem ele.', '', '| Método | Caminho |', '|---|---|', '| GET | `/bibliotecas` |');
    expect(apiLines(md)).toEqual(['GET /api/rede/bibliotecas']);
  });

  it('reads a base path a "2. Allgemeines" section states for the endpoint sections after it', () => {
    const md = lines('# Sperrmüll — API-Contract', '', '## 2. Allgemeines', '', 'Sämtliche Pfade sind relativ zum Basispfad `/api/v2/sperrmuell` angegeben.', '', '## 3. Endpunkte', '', '### 3.1 `GET /abholtermine`', '', '### 3.2 `POST /auftraege`');
    expect(apiLines(md)).toEqual(['GET /api/v2/sperrmuell/abholtermine', 'POST /api/v2/sperrmuell/auftraege']);
  });

  it('reads no base from a "General" section that speaks of folders', () => {
    const md = lines('# Tool', '', '## General', '', 'Files are relative to `/srv/tool`.', '', '## Endpoints', '', '- `GET /jobs`');
    expect(apiLines(md)).toEqual(['GET /jobs']);
  });
});

describe('rules and screens', () => {
  it('reads `REQ-PKG-001（事件驅動）…` with its id, and no rule from "撰寫者請注意：…"', () => {
    const md = lines('# 包裹', '', '## 需求', '', '撰寫者請注意：每條需求只能描述一個行為，句中只能出現一個「應」。', '', '- **REQ-PKG-001**（事件驅動）當警衛登錄一件新包裹時，系統應產生一組 6 位數取件碼。');
    expect(ruleRows(md).map((r) => r[0])).toEqual(['REQ-PKG-001']);
  });

  it('reads the list under "Oberflächen, die gebaut werden:" in an API contract as pages', () => {
    const md = lines('# Sperrmüll — Schnittstellenvertrag (API-Contract)', '', '## 1. Ausgangslage', '', 'Oberflächen, die gebaut werden:', '', '- `/sperrmuell/anmelden` — Anmeldeformular', '- `/fahrer/tour` — Tourenansicht', '', '- `GET /abholtermine` — Termine');
    expect(pageRoutes(md)).toEqual(['/fahrer/tour', '/sperrmuell/anmelden']);
    expect(apiLines(md)).toEqual(['GET /abholtermine']);
  });
});
