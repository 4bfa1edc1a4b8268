/**
 * Round 26, user stories in other languages under a heading with the story's id: "### HU-01 — Registo" over
 * "**Como** visitante, **quero** …" is the requirement HU-01, as "### US-1" over "As a buyer, I want …" is.
 */
import { describe, expect, it } from 'vitest';
import { lines, ruleRows } from '../testing/extract.js';

describe('a story in another language under its id heading', () => {
  it.each([
    ['**Como** visitante, **quero** criar conta com o meu código postal, **para** saber se entregam na minha zona.'],
    ['Como administradora, quiero ver la cartera de cada conjunto, para cobrar a tiempo.'],
    ['En tant que parent, je veux inscrire mes enfants au patin libre, afin de réserver une place.'],
    ['Als Serviceberater möchte ich einen Auftrag anlegen, damit die Werkstatt ihn einplanen kann.'],
    ['Sebagai kurir, saya ingin melihat order hari ini, supaya bisa atur rute.'],
  ])('is the requirement its heading numbers: %s', (story) => {
    const md = lines('# X', '', '## Histórias', '', '### HU-01 — Registo', '', story, '', '- **CA-1.1** O código postal tem de respeitar o formato `0000-000`.');
    const rows = ruleRows(md);
    expect(rows.map((r) => r[0])).toEqual(['HU-01', 'CA-1.1']);
  });

  it('is read in a section that holds no keyword at all', () => {
    const md = lines('# X', '', '### HU-05 — Ver as minhas entregas', '', '**Como** cliente, **quero** ver as próximas entregas, **para** saber o que vem.', '', 'Ecrã: `/conta/entregas`');
    expect(ruleRows(md).map((r) => r[0])).toEqual(['HU-05']);
  });

  it('is no requirement when the paragraph only tells of the role, or asks', () => {
    const md = lines(
      '# X',
      '',
      '### HU-02 — Contexto',
      '',
      'Como já foi dito, o cliente hoje encomenda por telefone.',
      '',
      '### HU-03 — Pergunta',
      '',
      'Como cliente, quero mesmo pausar o cabaz?',
    );
    expect(ruleRows(md)).toEqual([]);
  });
});
