// Each tool's option grammar (src/lint/tools/*.ts) against what its documentation says; each test
// names the page it is taken from.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lastOption, matchLong, parseArgs } from '../../../src/lint/tools/options.js';
import { pipConfigEntries, pipConfigSet, pipGrammar, pipInvocation, pipVariable } from '../../../src/lint/tools/pip.js';
import { isUvInstall, uvInvocation } from '../../../src/lint/tools/uv.js';
import { aptBoolean, aptConfSettings, aptInvocation, aptItem } from '../../../src/lint/tools/apt.js';
import { cleanedPackages, condaInvocation, isCondaInstall } from '../../../src/lint/tools/conda.js';
import type { ShellCommand } from '../../../src/lint/shell.js';

const command = (line: string): ShellCommand => {
  const [name, ...args] = line.split(/\s+/);
  return { name, program: name.slice(name.lastIndexOf('/') + 1), args, env: {}, line: 1 };
};

describe('pip (optparse)', () => {
  test('docs.python.org/3/library/optparse.html: an unambiguous prefix of a long option is that option', () => {
    assert.equal(matchLong(pipGrammar, '--no-cache')?.name, '--no-cache-dir');
    assert.equal(matchLong(pipGrammar, '--no-cache-d')?.name, '--no-cache-dir');
    assert.equal(matchLong(pipGrammar, '--requirem')?.name, '--requirement');
    assert.equal(matchLong(pipGrammar, '--req'), null); // --require-hashes, --require-virtualenv too
  });

  test('optparse: a prefix of several options names none (pip stops: "ambiguous option: --no-c")', () => {
    assert.equal(matchLong(pipGrammar, '--no-c'), null);
    assert.equal(matchLong(pipGrammar, '--no-'), null);
  });

  test('pip.pypa.io/en/stable/cli/pip/#general-options: general options go before the command too', () => {
    const pip = pipInvocation(command('pip --no-cache-dir install torch'))!;
    assert.equal(pip.verb, 'install');
    assert.ok(lastOption(pip.args, '--no-cache-dir'));
    assert.deepEqual(pip.args.operands, ['torch']);
    const module = pipInvocation(command('python3.11 -m pip -q install --no-cache -r requirements.txt'))!;
    assert.equal(module.verb, 'install');
    assert.equal(lastOption(module.args, '--no-cache-dir')?.written, '--no-cache');
    assert.equal(lastOption(module.args, '--requirement')?.value, 'requirements.txt');
    // dataloop-ai/dtlpy-runner-images dockerfiles/cpu/python3.11/cpu.python3.11.pytorch2.Dockerfile: `${DL_PYTHON_EXECUTABLE} -m pip install --upgrade pip`
    assert.equal(pipInvocation(command('${DL_PYTHON_EXECUTABLE} -m pip install --upgrade pip'))?.verb, 'install');
  });

  test('pip.pypa.io/en/stable/cli/pip_install/#options: short options take their value attached or apart', () => {
    const args = parseArgs(pipGrammar, ['-rrequirements.txt', '-c', 'constraints.txt', '-Uq', 'torch', '--index-url=https://x/simple']);
    assert.equal(lastOption(args, '--requirement')?.value, 'requirements.txt');
    assert.equal(lastOption(args, '--constraint')?.value, 'constraints.txt');
    assert.ok(lastOption(args, '--upgrade') && lastOption(args, '--quiet'));
    assert.equal(lastOption(args, '--index-url')?.value, 'https://x/simple');
    assert.deepEqual(args.operands, ['torch']);
  });

  test('pip.pypa.io/en/stable/topics/configuration/#environment-variables: PIP_<UPPER_LONG_NAME>', () => {
    assert.equal(pipVariable('--no-cache-dir'), 'PIP_NO_CACHE_DIR');
    assert.equal(pipVariable('--cache-dir'), 'PIP_CACHE_DIR');
  });

  test('pip.pypa.io/en/stable/topics/configuration/#config-file: [global] and [install] apply to pip install', () => {
    const text = '[global]\ntimeout = 60\nno-cache-dir = false\n[freeze]\ncache-dir = /x\n[install]\ncache_dir: /pip\n';
    assert.deepEqual(pipConfigEntries(text), [
      { key: 'timeout', value: '60' },
      { key: 'no-cache-dir', value: 'false' },
      { key: 'cache-dir', value: '/pip' },
    ]);
  });

  test('pip.pypa.io/en/stable/cli/pip_config/: `pip config set global.no-cache-dir true` writes no-cache-dir', () => {
    assert.deepEqual(pipConfigSet(pipInvocation(command('pip config --global set global.no-cache-dir true'))!), {
      key: 'no-cache-dir',
      value: 'true',
    });
    assert.equal(pipConfigSet(pipInvocation(command('pip config set freeze.timeout 10'))!), null);
  });
});

