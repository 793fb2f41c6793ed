// Scores the lint against the hand labels of the real-world corpus: `npm run score`.
// A benchmark, not a test: it prints the figures and every disagreement; it exits non-zero only
// when the lint crashed on a file. Definitions of every figure: README.md beside this file.
import { CORE_RULES, lineAccuracy, precision, recall, scoreCorpus, UNSCORED_RULES, type RuleScore } from './corpus.js';

const score = scoreCorpus();
const pct = (x: number | null) => (x === null ? '   –' : x.toFixed(3));
const pad = (s: string | number, n: number) => String(s).padStart(n);
const row = (s: RuleScore) =>
  `${s.rule.padEnd(8)}${pad(s.tp, 5)}${pad(s.fp, 5)}${pad(s.fn, 5)}${pad(s.tn, 6)}${pad(s.ambiguous, 6)}   ${pct(precision(s))}   ${pct(recall(s))}   ${pct(lineAccuracy(s))} (${s.tpFindingsOnLabelledLine}/${s.tpFindings})`;

console.log(
  `real-world corpus: ${score.linted} files linted, ${score.skipped.length} skipped (absent; npm run corpus:fetch), ` +
    `${score.crashes.length} crashes, ${score.dockerfileErrors.length} DockerfileErrors`,
);
console.log(`\nrule       TP   FP   FN    TN   amb   precision  recall  line accuracy`);
for (const s of score.rules.filter((r) => !UNSCORED_RULES.has(r.rule))) console.log(row(s));
console.log(row(score.overall));
for (const s of score.rules.filter((r) => UNSCORED_RULES.has(r.rule)))
  console.log(`${s.rule} not scored (empty build context): ${s.findings} findings over ${s.ambiguous} files`);

for (const { id, error } of score.crashes) console.log(`\nCRASH ${id}\n${error}`);
for (const { id, message } of score.dockerfileErrors) console.log(`DockerfileError ${id}: ${message}`);

console.log(`\ndisagreements (${score.disagreements.length}): flag rule id  label[lines]  finding lines  message | label note`);
const order = new Map<string, number>(CORE_RULES.map((rule, i) => [rule, i]));
for (const d of [...score.disagreements].sort(
  (a, b) => (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0) || a.flag.localeCompare(b.flag) || a.id.localeCompare(b.id),
)) {
  const message = d.message.length > 110 ? `${d.message.slice(0, 110)}…` : d.message;
  console.log(
    `${d.flag.padEnd(4)} ${d.rule} ${d.id}  ${d.label}[${d.labelledLines.join(',')}]  [${d.findingLines.join(',')}]  ${message}${d.note ? ` | ${d.note}` : ''}`,
  );
}
process.exitCode = score.crashes.length === 0 ? 0 : 1;
