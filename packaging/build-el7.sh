#!/usr/bin/env bash
# Release build of cep for Virtuozzo 7 / OpenVZ 7 (glibc 2.17) and every
# newer x86_64 Linux, from any Linux build host: cargo-zigbuild links
# against glibc 2.17 symbol versions with zig as the linker.
#
#   packaging/build-el7.sh        -> target/x86_64-unknown-linux-gnu/release/cep
#                                    and .../release/cep-server (the stats server)
#
# Then packaging/check-binary.sh checks it, packaging/build-rpm.sh packages it.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v cargo-zigbuild >/dev/null; then
    # Brings zig itself (the ziglang package) from PyPI. A distribution's
    # own Python may refuse plain installs (PEP 668); fall back to --user.
    python3 -m pip install --quiet cargo-zigbuild \
        || python3 -m pip install --quiet --user --break-system-packages cargo-zigbuild
    export PATH="$HOME/.local/bin:$PATH"
    hash -r
fi
rustup target add x86_64-unknown-linux-gnu >/dev/null 2>&1 || true
cargo zigbuild --release --locked -p cep-cli -p cep-server --bin cep --bin cep-server \
    --target x86_64-unknown-linux-gnu.2.17 "$@"
echo "target/x86_64-unknown-linux-gnu/release/cep"
echo "target/x86_64-unknown-linux-gnu/release/cep-server"
