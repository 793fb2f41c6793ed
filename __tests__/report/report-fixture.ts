// A complete, realistic Report for the evaluate and markdown tests; each test overrides what it checks.
import type { BudgetConfig } from '../../src/config/types.js';
import {
  SCHEMA_VERSION,
  type Comparison,
  type Finding,
  type Report,
  type ScanSection,
  type SeverityCounts,
} from '../../src/report/types.js';

export const GB = 1e9;
export const MB = 1e6;

export function counts(partial: Partial<SeverityCounts> = {}): SeverityCounts {
  return { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0, ...partial };
}

export function finding(partial: Partial<Finding> = {}): Finding {
  return {
    rule: 'MLG007',
    name: 'pip-cache',
    severity: 'warning',
    title: 'pip keeps its wheel cache in the layer',
    detail: 'pip install without `--no-cache-dir` keeps the pip cache in the layer.',
    fix: 'Add `--no-cache-dir`.',
    quotes: [],
    message:
      'pip keeps its wheel cache in the layer: pip install without --no-cache-dir keeps the pip cache in the layer. Add --no-cache-dir.',
    file: 'docker/Dockerfile',
    line: 7,
    endLine: 7,
    suppressed: false,
    ...partial,
  };
}

export function scan(partial: Partial<ScanSection> = {}): ScanSection {
  return {
    status: 'ok',
    scanner: { name: 'trivy', version: '0.58.1' },
    counts: counts({ HIGH: 3, MEDIUM: 10 }),
    fixable: counts({ HIGH: 2 }),
    counted: counts(),
    top: [],
    ...partial,
  };
}

export function comparison(partial: Partial<Comparison> = {}): Comparison {
  return {
    size: { actual: 2.61 * GB, baseline: 2.5 * GB, delta: 0.11 * GB },
    compressedSize: { actual: 1.1 * GB, baseline: 1.05 * GB, delta: 0.05 * GB },
    buildSeconds: { actual: 200, baseline: 180, delta: 20 },
    grownInstructions: [],
    newFindings: [],
    fixedFindings: [],
    newVulnerabilities: [],
    fixedVulnerabilities: [],
    ...partial,
  };
}

export function makeReport(partial: Partial<Report> = {}): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'ml-image-guard', version: '0.1.0' },
    createdAt: '2025-01-01T00:00:00.000Z',
    key: 'docker/Dockerfile',
    dockerfile: 'docker/Dockerfile',
    context: '.',
    target: null,
    git: { repository: 'acme/models', sha: 'a'.repeat(40), ref: 'refs/pull/7/merge', branch: 'feature', pr: 7 },
    findings: [],
    summary: { errors: 0, warnings: 0, infos: 0, suppressed: 0 },
    build: {
      status: 'ok',
      seconds: 200,
      steps: [
        { name: '[1/3] FROM docker.io/library/python:3.11-slim', line: 1, seconds: 2, cached: true },
        { name: '[2/3] RUN pip install -r requirements.txt', line: 5, seconds: 150, cached: false },
        { name: '[3/3] COPY . /app', line: 7, seconds: 1, cached: false },
      ],
      cacheHits: 1,
      totalSteps: 3,
      firstMiss: { name: '[2/3] RUN pip install -r requirements.txt', line: 5 },
      warnings: [],
    },
    image: {
      status: 'ok',
      ref: 'ghcr.io/acme/models:pr-7',
      digest: 'sha256:' + 'b'.repeat(64),
      id: 'sha256:' + 'c'.repeat(64),
      size: 2.61 * GB,
      compressedSize: 1.1 * GB,
      layers: [
        { size: 80 * MB, createdBy: '/bin/sh -c #(nop) ADD file:abc in /', line: null, fromBase: true },
        { size: 2.4 * GB, createdBy: 'RUN pip install -r requirements.txt', line: 5, fromBase: false },
        { size: 130 * MB, createdBy: 'COPY . /app', line: 7, fromBase: false },
      ],
      analysis: null,
    },
    scan: scan(),
    budgets: [],
    baseline: { source: 'registry', ref: 'ghcr.io/acme/models-cache:report-main', commit: 'd'.repeat(40), branch: 'main' },
    comparison: comparison(),
    passed: true,
    notes: [],
    ...partial,
  };
}

export function budgetConfig(partial: Partial<BudgetConfig> = {}): BudgetConfig {
  return {
    sizeBytes: 3 * GB,
    sizeMetric: 'uncompressed',
    timeSeconds: 300,
    maxSizeIncrease: { kind: 'percent', value: 10 },
    maxTimeIncrease: null,
    failOnVulnerabilities: 'CRITICAL',
    failOnBudget: true,
    ...partial,
  };
}
