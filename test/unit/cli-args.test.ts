import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseArgs } from '../../src/cli/args.js';
import { upHelp } from '../../src/cli/help.js';
import { PACKAGE_VERSION } from '../../src/cli/version.js';
import { UsageError } from '../../src/core/errors.js';
import { INPUTS } from '../../src/core/inputs.js';

const FLAGS = { 'dry-run': true, job: false } as const;

describe('parseArgs', () => {
  it('takes settings in every spelling', () => {
    const args = parseArgs(['--machine-name', 'dev', '--memory=8192', '--no-rootful', '--create-cluster=false', '--dry-run'], FLAGS);
    expect(args.settings).toEqual({ 'machine-name': 'dev', memory: '8192', rootful: 'false', 'create-cluster': 'false' });
    expect(args.flags).toEqual({ 'dry-run': true });
  });

  it('keeps every value of a repeated list setting', () => {
    expect(parseArgs(['--ports', '8080:80@loadbalancer', '--ports=8443:443@loadbalancer'], FLAGS).settings.ports).toBe('8080:80@loadbalancer\n8443:443@loadbalancer');
  });

  it('takes a bare boolean setting as true', () => {
    expect(parseArgs(['--rootful', '--dry-run'], FLAGS).settings.rootful).toBe('true');
  });

  it('rejects an unknown flag by name', () => {
    expect(() => parseArgs(['--bogus'], FLAGS)).toThrowError(UsageError);
    expect(() => parseArgs(['--bogus'], FLAGS)).toThrowError(/^Unknown flag --bogus\.$/);
  });

  it('rejects a flag as the value of another', () => {
    expect(() => parseArgs(['--cpus', '--dry-run'], FLAGS)).toThrowError(/Missing value for --cpus/);
    expect(() => parseArgs(['--job'], FLAGS)).toThrowError(/Missing value for --job/);
  });

  it('rejects --no- for a setting that is not boolean', () => {
    expect(() => parseArgs(['--no-memory'], FLAGS)).toThrowError(/Unknown flag --no-memory/);
  });

  it('keeps positionals for the command to judge', () => {
    expect(parseArgs(['dev', '--dry-run'], FLAGS).positionals).toEqual(['dev']);
  });
});

describe('PACKAGE_VERSION', () => {
  it('matches package.json', () => {
    expect(PACKAGE_VERSION).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });
});

describe('upHelp', () => {
  it('describes every input as a flag', () => {
    const help = upHelp();
    for (const input of INPUTS) expect(help).toContain(`--${input.name}`);
  });

  it('uses the command-line wording where the action differs', () => {
    const help = upHelp();
    expect(help).toContain('in the user cache directory between runs, and use them');
    expect(help).not.toContain('with actions/cache (restored in main, saved in post)');
    expect(help).toContain('on the command line, `down` removes the cluster and stops the machine');
    expect(help).not.toContain('What the post step removes');
  });
});
