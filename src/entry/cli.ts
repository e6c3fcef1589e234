#!/usr/bin/env node
// Entry point of dist/cli: the `setup-podman-k3d` command.
import { cli } from '../cli/main.js';

process.exitCode = await cli(process.argv.slice(2));
