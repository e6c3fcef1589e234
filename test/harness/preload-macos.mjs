// Node `--import` preload for the simulated macOS runner. It sets process.platform to 'darwin'
// and process.arch to FAKE_ARCH (x64 or arm64), so the product under test takes its macOS code
// paths on this Linux machine without any test hook in the product's code.
// Passed as NODE_OPTIONS="--import /absolute/path/preload-macos.mjs".

const ARCHES = new Set(['x64', 'arm64']);
const arch = process.env.FAKE_ARCH ?? 'x64';

if (!ARCHES.has(arch)) {
  process.stderr.write(`preload-macos: FAKE_ARCH must be x64 or arm64, not ${JSON.stringify(arch)}\n`);
  process.exit(2);
}

// os.platform() and os.arch() read these properties too, so one definition covers both APIs.
Object.defineProperty(process, 'platform', { value: 'darwin', enumerable: true, configurable: true });
Object.defineProperty(process, 'arch', { value: arch, enumerable: true, configurable: true });
