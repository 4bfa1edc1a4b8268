/**
 * Round 27, PRDs written natively in other languages: a conventions section's prefix in any language,
 * an old route that is not migrated.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

describe('a conventions heading in other languages', () => {
  it('applies the prefix it states to the sections after it', () => {
    const es = lines('# X', '', '## Convenciones técnicas', '', '- API REST con JSON. Todas las rutas de las historias cuelgan de `/api/v1` (abajo las escribimos', '  sin el prefijo).', '', '## Épica 1', '', '### HU-01', '', '- Llama a `GET /zarpes`');
    expect(apiLines(es)).toEqual(['GET /api/v1/zarpes']);
    const fr = lines('# X', '', '## 2. Conventions techniques', '', 'Toutes les routes sont servies sous `/api/v2`.', '', '## Lot 1', '', '- `POST /candidatures` dépose une candidature.');
    expect(apiLines(fr)).toEqual(['POST /api/v2/candidatures']);
    const ja = lines('# X', '', '## 表記規則', '', 'API のパスはすべて `/api/v1` からの相対パスで記載する。', '', '## 機能', '', '- `GET /molds` 金型一覧');
    expect(apiLines(ja)).toEqual(['GET /api/v1/molds']);
  });

  it('applies no prefix it states of file paths, nor one stated under another heading', () => {
    const files = lines('# X', '', '## Convenciones', '', 'Las rutas de archivos son relativas a `/srv/app`.', '', '## API', '', '- `POST /socios` crea un socio.');
    expect(apiLines(files)).toEqual(['POST /socios']);
    const other = lines('# X', '', '## Convenciones de código', '', 'Todas las rutas cuelgan de `/api/v1`.', '', '## Épica 1', '', '- Llama a `GET /zarpes`');
    expect(apiLines(other)).toEqual(['GET /zarpes']);
  });
});

describe('an old route that is not migrated', () => {
  it('leaves out "la ruta vieja … no hay que migrarla", keeps a route that only says "viejo" in its name', () => {
    const md = lines('# X', '', '## API', '', '- `GET /api/v1/zarpes` lista los zarpes.', '- La ruta vieja del piloto, `GET /api/v0/reservas`, se apaga; no hay que migrarla.', '- `GET /api/v1/zarpes/viejos` lista los zarpes pasados.');
    expect(apiLines(md)).toEqual(['GET /api/v1/zarpes', 'GET /api/v1/zarpes/viejos']);
    const de = lines('# X', '', '## API', '', '- `GET /api/alt/termine` wird nicht migriert.', '- `GET /api/v1/termine` listet Termine.');
    expect(apiLines(de)).toEqual(['GET /api/v1/termine']);
  });
});

describe("a screen's spec sheet", () => {
  it('reads the row labelled URL as the screen\'s route, not the calls it makes', () => {
    const md = lines('# X', '', '## 3. 화면 정의', '', '### SCR-01 로그인', '', '| 항목 | 내용 |', '|------|------|', '| URL | `/login` |', '| 호출 API | `POST /api/auth/login` |', '', '### SCR-05 보강 등록', '', '| 항목 | 내용 |', '|---|---|', '| URL | `/makeups/new?studentId=` (팝업) |');
    expect(pageRoutes(md)).toEqual(['/login', '/makeups/new']);
    expect(apiLines(md)).toEqual(['POST /api/auth/login']);
    const en = lines('# X', '', '## Screens', '', '### S-02 Dashboard', '', '| Field | Value |', '|---|---|', '| Route | `/dashboard` |', '| API | `/api/classes/today` |');
    expect(pageRoutes(en)).toEqual(['/dashboard']);
  });

  it('reads no page from such a row outside a screens section, nor from a web address', () => {
    expect(pageRoutes(lines('# X', '', '## Deployment', '', '| Item | Value |', '|---|---|', '| URL | `/healthz` |'))).toEqual([]);
    expect(pageRoutes(lines('# X', '', '## Screens', '', '### Login', '', '| Item | Value |', '|---|---|', '| URL | https://design.example.com/frames/login |'))).toEqual([]);
  });
});

describe('a data table headed 항목', () => {
  it('reads 항목 as the field column beside a type column', () => {
    const md = lines('# X', '', '## 4. 데이터 정의', '', '**Student**', '', '| 항목 | 타입 | 필수 | 비고 |', '|---|---|---|---|', '| id | string | Y | |', '| grade | number | Y | 학년 |');
    expect(modelLines(md)).toEqual(['Student { id: string; grade: number }']);
  });

  it('reads no model from a 항목 | 내용 table outside a data section', () => {
    expect(modelLines(lines('# X', '', '## 화면', '', '| 항목 | 내용 |', '|---|---|', '| 설명 | 로그인 화면 |'))).toEqual([]);
  });
});

describe('a page named in French prose', () => {
  it('reads a form, an account area and an address followed by a route in code marks', () => {
    const md = lines('# X', '', '## Description fonctionnelle', '', "Tout visiteur arrive sur la carte des jardins à l'adresse `/jardins`.", '', "L'habitant remplit le formulaire `/candidature`. Le formulaire est envoyé par `POST /api/candidatures`.", '', "Il suit sa demande depuis son espace personnel, `/mon-espace`, chaque jour.");
    expect(pageRoutes(md)).toEqual(['/candidature', '/jardins', '/mon-espace']);
  });

  it('reads no page from an API at an address, a form posted to an endpoint, or a file path after a comma', () => {
    const md = lines('# X', '', '## Description fonctionnelle', '', "L'API répond à l'adresse `/api/v1/jardins`.", '', 'Le formulaire `POST /api/candidatures` enregistre la demande.', '', 'Les modèles sont stockés sur le serveur, dans `/srv/partage/modeles/`.');
    expect(pageRoutes(md)).toEqual([]);
  });
});

describe('a field table that says a value may be null, or lists a selection', () => {
  it('reads "NULL erlaubt" in the notes and "Auswahl" over values as an enum', () => {
    const md = lines('# X', '', '## Datenmodell', '', '**Kehrtermin**', '', '| Feld | Typ | Pflicht | Anmerkung |', '|---|---|---|---|', '| id | Text | ja | |', '| status | Auswahl | ja | `geplant`, `erledigt` |', '| bemerkung | Text | ja | NULL erlaubt |', '| ort | Text | ja | erlaubt sind Straße und Hausnummer |');
    expect(modelLines(md)).toEqual(['Kehrtermin { id: string; status: "geplant" | "erledigt"; bemerkung: string | null; ort: string }']);
  });

  it('reads a "可為空" column as whether the value may be null, Y yes and N no', () => {
    const md = lines('# X', '', '## 資料字典', '', '**AttendanceRecord**', '', '| 欄位 | 型別 | 可為空 | 說明 |', '|---|---|---|---|', '| id | uuid | N | |', '| check_in_at | timestamptz | Y | 簽到時間 |');
    expect(modelLines(md)).toEqual(['AttendanceRecord { id: string; check_in_at: string | null }']);
  });
});

describe('a Korean limit without a modal word', () => {
  it('reads "…로만 … 가능", "불가" and "N분간" as limits', () => {
    const md = lines('# X', '', '## 화면 정의', '', '### SCR-05 보강 등록', '', '- 보강은 원래 수업일로부터 14일 이내로만 등록 가능함.', '- 출석 저장 후 24시간이 지나면 강사는 출석 기록 수정 불가.', '- 5회 연속 실패 시 10분간 로그인이 잠김.', '- 카드에 반 이름과 시간을 표시.');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['보강은 원래 수업일로부터 14일 이내로만 등록 가능함.', '출석 저장 후 24시간이 지나면 강사는 출석 기록 수정 불가.', '5회 연속 실패 시 10분간 로그인이 잠김.']);
  });

  it('reads no limit from a question', () => {
    expect(ruleRows(lines('# X', '', '## 논의 필요', '', '- 원장만 수정 가능하게 할까요?'))).toEqual([]);
  });
});

describe('a model described in a sentence of fields in code marks', () => {
  it('reads "is identified by", a note before a comma, a colon before the fields, and French "a", "porte", "parmi", "nulle"', () => {
    const en = lines('# X', '', '## Data', '', 'A **Garden** is identified by an `id` (string) and has a `name` and an `address`, both strings, and an `hours` free text.', '', 'An **Assignment** links an application to a plot: `id`, `plotId` and `startDate` are strings; `endDate` is a string that stays null while the plot is occupied.');
    expect(modelLines(en)).toEqual(['Assignment { id: string; plotId: string; startDate: string; endDate: string | null }', 'Garden { id: string; name: string; address: string; hours: string }']);
    const fr = lines(
      '# X',
      '',
      '## Annexe A — Données',
      '',
      'Un **Jardin** est identifié par un `id` (chaîne) et porte un `nom` et une `adresse`, tous deux des chaînes de caractères, ainsi qu\'un `horaires` en texte libre.',
      '',
      'Une **Parcelle** appartient à un jardin : elle a un `id` et un `jardinId` (chaînes), une `surface` exprimée en mètres carrés (nombre), un indicateur `cabanon` (booléen) qui dit si un abri est installé, et un `statut` qui vaut `libre`, `proposee` ou `attribuee`.',
      '',
      'Une **Candidature** a un `id` et le `foyerId` du foyer demandeur. Elle porte un `statut` parmi `en_attente`, `acceptee`, et un `motifRejet`, chaîne qui reste nulle tant que la candidature n\'est pas rejetée. Le champ `prioritaire` (booléen) indique un foyer prioritaire.',
    );
    expect(modelLines(fr)).toEqual([
      'Candidature { id: string; foyerId: string; statut: "en_attente" | "acceptee"; motifRejet: string | null; prioritaire: boolean }',
      'Jardin { id: string; nom: string; adresse: string; horaires: string }',
      'Parcelle { id: string; jardinId: string; surface: number; cabanon: boolean; statut: "libre" | "proposee" | "attribuee" }',
    ]);
  });

  it('reads no field from a code span after a comma that leads to no field, nor a path after a colon', () => {
    const md = lines('# X', '', '## Data', '', 'A **Plot** has an `id` and a `gardenId` (strings), and we log each change in `audit_log` for a year.', '', 'A **Garden** belongs to a site: see `/gardens/:id` for its page.');
    expect(modelLines(md)).toEqual(['Garden {  }', 'Plot { id: string; gardenId: string }']);
  });
});

describe('a plural type word in a note', () => {
  it('reads "(chaînes, la date au format ISO)" as a string, the plural naming the type', () => {
    const md = lines('# X', '', '## Données', '', 'Une **Candidature** a un `id`, le `foyerId` du foyer et la `dateDepot` (chaînes, la date au format ISO).');
    expect(modelLines(md)).toEqual(['Candidature { id: string; foyerId: string; dateDepot: string }']);
  });

  it('reads no type from a plural that is no type word', () => {
    const md = lines('# X', '', '## Data', '', 'A **Visit** has an `id` (uuid), a `petId` (uuid) and `notes` (remarks).');
    expect(modelLines(md)).toEqual(['Visit { id: string; petId: string; notes: string }']);
  });
});

describe('French limits without a modal word', () => {
  it('reads "aucun … ne peut modifier", "dans la limite de" and "pendant un mois"', () => {
    const md = lines('# X', '', '## Description fonctionnelle', '', "L'ordre est celui de la date de dépôt ; aucun agent ne peut modifier manuellement le rang d'un candidat.", '', 'Les foyers prioritaires passent devant les autres candidats dans la limite', "d'une parcelle sur quatre.", '', 'Une parcelle peut être résiliée après un courrier resté sans effet pendant un mois.');
    expect(ruleRows(md).map((r) => r[2])).toEqual([
      "L'ordre est celui de la date de dépôt ; aucun agent ne peut modifier manuellement le rang d'un candidat.",
      "Les foyers prioritaires passent devant les autres candidats dans la limite d'une parcelle sur quatre.",
      'Une parcelle peut être résiliée après un courrier resté sans effet pendant un mois.',
    ]);
  });

  it('reads no limit from "for a month" in English, nor from a French question', () => {
    expect(ruleRows(lines('# X', '', '## Goals', '', 'Coordinators create shifts and see the roster for a day.'))).toEqual([]);
    expect(ruleRows(lines('# X', '', '## Questions ouvertes', '', 'Un agent ne peut-il modifier le rang pendant un mois ?'))).toEqual([]);
  });
});

describe('Japanese: an endpoint not provided, a question with a long aside', () => {
  it('leaves out "`DELETE …` は提供しない" and keeps the endpoints provided', () => {
    const md = lines('# X', '', '## API', '', '- `GET /api/v1/molds` 金型一覧を返す。', '- `DELETE /api/v1/molds/{moldId}` は提供しない。廃却は `status` を `scrapped` に変更して表現する。');
    expect(apiLines(md)).toEqual(['GET /api/v1/molds']);
  });

  it('takes no rule from a question whose aside holds full stops; keeps a requirement with an aside', () => {
    const q = lines('# X', '', '## 要件', '', '検討事項：保全完了時に累積ショット数をリセットすべきか？（現場は累積のまま、品質保証課はリセットを希望。5月の定例で決定予定）');
    expect(ruleRows(q)).toEqual([]);
    const r = lines('# X', '', '## 要件', '', '- 保全指示は期日の3日前までに通知すること。（メールで送る。5月から運用）');
    expect(ruleRows(r).map((x) => x[2])[0]).toMatch(/^保全指示は期日の3日前までに通知すること。/);
  });
});

describe('a qualified data heading and an Indonesian list type', () => {
  it('reads "Data minimum" as no model of its own, and "daftar teks" as string[]', () => {
    const md = lines('# X', '', '## Data minimum', '', '- `Lelang`: `id` (teks), `hasilTangkapanIds` (daftar teks), `status` (`buka` / `tutup`).', '- `Tawaran`: `id` (teks), `hargaPerKg` (angka).', '', 'Contoh tawaran yang dikirim dari HP:', '', '```json', '{ "hargaPerKg": 42500, "catatan": "ambil semua" }', '```');
    expect(modelLines(md)).toEqual(['Lelang { id: string; hasilTangkapanIds: string[]; status: "buka" | "tutup" }', 'Tawaran { id: string; hargaPerKg: number }']);
  });

  it('still reads a heading that names a model after a data word', () => {
    const md = lines('# X', '', '## Data dictionary — Lelang', '', '| Field | Type |', '|---|---|', '| id | text |');
    expect(modelLines(md)).toEqual(['Lelang { id: string }']);
  });
});
