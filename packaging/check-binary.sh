#!/usr/bin/env bash
# Checks that the cep and cep-server binaries and the C library
# (libcep.so.0) run on Virtuozzo 7 / OpenVZ 7 (glibc 2.17) and link no OpenSSL:
#   - no dynamic symbol needs a glibc version newer than 2.17 (objdump -T);
#   - no libssl / libcrypto among the NEEDED libraries (objdump -p);
#   - no test hook (CEP_TEST_NOW, _ABORT, _PAUSE: the facade's test-hooks
#     feature, which only tests turn on);
#   - the library's SONAME is libcep.so.0 and it exports only cep_* symbols.
#
#   packaging/check-binary.sh [FILE...]
#
# FILE defaults to the glibc 2.17 release builds (packaging/build-el7.sh):
# the cep and cep-server binaries and libcep_ffi.so. Exit status 1 names each offending
# symbol or library.
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
release="$top/target/x86_64-unknown-linux-gnu/release"
if [ "$#" -eq 0 ]; then
    set -- "$release/cep" "$release/cep-server" "$release/libcep_ffi.so"
fi
max="2.17"

command -v objdump >/dev/null || { echo "check-binary: objdump not found (install binutils)" >&2; exit 1; }

fail=0
for bin in "$@"; do
    [ -f "$bin" ] || { echo "check-binary: no file at $bin" >&2; fail=1; continue; }
    # "GLIBC_2.28" -> "2.28"; sort -V puts the newest last.
    versions="$(objdump -T "$bin" | { grep -o 'GLIBC_[0-9][0-9.]*' || true; } | sed 's/^GLIBC_//' | sort -uV)"
    newest="$(printf '%s\n' "$versions" | tail -n1)"
    too_new="$(printf '%s\n' "$versions" | awk -v max="$max" '
        function cmp(a, b,   x, y, i, n) {
            n = split(a, x, "."); split(b, y, ".")
            for (i = 1; i <= 3; i++) { if ((x[i] + 0) != (y[i] + 0)) return (x[i] + 0) - (y[i] + 0) }
            return 0
        }
        NF && cmp($0, max) > 0')"
    if [ -n "$too_new" ]; then
        fail=1
        for v in $too_new; do
            echo "check-binary: $bin needs GLIBC_$v (newer than $max):" >&2
            objdump -T "$bin" | awk -v tag="(GLIBC_$v)" '$0 ~ tag {print "    " $NF}' | sort -u >&2
        done
    fi
    needed="$(objdump -p "$bin" | awk '$1 == "NEEDED" {print $2}')"
    ssl="$(printf '%s\n' "$needed" | grep -E '^lib(ssl|crypto)\.' || true)"
    if [ -n "$ssl" ]; then
        fail=1
        echo "check-binary: $bin links OpenSSL ($(echo $ssl)); use rustls" >&2
    fi
    if grep -qaE 'CEP_TEST_(NOW|ABORT|PAUSE)' "$bin"; then
        fail=1
        echo "check-binary: $bin reads the CEP_TEST_* test hooks; build it without the test-hooks feature (packaging/build-el7.sh)" >&2
    fi
    soname="$(objdump -p "$bin" | awk '$1 == "SONAME" {print $2}')"
    if [ -n "$soname" ] || [[ "$bin" == *.so* ]]; then
        if [ "$soname" != "libcep.so.0" ]; then
            fail=1
            echo "check-binary: $bin has SONAME '${soname:-none}', not libcep.so.0" >&2
        fi
        # Defined dynamic symbols: only the C ABI of cep.h.
        foreign="$(objdump -T "$bin" | awk '$2 == "g" && $4 != "*UND*" {print $NF}' | grep -v '^cep_' || true)"
        if [ -n "$foreign" ]; then
            fail=1
            echo "check-binary: $bin exports symbols outside cep.h: $(echo $foreign | head -c 300)" >&2
        fi
        soname=" (SONAME $soname, exports $(objdump -T "$bin" | awk '$2 == "g" && $4 != "*UND*"' | wc -l) symbols)"
    fi
    echo "check-binary: $bin: newest glibc symbol version ${newest:-none} (limit $max); needs: $(echo $needed)${soname}"
done
exit "$fail"
