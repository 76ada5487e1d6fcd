//! Gives the shared library its SONAME, libcep.so.0, and lays the build
//! directory out as an installed library, so that a C program builds with
//! `cc $(pkg-config --cflags --libs cep)` and `PKG_CONFIG_PATH=target/debug`:
//! libcep.so.0, libcep.so and libcep.a beside what cargo writes (links to
//! the files in `deps/`, which every build of this crate writes), and
//! cep.pc from cep.pc.in.

use std::path::{Path, PathBuf};

fn link(dir: &Path, name: &str, target: &str) {
    let at = dir.join(name);
    let _ = std::fs::remove_file(&at);
    if let Err(e) = std::os::unix::fs::symlink(target, &at) {
        println!(
            "cargo:warning=cannot link {} to {target}: {e}",
            at.display()
        );
    }
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=cep.pc.in");
    println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libcep.so.0");
    let Some(out) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
        return;
    };
    // OUT_DIR is <profile dir>/build/cep-ffi-<hash>/out.
    let Some(dir) = out.ancestors().nth(3) else {
        return;
    };
    link(dir, "libcep.so.0", "deps/libcep_ffi.so");
    link(dir, "libcep.so", "libcep.so.0");
    link(dir, "libcep.a", "deps/libcep_ffi.a");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let template = std::fs::read_to_string(manifest.join("cep.pc.in")).unwrap_or_default();
    let pc = template
        .replace("@prefix@", &dir.display().to_string())
        .replace("@libdir@", "${prefix}")
        .replace(
            "@includedir@",
            &manifest.join("include").display().to_string(),
        )
        .replace("@version@", env!("CARGO_PKG_VERSION"))
        // Programs built against the build directory find the library
        // there when they run.
        .replace("@rpath@", "-Wl,-rpath,${libdir} ");
    if let Err(e) = std::fs::write(dir.join("cep.pc"), pc) {
        println!(
            "cargo:warning=cannot write {}: {e}",
            dir.join("cep.pc").display()
        );
    }
}
