import { describe, expect, it } from 'vitest';
import { prdInfo } from './info.js';
import { parsePrd } from './parse.js';
import { isGenericHeading } from './title.js';

const info = (text: string) => prdInfo(parsePrd(Buffer.from(text), 'docs/prd/x.md'));

describe('a PRD title', () => {
  it('comes from frontmatter title, then the top heading', () => {
    expect(info('---\ntitle: Order Management\n---\n# Orders v2\n').title).toBe('Order Management');
    expect(info('# Personal Finance Tracker — PRD (v1.0)\n## 1. Overview\n').title).toBe('Personal Finance Tracker — PRD (v1.0)');
    expect(info('Intro text\n## Preamble\n# Feature Spec 001: Event Discovery & RSVP\n').title).toBe('Feature Spec 001: Event Discovery & RSVP');
    expect(info('## Orders API\n### Endpoints\n').title).toBe('Orders API');
  });

  it('is never a generic section heading: the file name stands in (no title)', () => {
    for (const doc of [
      '# Overview  \n# Core Features\n',
      '## Original Requirements:\n## Product Goals:\n',
      '# Requirements Document\n## Introduction\n',
      '# Product Requirements Document\n## 1. 문서 목적과 상태\n',
      '# 产品需求文档 (PRD)\n## 项目概述\n',
      '# 1. Introduction\n# 2. Orders\n',
      '# Requirements\n## Functional\n',
      '# Übersicht\n',
      '# Documento de requisitos del producto\n',
      '# Cahier des charges\n',
    ]) {
      expect(info(doc).title, doc).toBeUndefined();
    }
  });

  it('tells section words from names in every language the extractor reads', () => {
    for (const h of ['Overview', 'Introduction', 'Original Requirements:', 'Resumen', 'Visão geral', 'Aperçu', 'Einleitung', '概述', 'はじめに', '개요', 'PRD', 'Spec v2.1', 'Summary']) {
      expect(isGenericHeading(h), h).toBe(true);
    }
    for (const h of ['Order Management', 'Training App Product Requirements Document (PRD)', 'Epic 3 Inventory Management', '订单管理', 'Reservas de mesas', 'cli-validate Specification']) {
      expect(isGenericHeading(h), h).toBe(false);
    }
  });
});
