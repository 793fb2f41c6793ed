// The one redaction mechanism: which values of a run are secret (the workflow's build-args and
// secrets, the Dockerfile's secret ENV/ARG values, token shapes and SECRET_NAME=value assignments
// in any text), and that every rendering of a finished report carries none of them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { finishReport } from '../../src/report/assemble.js';
import { redactText, secretsInText, workflowSecrets, dockerfileSecrets } from '../../src/report/redact.js';
import { isSecretValue } from '../../src/lint/ml.js';
import { parseDockerfile } from '../../src/lint/dockerfile.js';
import { buildConfig } from '../../src/config/config.js';
import { toSarif } from '../../src/report/sarif.js';
import { renderComment, renderSummary } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { allRuleMetas, ruleNameIndex } from '../../src/rule-catalog.js';
import { budgetConfig, finding, makeReport } from './report-fixture.js';
import type { Report } from '../../src/report/types.js';

const TOKEN = 'hf_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const gates = { budgets: budgetConfig(), failOn: 'error' as const };

/** Every text a finished report becomes: report.json, comment, summary, SARIF, the CLI's text. */
function renderings(report: Report): string {
  return [
    JSON.stringify(report),
    renderComment(report, { key: 'k' }),
    renderSummary(report, {}),
    JSON.stringify(toSarif(report, allRuleMetas())),
    renderText(report, { color: false }),
  ].join('\n');
}

describe('what is secret', () => {
  test('by shape, or by a secret-looking name with a non-trivial value', () => {
    assert.ok(isSecretValue('MY_SETTING', TOKEN));
    for (const shaped of ['ghp_' + 'a'.repeat(36), 'gho_' + 'B'.repeat(36), 'github_pat_' + 'c'.repeat(30), 'sk-' + 'd'.repeat(30)])
      assert.ok(isSecretValue(null, shaped), shaped);
    for (const shaped of ['AKIAABCDEFGHIJKLMNOP', 'ASIAABCDEFGHIJKLMNOP', 'xoxb-1234567890-abc', 'glpat-abcdefghij0123456789'])
      assert.ok(isSecretValue(null, shaped), shaped);
    assert.ok(isSecretValue('DB_PASSWORD', 'hunter22'));
    for (const trivial of ['true', 'FALSE', '0', '1', 'yes', 'no', '', '$HF_TOKEN', '${HF_TOKEN}', '/run/secrets/hf'])
      assert.ok(!isSecretValue('HF_TOKEN', trivial), trivial);
    assert.ok(!isSecretValue('PYTHON_VERSION', '3.11'));
  });

  test('ENV TS_DISABLE_TOKEN_AUTHORIZATION=true does not make every `true` a secret, and the report stays valid', () => {
    // Failed before the fix: "true" was a secret and the JSON text's `true`s became ***, so the
    // report could not be parsed back (and `lint --format json` printed invalid JSON).
    const text = 'FROM python:3.11\nENV TS_DISABLE_TOKEN_AUTHORIZATION=true HF_TOKEN=hunter22secret\n';
    const secrets = dockerfileSecrets(parseDockerfile(text), text);
    assert.deepEqual(secrets, ['hunter22secret']);
    const finished = finishReport(makeReport({ notes: ['true'] }), gates, ['true', ...secrets]);
    assert.equal(typeof finished.passed, 'boolean');
    assert.equal(finished.image?.layers[0].fromBase, true);
    assert.deepEqual(finished.notes, ['true'], 'a trivial value is never redacted, even when given');
  });

  test("the workflow's build-args and secrets, and the fields buildx echoes from a malformed secrets line", async () => {
    // Failed before the fix: build-arg values were never secret, so BuildKit's `RUN |1 NAME=value`
    // history put them in the layer table.
    const config = await buildConfig(
      {
        'build-args': 'HF_TOKEN=argsecret123\nUSE_CUDA=1\nMODEL=org/model-x\nFROM_ENVIRONMENT',
        secrets: 'API_KEY=keyvalue456\nid=hf,src=/tmp/hf',
      },
      { workspace: '/tmp', tempDir: '/tmp', ruleNames: ruleNameIndex() },
    );
    assert.deepEqual(workflowSecrets(config.build).sort(), ['argsecret123', 'keyvalue456', 'org/model-x']);
    // A malformed spec never reaches buildx (which would echo it): refused first, its value not shown.
    assert.ok(workflowSecrets({ ...config.build, secrets: ['id=hf,src=/tmp/hf,mysecretvalue99'] }).includes('mysecretvalue99'));
    await assert.rejects(
      () =>
        buildConfig({ secrets: 'id=hf,src=/tmp/hf,mysecretvalue99' }, { workspace: '/tmp', tempDir: '/tmp', ruleNames: ruleNameIndex() }),
      (e: Error) => /^secrets: an entry has a field that is not key=value/.test(e.message) && !e.message.includes('mysecretvalue99'),
    );
  });

  test('tokens and SECRET_NAME=value assignments found in any text', () => {
    assert.deepEqual(secretsInText(`RUN |2 HF_TOKEN=plainvalue1 MAX_TOKENS=512 /bin/sh -c huggingface-cli login --token ${TOKEN}`), [
      'plainvalue1',
      TOKEN,
    ]);
    assert.deepEqual(secretsInText('ENV TS_DISABLE_TOKEN_AUTHORIZATION=true PASSWORD="$PW"'), []);
  });

  test('redactText replaces the longest value first and keeps a token kind readable', () => {
    assert.equal(redactText('a abcdef abcdefgh', ['abcdef', 'abcdefgh']), 'a *** ***');
    assert.equal(redactText(`login --token ${TOKEN}`, []), 'login --token hf_***');
  });
});

