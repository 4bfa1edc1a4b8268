/**
 * Round 26, rules in lists and paragraphs: the items indented under a list item that is only a rules label
 * (`- **Règles :**`) are rules, keyword or not.
 */
import { describe, expect, it } from 'vitest';
import { lines, modelLines, ruleRows } from '../testing/extract.js';

const texts = (md: string) => ruleRows(md).map((r) => r[2]);

describe('the items under a list item that is only a rules label', () => {
  it('are rules, keyword or not (French, English)', () => {
    const fr = lines(
      '# GlaceLibre',
      '',
      '## É3 — Inscription au patin libre',
      '',
      '- **URL :** `/patin-libre/:plageId/inscription`',
      '- **Accès :** citoyen connecté',
      '- **Règles :**',
      '  - Une séance de patin libre est limitée à 120 patineurs, toutes inscriptions confondues.',
      '  - Les inscriptions ferment 30 minutes avant le début de la séance.',
      '- **Vérification :** à la création du compte, on valide l’adresse.',
    );
    expect(texts(fr)).toEqual(['Une séance de patin libre est limitée à 120 patineurs, toutes inscriptions confondues.', 'Les inscriptions ferment 30 minutes avant le début de la séance.']);
    const en = lines('# Rinkly', '', '## S1', '', '- **Rules:**', '  - Registration closes 30 minutes before the session starts.');
    expect(texts(en)).toEqual(['Registration closes 30 minutes before the session starts.']);
  });

  it('are not rules under a label of requirements that lists features, or of another kind', () => {
    const plan = lines('# Roadmap', '', '## Development Roadmap', '', '- MVP requirements:', '  - Trains, slots, claims, the public share page, the family view, reminders, pause.');
    expect(texts(plan)).toEqual([]);
    const other = lines('# X', '', '## S1', '', '- **Contenu :**', '  - Le calendrier de la semaine pour les deux arénas est affiché.');
    expect(texts(other)).toEqual([]);
  });
});

describe('a Chinese or Japanese sentence wrapped over lines', () => {
  it('is read as one, its keyword across the break', () => {
    const md = lines('# 仕様', '', '## 4. 機能', '', '申込みを受け付けた時点で予約は「申請中」となる。却下する場合、相談員は理由を入力しなければ', 'ならない。');
    expect(texts(md)).toEqual(['却下する場合、相談員は理由を入力しなければならない。']);
    const zh = lines('# 需求', '', '## 功能需求', '', '买家支付后，卖家必', '须在 48 小时内完成面交。');
    expect(texts(zh)).toEqual(['买家支付后，卖家必须在 48 小时内完成面交。']);
  });

  it('keeps the space of a Korean line break, which falls between words', () => {
    const md = lines('# 요구사항', '', '## 기능', '', '역 직원 계정은 5회 연속 로그인에 실패하면, 시스템은', '계정을 30분간 잠금 처리해야 한다.');
    expect(texts(md)).toEqual(['역 직원 계정은 5회 연속 로그인에 실패하면, 시스템은 계정을 30분간 잠금 처리해야 한다.']);
  });
});

describe('a requirements table whose id column is headed in another language', () => {
  it('makes every row a rule with its id (`| Kennung | Anforderung |`), keyword or not', () => {
    const md = lines(
      '# Pflichtenheft',
      '',
      '## 5 Produktleistungen',
      '',
      '| Kennung | Anforderung |',
      '|---------|-------------|',
      '| NFA-01 | Die Werkstatt-Tafel muss in unter 2 Sekunden laden. |',
      '| NFA-02 | Personenbezogene Daten werden ausschließlich auf Servern in Deutschland gespeichert. |',
    );
    expect(ruleRows(md).map((r) => r[0])).toEqual(['NFA-01', 'NFA-02']);
  });

  it('makes no rules of a table of fields numbered so', () => {
    const md = lines('# X', '', '## 4 Produktdaten', '', '| Nummer | Feld | Typ |', '|--------|------|-----|', '| 1 | `kennzeichen` | Text |', '| 2 | `fin` | Text |');
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('the common modal words of each language', () => {
  it.each([
    ['O cliente tem de confirmar o pedido antes de quinta-feira.'],
    ['El residente tiene que aceptar la política antes del primer ingreso.'],
    ['Kurir tidak boleh menandai order selesai tanpa foto.'],
    ['Une séance est limitée à 120 patineurs au maximum.'],
    ['시스템은 고객 전화번호를 암호화하여 저장하여야 한다.'],
    ['고객은 주문 가능한 메뉴와 가격을 확인할 수 있어야 합니다.'],
    ['卖家须在买家支付后 48 小时内完成面交。'],
  ])('makes a rule of %s', (sentence) => {
    expect(texts(lines('# X', '', '## Flujo', '', sentence))).toEqual([sentence]);
  });

  it.each([
    ['O cliente tem dez dias para pagar a fatura.'],
    ['Kurir boleh memilih rute sendiri.'],
    ['本页面无须登录即可浏览。'],
    ['入会前请阅读须知。'],
    ['우리 팀은 다음 주에 야유회를 간다.'],
  ])('makes no rule of %s', (sentence) => {
    expect(ruleRows(lines('# X', '', '## Contexto', '', sentence)).filter((r) => r[1] === 'must')).toEqual([]);
  });
});

describe("a German Pflichtenheft's own headings", () => {
  it('reads the items under "Qualitätsanforderungen" and "Produktfunktionen" as rules, and a model under "Produktdaten"', () => {
    const md = lines(
      '# Pflichtenheft',
      '',
      '## 5 Qualitätsanforderungen',
      '',
      '- Die Tafel lädt in unter zwei Sekunden bei 200 offenen Aufträgen.',
      '',
      '## 6 Produktfunktionen',
      '',
      '- Der Serviceberater legt Aufträge zu Fahrzeugen an und weist Mechaniker zu.',
    );
    expect(texts(md)).toHaveLength(2);
    const data = lines('# Pflichtenheft', '', '## 7 Produktdaten', '', '**Kunde**: `id`, `name`, `email`');
    expect(modelLines(data)).toEqual(['Kunde { id: string; name: string; email: string }']);
  });

  it('reads no rules under "Produkteinsatz" or "Zielbestimmung"', () => {
    const md = lines('# Pflichtenheft', '', '## 1 Zielbestimmung', '', '- Die Werkstatt plant Termine heute auf Papier und per Telefon.', '', '## 2 Produkteinsatz', '', '- Eingesetzt wird das System an den PCs der Serviceannahme.');
    expect(texts(md)).toEqual([]);
  });
});
