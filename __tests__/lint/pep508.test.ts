// Our PEP 508 parser (src/lint/pep508.ts): PEP 508's own examples, error messages with their
// columns, then a differential test against pip-requirements-js (the ohm-js parser it replaced,
// kept as a devDependency for this). Both must accept and reject the same specs and, where both
// accept, read the same name, extras, version clauses and URL. Deliberate differences are listed
// in ALLOWED, each saying which side PEP 508 (or pip) backs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePipRequirementsLine } from 'pip-requirements-js';
import { parseRequirementSpec, RequirementSyntaxError, type RequirementSpec, type VersionClause } from '../../src/lint/pep508.js';

const clauses = (...pairs: [string, string][]) => pairs.map(([operator, version]) => ({ operator, version }) as VersionClause);
const named = (name: string, specifiers: VersionClause[] = [], extras: string[] = [], marker: string | null = null): RequirementSpec => ({
  kind: 'name',
  name,
  extras,
  specifiers,
  marker,
});
const url = (name: string, url: string, extras: string[] = [], marker: string | null = null): RequirementSpec => ({
  kind: 'url',
  name,
  extras,
  url,
  marker,
});

const VALID: [string, RequirementSpec][] = [
  // PEP 508's test examples.
  ['A', named('A')],
  ['A.B-C_D', named('A.B-C_D')],
  ['aa', named('aa')],
  ['name', named('name')],
  ['name<=1', named('name', clauses(['<=', '1']))],
  ['name>=3', named('name', clauses(['>=', '3']))],
  ['name>=3,<2', named('name', clauses(['>=', '3'], ['<', '2']))],
  ['name@http://foo.com', url('name', 'http://foo.com')],
  ["name [fred,bar] @ http://foo.com ; python_version=='2.7'", url('name', 'http://foo.com', ['fred', 'bar'], "python_version=='2.7'")],
  [
    "name[quux, strange];python_version<'2.7' and platform_version=='2'",
    named('name', [], ['quux', 'strange'], "python_version<'2.7' and platform_version=='2'"),
  ],
  ["name; os_name=='a' or os_name=='b'", named('name', [], [], "os_name=='a' or os_name=='b'")],
  ["name; os_name=='a' and os_name=='b' or os_name=='c'", named('name', [], [], "os_name=='a' and os_name=='b' or os_name=='c'")],
  ["name; os_name=='a' and (os_name=='b' or os_name=='c')", named('name', [], [], "os_name=='a' and (os_name=='b' or os_name=='c')")],
  ["name; (os_name=='a' or os_name=='b') and os_name=='c'", named('name', [], [], "(os_name=='a' or os_name=='b') and os_name=='c'")],
  // Arbitrary equality, parentheses, spaces anywhere PEP 508 allows them (wsp*).
  ['name===foobar', named('name', clauses(['===', 'foobar']))],
  ['name (==1.0)', named('name', clauses(['==', '1.0']))],
  ['name(==1.0)', named('name', clauses(['==', '1.0']))],
  ['name ( >= 1.0 , < 2 )', named('name', clauses(['>=', '1.0'], ['<', '2']))],
  ['torch == 2.3.0 , != 2.3.1', named('torch', clauses(['==', '2.3.0'], ['!=', '2.3.1']))],
  [' \tname\t ', named('name')],
  ['torch[cuda] >=2.1; python_version >= "3.9"', named('torch', clauses(['>=', '2.1']), ['cuda'], 'python_version >= "3.9"')],
  ['name==1!2.0+local.7,!=1.5.*,~=1.4', named('name', clauses(['==', '1!2.0+local.7'], ['!=', '1.5.*'], ['~=', '1.4']))],
  ['a..b--c__d', named('a..b--c__d')],
  ['name[ a , b ]', named('name', [], ['a', 'b'])],
  // Empty parentheses and extras: PEP 508's grammar allows `[]`; pip (packaging) also takes `()`.
  ['name()', named('name')],
  ['name[]', named('name')],
  // Markers: in / not in, strings on either side, chained `and`, every comparison incl. ===.
  [
    "name; 'linux' in sys_platform and 'a' not  in os_name and extra == \"gpu\"",
    named('name', [], [], "'linux' in sys_platform and 'a' not  in os_name and extra == \"gpu\""),
  ],
  [
    "name; python_version === '3.8' or implementation_version ~= '3.1'",
    named('name', [], [], "python_version === '3.8' or implementation_version ~= '3.1'"),
  ],
  ['name; "a" != "b"', named('name', [], [], '"a" != "b"')],
  ["name;((python_full_version<'3.9'))", named('name', [], [], "((python_full_version<'3.9'))")],
  // URLs: VCS refs, fragments; without a space the `;` belongs to the URL (why PEP 508 wants one).
  ['name @ git+https://github.com/o/r.git@v1.2#egg=name', url('name', 'git+https://github.com/o/r.git@v1.2#egg=name')],
  [
    'torch @ https://h/torch-2.3.0%2Bcu121-cp311-linux_x86_64.whl#sha256=ab12',
    url('torch', 'https://h/torch-2.3.0%2Bcu121-cp311-linux_x86_64.whl#sha256=ab12'),
  ],
  ["name @ http://foo.com;python_version=='2.7'", url('name', "http://foo.com;python_version=='2.7'")],
  ['name@ file:///wheels/x.whl\t;\tos_name=="nt"', url('name', 'file:///wheels/x.whl', [], 'os_name=="nt"')],
  // RFC 3986 characters are checked, not its structure (see ALLOWED below).
  ['name @ http://x/[a]', url('name', 'http://x/[a]')],
];

