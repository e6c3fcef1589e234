// Stand-in for a Podman machine helper (vfkit, krunkit, gvproxy). The fake podman runs it through
// a link named after the helper, so `ps` shows `.../vfkit .../helper-sleeper.mjs --device
// virtio-blk,path=.../NAME-amd64.raw ...`, as the product's leftover-helper search expects.
// It only waits until it is signalled; SIGTERM ends it, as it ends the real helpers.

setInterval(() => undefined, 1 << 30);