describe('a finished report carries no secret in any rendering', () => {
  test('a token written literally in a RUN is masked in the step table, not only in the finding', () => {
    // Failed before the fix: MLG005 showed hf_*** but the step and layer tables showed the token.
    const run = `RUN huggingface-cli login --token ${TOKEN}`;
    const report = makeReport({
      findings: [finding({ rule: 'MLG005', quotes: [run] })],
      build: { ...makeReport().build!, steps: [{ name: `[2/3] ${run}`, line: 5, seconds: 3, cached: false }] },
      image: { ...makeReport().image!, layers: [{ size: 1, createdBy: run, line: 5, fromBase: false }] },
    });
    const shown = renderings(finishReport(report, gates, []));
    assert.ok(!shown.includes(TOKEN));
    assert.match(shown, /--token hf_\*\*\*/);
  });

  test('property: random build-arg and secret values never appear, wherever the stages put them', async () => {
    const value = fc.stringMatching(/^[A-Za-z0-9+/=_.:@-]{8,40}$/).filter((v) => isSecretValue('X_TOKEN', v));
    await fc.assert(
      fc.asyncProperty(value, value, fc.constantFrom('HF_TOKEN', 'MODEL_REVISION', 'PIP_INDEX_URL'), async (arg, secret, name) => {
        const config = await buildConfig(
          { 'build-args': `${name}=${arg}`, secrets: `GIT_AUTH=${secret}` },
          { workspace: '/tmp', tempDir: '/tmp', ruleNames: ruleNameIndex() },
        );
        const base = makeReport();
        const report = makeReport({
          build: {
            ...base.build!,
            steps: [{ name: `[2/3] RUN |1 ${name}=${arg} pip install`, line: 5, seconds: 3, cached: false }],
            errorTail: [`ERROR: invalid field '${secret}' must be a key=value pair`],
            reason: `failed: ${secret}`,
            metadata: { [`key-${arg}`]: `value ${secret}` },
          },
          image: { ...base.image!, layers: [{ size: 1, createdBy: `RUN |1 ${name}=${arg} /bin/sh -c make`, line: 5, fromBase: false }] },
          notes: [`Build failed: ${arg}`],
          findings: [finding({ quotes: [arg] })],
        });
        const shown = renderings(finishReport(report, gates, workflowSecrets(config.build)));
        return !shown.includes(arg) && !shown.includes(secret);
      }),
      { numRuns: 60 },
    );
  });
});