const INVALID: [string, string][] = [
  ['torch==', 'expected a version after "==" at column 8'],
  ['torch>=1.0,', 'expected a version operator such as "==" or ">=" at column 12'],
  ['numpy=>1.0', 'expected a version operator such as "==" or ">=" at column 6'],
  ['name[extra', 'expected "," or "]" at column 11'],
  ['name[a,]', 'expected an extra name at column 8'],
  ['name; python_version', 'expected a marker operator such as "==" or "in" at column 21'],
  ["name; 'a' notin os_name", 'expected a marker operator such as "==" or "in" at column 11'],
  ['name @', 'expected a URL after "@" at column 7'],
  ['name @ http://foo.com ;', 'expected a marker variable such as python_version, or a quoted string at column 24'],
  ['name @ http://foo.com extra', 'expected ";" or the end at column 23'],
  ['name @ http://x/<y>', 'expected a space after the URL at column 17'],
  ['name @ http://x/%a', 'expected a space after the URL at column 17'],
  ['==1.0', 'expected a package name at column 1'],
  ['', 'expected a package name at column 1'],
  ["name; os_name=='a' and", 'expected a marker variable such as python_version, or a quoted string at column 23'],
  ["name; os_nam=='a'", 'expected a marker variable such as python_version, or a quoted string at column 7'],
  ["name; os_name=='a", 'expected a marker variable such as python_version, or a quoted string at column 16'],
  ["name; os_name=='a\\b'", 'expected a marker variable such as python_version, or a quoted string at column 16'],
  ['name (==1.0', 'expected "," or ")" at column 12'],
  ['name (', 'expected a version operator or ")" at column 7'],
  ['name ==1.0)', 'expected ",", ";" or the end at column 11'],
  ['name (==1.0) 2', 'expected ";" or the end at column 14'],
  ["name; (os_name=='a'", 'expected "and", "or" or ")" at column 20'],
  ["name; os_name=='a')", 'expected "and", "or" or the end at column 19'],
  ['name-', 'expected a version operator, "@", ";" or the end at column 5'],
  ['name 1.0', 'expected a version operator, "@", ";" or the end at column 6'],
  ['name==1.0 # comment', 'expected ",", ";" or the end at column 11'],
  ['café==1', 'expected a version operator, "@", ";" or the end at column 4'],
  // A syntax error, not a stack overflow, however deep the parentheses.
  [`name; ${'('.repeat(5000)}os_name=='a'${')'.repeat(5000)}`, 'expected at most 100 nested parentheses at column 107'],
];

test('PEP 508 parser: valid specifiers', () => {
  for (const [spec, expected] of VALID) assert.deepEqual(parseRequirementSpec(spec), expected, spec);
});

