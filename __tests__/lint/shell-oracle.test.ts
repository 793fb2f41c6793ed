// Differential test: our shell parser against mvdan-sh (a complete bash parser, kept as a
// devDependency for this) on every RUN of every Dockerfile in the repository, plus tricky
// snippets. Both must find the same simple commands on the same lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dockerfilesUnder } from '../helpers/dockerfiles.js';
import sh, { type ShNode } from 'mvdan-sh';
import { parseSimpleCommands } from '../../src/lint/shell-parser.js';
import { parseDockerfile, isRun } from '../../src/lint/dockerfile.js';

const { syntax } = sh;
const parser = syntax.NewParser(syntax.KeepComments(false), syntax.Variant(syntax.LangBash));

/** [line, program] of each simple command, as mvdan-sh sees them. */
function oracle(script: string): string[] {
  const found: string[] = [];
  syntax.Walk(parser.Parse(script, 'RUN'), (node) => {
    if (node && syntax.NodeType(node) === 'CallExpr' && (node.Args ?? []).length > 0) {
      const first = node.Args![0].Parts.map(partText).join('');
      found.push(`${node.Pos().Line()}:${first}`);
    }
    if (node && syntax.NodeType(node) === 'DeclClause') found.push(`${node.Pos().Line()}:${node.Variant?.Value ?? ''}`);
    return true;
  });
  return found.sort();
}

/** A word part as our parser renders it: quotes removed, $VAR and $(...) kept as written. */
function partText(part: ShNode): string {
  switch (syntax.NodeType(part)) {
    case 'Lit':
    case 'SglQuoted':
      return part.Value ?? '';
    case 'DblQuoted':
      return (part.Parts ?? []).map(partText).join('');
    case 'ParamExp':
      return '$' + (part.Param?.Value ?? '');
    case 'CmdSubst':
      return '$(...)';
    case 'ArithmExp':
      return '$((...))';
    default:
      return '';
  }
}

function ours(script: string): string[] {
  return parseSimpleCommands(script)
    .map((c) => {
      const first = c.words.find((w) => !w.assignment);
      return first ? `${first.line}:${first.text}` : null;
    })
    .filter((x): x is string => x !== null)
    .sort();
}

const SNIPPETS = [
  'apt-get update && apt-get install -y --no-install-recommends gcc \\\n  && rm -rf /var/lib/apt/lists/*',
  'PIP_NO_CACHE_DIR=1 pip install "torch==2.1" \'x y\' && echo "$HOME $(id -u)" | grep -q 0 || true',
  'for f in /wheels/*.whl; do pip install "$f"; done',
  'if [ -f requirements.txt ]; then\n  pip install -r requirements.txt\nelse\n  echo none\nfi',
  'case "$TARGETARCH" in\n  amd64) ARCH=x86_64 ;;\n  arm64) ARCH=aarch64 ;;\nesac\ncurl -fsSL "https://x/$ARCH" -o /tmp/x',
  '(cd /src && make) && { echo ok; ls; }',
  'python - <<EOF\nimport torch\nprint(torch.cuda.is_available())\nEOF\necho done',
  'cat <<-"END" > /etc/conf\n\tkey=value\n\tEND\nchmod 600 /etc/conf',
  'f() { pip install "$@"; }\nf torch',
  'x=`which python` && $x -m pip install -U pip 2>&1 >/dev/null',
  "echo $'a\\'b' && diff <(sort a) <(sort b)",
  'export A=1 B=2 && declare -x C=3 && pip install x',
  'echo "${VAR:-default}" "${#ARR[@]}" $((1 + 2)) && wget -q "${URL}/model.bin"',
];

test('agrees with mvdan-sh on tricky snippets', () => {
  for (const script of SNIPPETS) assert.deepEqual(ours(script), oracle(script), script);
});

test('agrees with mvdan-sh on every RUN in examples/, bench/corpus and test fixtures', () => {
  let runs = 0;
  for (const file of dockerfilesUnder('examples', 'bench/corpus', '__tests__/fixtures')) {
    let model;
    try {
      model = parseDockerfile(readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    for (const run of model.stages.flatMap((s) => s.instructions).filter(isRun)) {
      if (run.jsonForm) continue;
      const script = run.text.replace(/^\s*<<-?\s*["']?(\w+)["']?\s*\n([\s\S]*?)\n\s*\1\s*$/, '\n$2');
      let expected: string[];
      try {
        expected = oracle(script);
      } catch {
        continue; // not bash: both fall back
      }
      assert.deepEqual(ours(script), expected, `${file}:${run.line}\n${script}`);
      runs++;
    }
  }
  assert.ok(runs > 100, `only ${runs} RUNs compared`);
});