describe('uv (clap)', () => {
  test('docs.astral.sh/uv/reference/cli/#uv-pip-install--no-cache: -n, --no-cache, alias --no-cache-dir', () => {
    for (const spelling of ['--no-cache', '--no-cache-dir', '-n']) {
      const uv = uvInvocation(command(`uv pip install ${spelling} torch`))!;
      assert.deepEqual(uv.verbs, ['pip', 'install'], spelling);
      assert.equal(lastOption(uv.args, '--no-cache')?.written, spelling);
      assert.deepEqual(uv.args.operands, ['torch']);
    }
  });

  test('docs.astral.sh/uv/reference/cli/: clap infers no prefixes (`--no-cach` is not --no-cache)', () => {
    assert.equal(lastOption(uvInvocation(command('uv pip install --no-cach torch'))!.args, '--no-cache'), undefined);
  });

  test('docs.astral.sh/uv/reference/cli/#uv-sync--directory: global options before the command take their value', () => {
    const uv = uvInvocation(command('uv --directory /app --cache-dir /c sync --frozen'))!;
    assert.deepEqual(uv.verbs, ['sync']);
    assert.ok(isUvInstall(uv));
    assert.equal(lastOption(uv.args, '--cache-dir')?.value, '/c');
    assert.ok(isUvInstall(uvInvocation(command('uv tool install ruff'))!));
    assert.ok(!isUvInstall(uvInvocation(command('uv cache clean'))!));
  });
});

describe('apt-get (apt CommandLine)', () => {
  test('manpages.debian.org/apt-get.8: --no-install-recommends is --install-recommends set to false', () => {
    const apt = aptInvocation(command('apt-get install -y --no-install-recommends curl'))!;
    assert.equal(apt.verb, 'install');
    assert.deepEqual(apt.args.operands, ['curl']);
    assert.deepEqual(aptItem(apt.args, 'APT::Install-Recommends'), { value: 'false', written: '--no-install-recommends' });
  });

  test('apt-get.8 "-o, --option": any configuration item on the command line, before or after the verb', () => {
    const apt = aptInvocation(command('apt-get -o Acquire::Retries=3 -qq install -yq -o APT::Install-Recommends=0 git'))!;
    assert.equal(apt.verb, 'install');
    assert.deepEqual(apt.args.operands, ['git']);
    assert.equal(aptItem(apt.args, 'APT::Install-Recommends')?.value, '0');
    assert.equal(aptItem(apt.args, 'APT::Get::Assume-Yes')?.written, '-y');
  });

  test('apt-get.8: -y, --yes, --assume-yes are one option; -f (--fix-broken) takes no value', () => {
    for (const spelling of ['-y', '--yes', '--assume-yes', '-qy']) {
      const apt = aptInvocation(command(`apt-get install ${spelling} -f curl`))!;
      assert.ok(aptItem(apt.args, 'APT::Get::Assume-Yes'), spelling);
      assert.deepEqual(apt.args.operands, ['curl'], spelling);
    }
  });

  test('manpages.debian.org/apt.conf.5: `APT::Install-Recommends "false";` and its boolean words', () => {
    assert.deepEqual(aptConfSettings(`echo 'APT::Install-Recommends "0";' > /etc/apt/apt.conf.d/99`, 'APT::Install-Recommends'), ['0']);
    assert.deepEqual(aptConfSettings('APT::Install-Recommends \\"false\\";', 'APT::Install-Recommends'), ['false']);
    assert.equal(aptBoolean('"false"'), false);
    assert.equal(aptBoolean('without'), false);
    assert.equal(aptBoolean('1'), true);
  });
});

describe('conda / mamba / micromamba', () => {
  test('docs.conda.io/projects/conda/en/latest/commands/clean.html: -a, --all in a cluster (-afy)', () => {
    assert.equal(cleanedPackages(condaInvocation(command('conda clean -afy'))!), '-a');
    assert.equal(cleanedPackages(condaInvocation(command('mamba clean --all --yes'))!), '--all');
    assert.equal(cleanedPackages(condaInvocation(command('conda clean -tipsy'))!), '-t -p');
    assert.equal(cleanedPackages(condaInvocation(command('conda clean -y --index-cache'))!), null);
  });

  test('docs.python.org/3/library/argparse.html#allow-abbrev: conda takes `--al`, micromamba (CLI11) does not', () => {
    assert.equal(cleanedPackages(condaInvocation(command('conda clean --al -y'))!), '--al');
    assert.equal(cleanedPackages(condaInvocation(command('micromamba clean --al -y'))!), null);
  });

  test('docs.conda.io/projects/conda/en/latest/commands/install.html: -c and -n take values; env create installs', () => {
    const conda = condaInvocation(command('conda install -y -c pytorch -n base pytorch=2.3'))!;
    assert.ok(isCondaInstall(conda));
    assert.deepEqual(conda.args.operands, ['pytorch=2.3']);
    assert.ok(isCondaInstall(condaInvocation(command('mamba env create -f environment.yml'))!));
  });
});