test('PEP 508 parser: invalid specifiers say what was expected and where', () => {
  for (const [spec, message] of INVALID) {
    assert.throws(
      () => parseRequirementSpec(spec),
      (error: unknown) => {
        assert.ok(error instanceof RequirementSyntaxError, spec);
        assert.equal(error.message, message, spec);
        assert.equal(error.column, Number(/column (\d+)/.exec(message)?.[1]), spec);
        return true;
      },
      spec,
    );
  }
});

// ---- differential test against pip-requirements-js ----

type Outcome = { accepted: false } | { accepted: true; read: string };

function ours(spec: string): Outcome {
  try {
    const r = parseRequirementSpec(spec);
    return { accepted: true, read: JSON.stringify(r.kind === 'url' ? [r.name, r.extras, r.url] : [r.name, r.extras, r.specifiers]) };
  } catch (error) {
    if (!(error instanceof RequirementSyntaxError)) throw error;
    return { accepted: false };
  }
}

function library(spec: string): Outcome {
  try {
    const r = parsePipRequirementsLine(spec);
    if (r?.type === 'ProjectURL') return { accepted: true, read: JSON.stringify([r.name, r.extras ?? [], r.url]) };
    if (r?.type === 'ProjectName') return { accepted: true, read: JSON.stringify([r.name, r.extras ?? [], r.versionSpec ?? []]) };
    return { accepted: true, read: JSON.stringify(r) };
  } catch {
    return { accepted: false };
  }
}

// A spec with its URL (everything non-space after the first `@`) replaced by a plain one.
const withPlainUrl = (spec: string) => spec.replace(/@([ \t]*)[^ \t]+/, '@$1http://x');

/** Where we differ from the library on purpose: `ours` is our outcome, `applies` narrows it to the cause. */
const ALLOWED: { why: string; ours?: 'accept' | 'reject'; applies: (spec: string) => boolean }[] = [
  {
    // PEP 508 has `url_req = name extras? urlspec wsp+ quoted_marker?`, and its own example
    // `name [fred,bar] @ http://foo.com ; python_version=='2.7'`. The library's grammar skips the
    // spaces before its explicit `space` token, which then never matches: it rejects every URL with a marker.
    why: 'URL requirement with a marker: PEP 508 allows it, the library cannot parse it',
    ours: 'accept',
    applies: (spec) => /@[ \t]*[^ \t]+[ \t]+;/.test(spec) && library(spec.replace(/[ \t]+;.*$/, '')).accepted,
  },
  {
    // The library reads an empty RFC 3986 relative reference after `@`; pip (packaging) says
    // "Expected URL after @", and an empty URL names nothing to install.
    why: 'nothing after "@": pip rejects it too',
    ours: 'reject',
    applies: (spec) => /@[ \t]*$/.test(spec),
  },
  {
    // PEP 508 defers to RFC 3986 for the URL. We check its characters and %HH escapes, which is
    // all it takes to find where the URL ends; the library also parses its structure (a scheme
    // starts with a letter, [ ] only around an IP literal) but takes `%` with one hex digit.
    // pip checks neither: any non-space run. Same outcome once the URL is a plain one.
    why: 'URL details beyond its characters',
    applies: (spec) => /@[ \t]*[^ \t]/.test(spec) && agree(withPlainUrl(spec)),
  },
  {
    // Ohm's `alnum` includes every Unicode letter; PEP 508's letterOrDigit is A-Z a-z 0-9 (as are
    // names on PyPI), and its python_str_c is ASCII too.
    why: 'non-ASCII letters: PEP 508 is ASCII',
    ours: 'reject',
    applies: (spec) => [...spec].some((c) => c.charCodeAt(0) > 0x7f),
  },
  {
    // The library parses whole requirements-file lines, so `torch # note` is a comment. PEP 508
    // has no comments; requirements.ts strips them before it calls the parser.
    why: 'a trailing # comment: pip file syntax, not PEP 508',
    ours: 'reject',
    applies: (spec) => spec.includes('#') && ours(spec.slice(0, spec.indexOf('#'))).accepted,
  },
];

function agree(spec: string): boolean {
  const a = ours(spec);
  const b = library(spec);
  return a.accepted === b.accepted && (!a.accepted || !b.accepted || a.read === b.read);
}

