//! What the tests share: the built library, fixture clients, the real
//! stats server, the system's compilers.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// The repository root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A fixture host of testdata/hosts.
pub fn fixture(name: &str) -> PathBuf {
    repo().join("testdata/hosts").join(name)
}

/// The directory cargo builds the test binaries and this crate's
/// libcep_ffi.so into (`target/<profile>/deps`).
pub fn deps_dir() -> PathBuf {
    std::env::current_exe()
        .unwrap()
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The built shared library, as an installed one would be loaded.
pub fn library() -> PathBuf {
    deps_dir().join("libcep_ffi.so")
}

/// The directory holding the build's cep.pc (`target/<profile>`), which
/// build.rs writes beside libcep.so.0 and libcep.so.
pub fn pkg_config_dir() -> PathBuf {
    deps_dir().parent().unwrap().to_path_buf()
}

/// True when `program` runs; otherwise prints why the test is skipped.
pub fn have(program: &str, arg: &str) -> bool {
    let ok = Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        cep_core::skip!("`{program}` is not installed");
    }
    ok
}

/// One client host: cep.toml, state and markers in a directory of its own.
pub struct Client {
    pub dir: tempfile::TempDir,
}

impl Client {
    /// A client whose cep.toml has these `[transport]` lines.
    pub fn new(transport: &str) -> Client {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("etc")).unwrap();
        std::fs::write(
            dir.path().join("machine-id"),
            "00112233445566778899aabbccddeeff\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("etc/cep.toml"),
            format!(
                "machine_id_file = \"{}\"\n[scripts]\nschedule = \"off\"\n[transport]\n{transport}\n[retry]\nbudget = \"5s\"\n",
                dir.path().join("machine-id").display(),
            ),
        )
        .unwrap();
        Client { dir }
    }

    /// A client delivering to a file in its directory.
    pub fn file() -> Client {
        let c = Client::new("type = \"file\"\npath = \"OUT\"\nkeep = 20");
        let toml = c.path("etc/cep.toml");
        let text = std::fs::read_to_string(&toml).unwrap();
        let out = c.path("out/r.tar.gz");
        std::fs::create_dir(c.path("out")).unwrap();
        std::fs::write(&toml, text.replace("OUT", &out.display().to_string())).unwrap();
        c
    }

    /// A client uploading to `addr` with `protocol`.
    pub fn http(addr: SocketAddr, protocol: &str) -> Client {
        Client::new(&format!(
            "type = \"http\"\nurl = \"http://{addr}\"\nprotocol = \"{protocol}\""
        ))
    }

    pub fn path(&self, p: &str) -> PathBuf {
        self.dir.path().join(p)
    }

    /// The Agent's options for this client, collecting from `fixture`.
    pub fn options(&self, fixture_host: &str) -> String {
        serde_json::json!({
            "sysconf_dir": self.path("etc"),
            "state_dir": self.path("state"),
            "root": fixture(fixture_host),
            "client": {"name": "cep-ffi-test", "version": "1"},
        })
        .to_string()
    }

    /// The ledger's entries.
    pub fn ledger(&self) -> Vec<serde_json::Value> {
        std::fs::read_to_string(self.path("state/ledger.jsonl"))
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }
}

/// The real stats server, in this process, on a free loopback port; it
/// keeps the archives it receives (`keep_archives_days`) so a test can
/// read a report whole.
pub struct Server {
    pub addr: SocketAddr,
    pub db: tempfile::TempDir,
    _rt: tokio::runtime::Runtime,
}

impl Server {
    pub fn start() -> Server {
        use cep_server::server::{Config, spawn};
        use cep_server::store::{self, StatsOptions, Store};
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let db = tempfile::tempdir().unwrap();
        let path = db.path().join("stats.db");
        let store = Store::new(store::open(path.to_str().unwrap()).unwrap()).unwrap();
        let cfg = Config {
            stats: StatsOptions {
                k: 1,
                ..StatsOptions::default()
            },
            stats_cache: Duration::ZERO,
            keep_archives_days: 1,
            ..Config::default()
        };
        let addr = rt
            .block_on(spawn("127.0.0.1:0".parse().unwrap(), cfg, store))
            .unwrap();
        Server { addr, db, _rt: rt }
    }

    /// `GET path`, the body parsed as JSON.
    pub fn get_json(&self, path: &str) -> serde_json::Value {
        use std::io::{Read, Write};
        let mut s = std::net::TcpStream::connect(self.addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        write!(
            s,
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = String::new();
        s.read_to_string(&mut response).unwrap();
        let (head, body) = response.split_once("\r\n\r\n").unwrap();
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        serde_json::from_str(body).unwrap()
    }

    /// How many reports the server counted.
    pub fn reports(&self) -> i64 {
        self.get_json("/api/v1/stats")["general"]["reports"]
            .as_i64()
            .unwrap()
    }

    /// Every archive the server kept, read back as reports.
    pub fn archives(&self) -> Vec<cep_core::Report> {
        use cep_server::store::{self, Val};
        let mut db = store::open(self.db.path().join("stats.db").to_str().unwrap()).unwrap();
        db.query("SELECT body FROM archives", &[])
            .unwrap()
            .into_iter()
            .map(|row| match &row[0] {
                Val::Blob(b) => {
                    cep_core::Report::read(b, &cep_core::ReadLimits::default()).unwrap()
                }
                other => panic!("an archive body is {other:?}"),
            })
            .collect()
    }
}

/// Compiles `sources` with the system compiler (`cc` as C99, `c++` as
/// C++11, every warning an error) against the build's cep.pc, as the
/// README says; `None` (after saying why) when a tool is missing.
pub fn compile(sources: &[PathBuf], cpp: bool, out: &Path) -> Option<PathBuf> {
    let (compiler, std) = if cpp {
        ("c++", "-std=c++11")
    } else {
        ("cc", "-std=c99")
    };
    if !have(compiler, "--version") || !have("pkg-config", "--version") {
        return None;
    }
    let flags = Command::new("pkg-config")
        .args(["--cflags", "--libs", "cep"])
        .env("PKG_CONFIG_PATH", pkg_config_dir())
        .output()
        .unwrap();
    assert!(flags.status.success(), "pkg-config: {flags:?}");
    let flags = String::from_utf8(flags.stdout).unwrap();
    let o = Command::new(compiler)
        .args([std, "-Wall", "-Wextra", "-Werror", "-pedantic"])
        .args(sources)
        .args(flags.split_whitespace())
        .arg("-o")
        .arg(out)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "{compiler} {sources:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    Some(out.to_path_buf())
}

/// Runs a built program (or python3) with the test environment: no
/// consent variable, the library where ctypes looks for it.
pub fn run(program: &Path, args: &[&str]) -> std::process::Output {
    Command::new(program)
        .args(args)
        .env_remove("DO_NOT_TRACK")
        .env_remove("http_proxy")
        .env_remove("HTTP_PROXY")
        .env("CEP_LIBRARY", library())
        .env("PYTHONPATH", repo().join("python"))
        .output()
        .unwrap()
}

/// The JSON document a program printed after `== <command>`.
pub fn printed(stdout: &[u8], command: &str) -> serde_json::Value {
    let text = String::from_utf8_lossy(stdout);
    let marker = format!("== {command}\n");
    let start = text
        .find(&marker)
        .unwrap_or_else(|| panic!("no `{command}` document in {text}"))
        + marker.len();
    let mut it =
        serde_json::Deserializer::from_str(&text[start..]).into_iter::<serde_json::Value>();
    it.next().unwrap().unwrap()
}
