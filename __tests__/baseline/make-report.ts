// Small, valid reports for baseline tests: only what a test changes is spelled out there.
import { SCHEMA_VERSION, type Finding, type LayerInfo, type Report } from '../../src/report/types.js';

export interface ReportShape {
  size?: number;
  compressedSize?: number;
  buildSeconds?: number;
  layers?: LayerInfo[];
  findings?: Finding[];
  vulnerabilityKeys?: string[];
  branch?: string;
  sha?: string;
}

export function makeReport(shape: ReportShape = {}): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'ml-image-guard', version: '0.1.0' },
    createdAt: '2025-01-01T00:00:00.000Z',
    key: 'Dockerfile',
    dockerfile: 'Dockerfile',
    context: '.',
    target: null,
    git: { repository: 'acme/model', sha: shape.sha ?? 'a'.repeat(40), ref: null, branch: shape.branch ?? 'main', pr: null },
    findings: shape.findings ?? [],
    summary: { errors: 0, warnings: 0, infos: 0, suppressed: 0 },
    build: {
      status: 'ok',
      seconds: shape.buildSeconds ?? 60,
      steps: [],
      cacheHits: 0,
      totalSteps: 0,
      firstMiss: null,
      warnings: [],
    },
    image: {
      status: 'ok',
      ref: 'model:pr',
      digest: null,
      id: null,
      size: shape.size ?? 1_000_000_000,
      compressedSize: shape.compressedSize ?? 400_000_000,
      layers: shape.layers ?? [],
      analysis: null,
    },
    scan: {
      status: 'ok',
      scanner: { name: 'trivy', version: '0.58.0' },
      counts: { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 },
      fixable: { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 },
      counted: { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 },
      top: [],
      keys: shape.vulnerabilityKeys ?? [],
    },
    budgets: [],
    baseline: null,
    comparison: null,
    passed: true,
    notes: [],
  };
}

export function layer(createdBy: string, size: number, line: number | null, fromBase = false): LayerInfo {
  return { createdBy, size, line, fromBase };
}

export function finding(rule: string, message: string, line: number, suppressed = false): Finding {
  return {
    rule,
    name: rule.toLowerCase(),
    severity: 'warning',
    title: message,
    detail: '',
    fix: '',
    quotes: [],
    message,
    file: 'Dockerfile',
    line,
    endLine: line,
    suppressed,
  };
}
