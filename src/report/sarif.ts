// SARIF 2.1.0 for GitHub code scanning: one run, every rule's metadata (help text and a link
// to its doc page), one result per finding; suppressed findings carry an in-source suppression
// so code scanning shows them as dismissed rather than losing them.
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { RuleMeta } from '../lint/rule-meta.js';
import { plainFields } from './annotations.js';
import type { Finding, Report, Severity } from './types.js';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

export function toSarif(report: Report, rules: readonly RuleMeta[]): Log {
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ml-image-guard',
            version: report.tool.version,
            informationUri: 'https://github.com/ml-image-guard/ml-image-guard',
            rules: rules.map(descriptor),
          },
        },
        automationDetails: { id: `ml-image-guard/${report.key}/` },
        results: report.findings.map((finding) => {
          const result: Result = {
            ruleId: finding.rule,
            level: LEVEL[finding.severity],
            message: { text: messageText(finding) },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: finding.file },
                  // SARIF lines start at 1; a finding about the whole file points at line 1.
                  region: { startLine: Math.max(1, finding.line), endLine: Math.max(1, finding.endLine, finding.line) },
                },
              },
            ],
          };
          const ruleIndex = index.get(finding.rule);
          if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
          if (finding.suppressed) result.suppressions = [{ kind: 'inSource', justification: 'ml-image-guard ignore comment' }];
          return result;
        }),
      },
    ],
  };
}

/** The title, then detail and fix, in full: code scanning shows the first sentence as the alert's title. */
function messageText(finding: Finding): string {
  const { title, detail, fix } = plainFields(finding);
  const rest = [detail, fix].filter((part) => part !== '').join(' ');
  return rest === '' ? title : `${title}${/[.:!?]$/.test(title) ? '' : '.'} ${rest}`;
}

function descriptor(rule: RuleMeta): ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    help: { text: `${rule.description} See ${rule.docs}`, markdown: `${rule.description} [Rule documentation](${rule.docs})` },
    helpUri: rule.docs,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: [rule.kind === 'image' ? 'image' : 'dockerfile', 'ml'] },
  };
}
