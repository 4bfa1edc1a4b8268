import type { PrdDocument } from './types.js';

/*
 * Words that name a kind of section or of document rather than a product, in the languages the
 * extractor reads (English, Spanish, Portuguese, French, German; Chinese, Japanese, Korean, which
 * have no word boundaries and are matched as substrings). A heading made only of these, such as
 * "Overview", "Requirements Document" or "产品需求文档 (PRD)", names no PRD.
 */
const GENERIC_WORDS = new Set(
  (
    'a about an and background brief context contents description design document draft executive functional general goals intro introduction ' +
    'non objectives of original overview preface product prd purpose readme requirement requirements scope spec specification specs summary ' +
    'table template the this toc version ' +
    'alcance antecedentes contexto de del descripción documento especificación general introducción objetivos producto propósito requisitos resumen visión ' +
    'do documento escopo especificação geral introdução objetivo produto resumo requisitos visão ' +
    "aperçu cahier charges d contexte des document ensemble exigences introduction présentation produit résumé spécification vue l du " +
    'anforderungen dokument einführung einleitung hintergrund produkt spezifikation zusammenfassung zweck überblick übersicht'
  ).split(' '),
);
const GENERIC_CJK = /产品|產品|需求|文档|文檔|文件|概述|概要|简介|簡介|介绍|介紹|引言|背景|说明|說明|规格|規格|要件|要求|仕様|製品|ドキュメント|はじめに|개요|소개|배경|제품|요구사항|문서|명세/g;

/**
 * Is a heading a section word rather than a title? True for a trailing colon ("Original
 * Requirements:") and for headings made only of generic words, numbers, versions and a
 * parenthesised "(PRD)".
 */
export function isGenericHeading(heading: string): boolean {
  const text = heading.trim();
  if (text === '' || /[:：]$/.test(text)) return true;
  const rest = text
    .normalize('NFC')
    .toLowerCase()
    .replace(GENERIC_CJK, ' ')
    .replace(/\bv?\d+(?:\.\d+)*\b/g, ' ');
  const words = rest.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.every((w) => GENERIC_WORDS.has(w));
}

/**
 * The title a PRD's headings give: its first top-level heading (level 1, or the smallest level the
 * document uses), unless that heading is a generic section word; then none, and the caller falls
 * back to the file name. Frontmatter `title` beats this, at the caller.
 */
export function headingTitle(doc: PrdDocument): string | undefined {
  let top: { level: number; title: string } | undefined;
  for (const s of doc.sections) if (s.level > 0 && (top === undefined || s.level < top.level)) top = s;
  return top === undefined || isGenericHeading(top.title) ? undefined : top.title;
}
