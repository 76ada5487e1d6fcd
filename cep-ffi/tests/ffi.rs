//! cep-ffi's tests, one binary: the header (`header`), the boundary from
//! Rust and from C (`boundary`: NULLs, bad JSON, bad collectors, codes,
//! eight threads on one agent), the examples of C, C++ and Python built
//! with the system compilers and run against the real stats server
//! (`examples`), and the Python package's own suite (`python`).
//!
//! Tools the tests need from the system (a C and a C++ compiler,
//! pkg-config, python3, vermin) are looked up first; a test without its
//! tool skips through `cep_core::skip!` (README, "Tests that can skip").

#[path = "ffi/boundary.rs"]
mod boundary;
#[path = "ffi/examples.rs"]
mod examples;
#[path = "ffi/header.rs"]
mod header;
#[path = "ffi/python.rs"]
mod python;
#[path = "ffi/support.rs"]
mod support;