/** A few hundred specs from combinations, plus every truncation and one-character deletion of some valid ones. */
function corpus(): string[] {
  const specs = new Set<string>([...VALID.map(([s]) => s), ...INVALID.map(([s]) => s)]);
  const names = ['torch', 'A.B-C_D', 'x_1'];
  const extras = ['', '[cuda]', ' [ a , b ] ', '[]'];
  const versions = ['', '==2.3.0', '>=1.0,<2', ' ~= 1.4 ', '!=1.5.*', '(>=1,<2)', '( == 1.0 )', '==1!2.0+local', '()'];
  const markers = [
    '',
    ';python_version<"3.10"',
    " ; os_name=='posix' and (sys_platform == 'linux' or 'arm' in platform_machine)",
    "; 'a' not in os_name",
  ];
  for (const n of names) for (const e of extras) for (const v of versions) for (const m of markers) specs.add(n + e + v + m);
  const urls = [
    'http://foo.com',
    'https://h/torch-2.3.0%2Bcu121-cp311-linux_x86_64.whl#sha256=ab12',
    'git+https://github.com/o/r.git@v1.2',
    'file:///wheels/x.whl',
  ];
  for (const u of urls)
    for (const m of ['', ' ; os_name=="nt"', ';os_name=="nt"']) specs.add(`torch[cuda]@${u}${m}`).add(`name @ ${u}${m}`);
  const seeds = [
    "name [fred,bar] @ http://foo.com ; python_version=='2.7'",
    "name[quux, strange];python_version<'2.7' and platform_version=='2'",
    "name; (os_name=='a' or os_name=='b') and os_name=='c'",
    "torch (>=2.1 , <3) ; 'linux' in sys_platform",
    "a.b-c[x]==1.0,!=1.0.1; python_full_version not in '3.12.0'",
  ];
  for (const s of seeds) for (let i = 0; i <= s.length; i++) specs.add(s.slice(0, i)).add(s.slice(0, i) + s.slice(i + 1));
  return [...specs];
}

/** Token soup from a fixed seed: odd spacing, stray operators, quotes and brackets. */
function soup(count: number): string[] {
  const tokens = [
    'a',
    'b1',
    'x.y',
    '-',
    '_',
    '.',
    ' ',
    '\t',
    '[',
    ']',
    ',',
    '(',
    ')',
    '==',
    '!=',
    '<=',
    '>=',
    '<',
    '>',
    '~=',
    '=',
    '!',
    '*',
    '+',
    '1.0',
    '@',
    ';',
    ':',
    '/',
    'http://h/p',
    "'v'",
    '"w"',
    "'",
    '"',
    'python_version',
    'os_name',
    'and',
    'or',
    'in',
    'not',
    ' not in ',
    '%',
    '%2F',
    '#',
  ];
  let seed = 20240601;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  return Array.from({ length: count }, () => {
    let spec = ['name', 'torch', 'A.B', 'n@'][next(4)];
    for (let i = next(8); i >= 0; i--) spec += tokens[next(tokens.length)];
    return spec;
  });
}

test('PEP 508 parser agrees with pip-requirements-js', () => {
  // The library rejects PEP 440's `===` (its `==` matches first); a blank line is null to it,
  // and requirements.ts never passes one.
  const specs = [...corpus(), ...soup(3000)].filter((s) => !s.includes('===') && s.trim() !== '');
  assert.ok(specs.length > 500, `corpus of ${specs.length}`);
  const used = new Set<string>();
  const unexplained: string[] = [];
  for (const spec of specs) {
    if (agree(spec)) continue;
    const outcome = ours(spec).accepted ? 'accept' : 'reject';
    const allowed = ALLOWED.find((a) => (a.ours === undefined || a.ours === outcome) && a.applies(spec));
    if (allowed) used.add(allowed.why);
    else unexplained.push(`${JSON.stringify(spec)}: ours ${JSON.stringify(ours(spec))}, library ${JSON.stringify(library(spec))}`);
  }
  assert.deepEqual(unexplained, []);
  // Every allowance is still needed, or it goes.
  assert.deepEqual([...used].sort(), ALLOWED.map((a) => a.why).sort());
});
