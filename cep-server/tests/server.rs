//! End-to-end tests: the real `cep-server` binary on a free loopback port,
//! real HTTP, a real SQLite file (and PostgreSQL and Chromium when present).

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use cep_core::{ClientInfo, Host, PrivacyGuard, Report, RunOptions, seal};
use reqwest::blocking::{Client, multipart};
use serde_json::Value;
use uuid::Uuid;

#[path = "support/listen.rs"]
mod listen;

struct Server {
    child: Child,
    url: String,
    _dir: Option<tempfile::TempDir>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_with_db(db: &str, dir: Option<tempfile::TempDir>, extra: &[&str]) -> Server {
    start_logging(db, dir, extra, None)
}

/// Starts the server; with `log`, at debug level into that file.
fn start_logging(
    db: &str,
    dir: Option<tempfile::TempDir>,
    extra: &[&str],
    log: Option<&Path>,
) -> Server {
    let (level, stderr) = match log {
        Some(p) => ("debug", Stdio::from(std::fs::File::create(p).unwrap())),
        None => ("warn", Stdio::inherit()),
    };
    let mut child = Command::new(env!("CARGO_BIN_EXE_cep-server"))
        .args([
            "--listen",
            "127.0.0.1:0",
            "--db",
            db,
            "--stats-cache-ms",
            "0",
        ])
        // k = 1 unless the test sets it: every fixture value is shown.
        .args(if extra.contains(&"--k") {
            &[][..]
        } else {
            &["--k", "1"][..]
        })
        .args(extra)
        .env("CEP_SERVER_LOG", level)
        .stdout(Stdio::piped())
        .stderr(stderr)
        .spawn()
        .expect("cep-server starts");
    let url = listen::next_url(&mut BufReader::new(child.stdout.take().unwrap()), "public");
    Server {
        child,
        url,
        _dir: dir,
    }
}

fn start(extra: &[&str]) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("stats.db");
    start_with_db(db.to_str().unwrap(), Some(dir), extra)
}

/// reqwest's TLS features are unified across the workspace (cep-transport
/// brings rustls without a built-in provider), so a client needs one
/// installed even for plain HTTP.
fn install_crypto_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

fn client() -> Client {
    install_crypto_provider();
    Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../testdata/hosts")
        .join(name)
}

fn real(name: &str) -> Vec<u8> {
    testdata(&format!("real/{name}"))
}

/// A file under testdata/.
fn testdata(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../testdata")
            .join(name),
    )
    .unwrap()
}

/// A native archive of a fixture host, as `cep` builds it.
fn archive(host: &str, client_id: Uuid) -> cep_core::Archive {
    let collectors: Vec<Arc<dyn cep_core::Collector>> = cep_collectors::builtin();
    let h = Host::fixture(fixture(host)).unwrap();
    let secrets =
        cep_collectors::secrets::gather_with(&h, cep_collectors::vz_containers::container_names);
    let guard = PrivacyGuard::with_fields(&secrets, &collectors).unwrap();
    let collection = cep_core::run_collectors(&collectors, &h, &RunOptions::default());
    let report = Report::new(collection, client_id, ClientInfo::default());
    seal(report, &guard, &[]).unwrap().into_parts().1
}

/// A native upload of `a` on `c`, ready to send (more headers may follow).
fn native_request(
    c: &Client,
    s: &Server,
    a: &cep_core::Archive,
) -> reqwest::blocking::RequestBuilder {
    c.post(format!("{}/api/v1/reports", s.url))
        .header("Content-Type", "application/gzip")
        .header("Cep-Client-Id", a.client_id.to_string())
        .header("Cep-Report-Id", a.report_id.to_string())
        .body(a.bytes.clone())
}

fn post_native(s: &Server, a: &cep_core::Archive) -> reqwest::blocking::Response {
    native_request(&client(), s, a).send().unwrap()
}

fn json(r: reqwest::blocking::Response) -> (u16, Value) {
    let status = r.status().as_u16();
    let text = r.text().unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}")),
    )
}

fn stats(s: &Server) -> Value {
    let (status, v) = json(
        client()
            .get(format!("{}/api/v1/stats", s.url))
            .send()
            .unwrap(),
    );
    assert_eq!(status, 200);
    v
}

/// `[(key, hosts)]` of one distribution.
fn dist(stats: &Value, name: &str) -> Vec<(String, i64)> {
    stats["distributions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["name"] == name)
        .unwrap()["buckets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["key"].as_str().unwrap().to_owned(),
                b["hosts"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn pairs(v: &[(&str, i64)]) -> Vec<(String, i64)> {
    v.iter().map(|(k, n)| ((*k).to_owned(), *n)).collect()
}

#[test]
fn native_reports_are_stored_once_and_published() {
    let s = start(&[]);
    let legacy = archive("openvz-legacy", Uuid::new_v4());
    let vz7 = archive("vz7", Uuid::new_v4());
    let (st, r1) = json(post_native(&s, &legacy));
    assert_eq!(st, 201, "{r1}");
    assert_eq!(r1["report_id"], legacy.report_id.to_string());
    assert_eq!(r1["sha256"], legacy.sha256());
    assert!(
        r1["received_at"]
            .as_str()
            .unwrap()
            .parse::<jiff::Timestamp>()
            .is_ok()
    );
    assert_eq!(json(post_native(&s, &vz7)).0, 201);
    // A repeat gets the first receipt and is not counted again.
    let (st, again) = json(post_native(&s, &legacy));
    assert_eq!(st, 200);
    assert_eq!(again, r1);

    let v = stats(&s);
    assert_eq!(v["general"]["reports"], 2);
    assert_eq!(v["general"]["hosts_total"], 2);
    assert_eq!(v["general"]["hosts_active"], 2);
    assert_eq!(
        dist(&v, "virtualization"),
        pairs(&[("openvz-legacy", 1), ("vz7", 1)])
    );
    assert_eq!(
        dist(&v, "kernel"),
        pairs(&[
            ("2.6.32-042stab145.3", 1),
            ("3.10.0-1160.80.1.vz7.191.4", 1)
        ])
    );
    assert_eq!(
        dist(&v, "memory"),
        pairs(&[("32-64 GiB", 1), ("<=1 GiB", 1)])
    );
    assert_eq!(v["growth"].as_array().unwrap().len(), 1);
    assert_eq!(v["growth"][0]["hosts"], 2);

    // The pages show the same numbers.
    let html = page(&s, "/");
    assert!(
        html.contains("<tr><th>Hosts total</th><td>2</td></tr>"),
        "{html}"
    );
    assert!(html.contains("<tr><th>Number of reports</th><td>2</td></tr>"));
    let html = page(&s, "/virtualization");
    assert!(
        table_rows(&html, "kernel").contains(&cells(&["2.6.32-042stab145.3", "1", "50.0%"])),
        "{html}"
    );
}

fn page(s: &Server, path: &str) -> String {
    let r = client().get(format!("{}{path}", s.url)).send().unwrap();
    assert_eq!(r.status().as_u16(), 200, "{path}");
    r.text().unwrap()
}

fn cells(v: &[&str]) -> Vec<String> {
    v.iter().map(|c| (*c).to_owned()).collect()
}

/// HTML text as read: the server writes numeric character references,
/// a browser's DOM the named ones.
fn unescape(html: &str) -> String {
    [
        ("&#60;", "<"),
        ("&lt;", "<"),
        ("&#62;", ">"),
        ("&gt;", ">"),
        ("&#34;", "\""),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&#38;", "&"),
        ("&amp;", "&"),
    ]
    .iter()
    .fold(html.to_owned(), |s, (e, c)| s.replace(e, c))
}

/// The text of each cell (unescaped) of each body row of a table section
/// (`id`), up to the change column.
fn table_rows(html: &str, id: &str) -> Vec<Vec<String>> {
    let start = html
        .find(&format!("<section class=\"dist\" id=\"{id}\">"))
        .unwrap_or_else(|| panic!("no section {id}"));
    let section = &html[start..start + html[start..].find("</section>").unwrap()];
    let Some(body) = section.split("<tbody>").nth(1) else {
        return vec![];
    };
    body.split("<tr>")
        .skip(1)
        .map(|row| {
            row.split("<td>")
                .skip(1)
                .map(|c| {
                    let c = &c[..c.find("</td>").unwrap()];
                    unescape(&c.replace("<em>", "").replace("</em>", ""))
                })
                .filter(|c| !c.starts_with("<svg"))
                .collect::<Vec<_>>()
        })
        .map(|mut r: Vec<String>| {
            r.pop(); // the change column: none yet for one week of data
            r
        })
        .collect()
}

fn of_line(html: &str, id: &str) -> String {
    let start = html
        .find(&format!("<section class=\"dist\" id=\"{id}\">"))
        .unwrap();
    let p = &html[start..];
    let p = &p[p.find("<p class=\"of\">").unwrap() + 14..];
    p[..p.find(" <a ").unwrap()].to_owned()
}

#[test]
fn native_errors_carry_a_status_and_a_reason() {
    let s = start(&["--max-body", "4096"]);
    let a = archive("vz7", Uuid::new_v4());
    let url = format!("{}/api/v1/reports", s.url);
    let c = client();
    let err = |r: reqwest::blocking::Response| {
        let (st, v) = json(r);
        (st, v["error"].as_str().unwrap().to_owned())
    };

    let (st, e) = err(c
        .post(&url)
        .header("Content-Type", "application/json")
        .body(a.bytes.clone())
        .send()
        .unwrap());
    assert_eq!(
        (st, e.as_str()),
        (
            415,
            "Content-Type must be application/gzip, not `application/json`"
        )
    );

    let (st, e) = err(c
        .post(&url)
        .header("Content-Type", "application/gzip")
        .header("Cep-Report-Id", a.report_id.to_string())
        .body(a.bytes.clone())
        .send()
        .unwrap());
    assert_eq!((st, e.as_str()), (400, "missing header Cep-Client-Id"));

    let other = Uuid::new_v4();
    let (st, e) = err(c
        .post(&url)
        .header("Content-Type", "application/gzip")
        .header("Cep-Client-Id", a.client_id.to_string())
        .header("Cep-Report-Id", other.to_string())
        .body(a.bytes.clone())
        .send()
        .unwrap());
    assert_eq!(st, 400);
    assert_eq!(
        e,
        format!(
            "Cep-Report-Id {other} does not match the manifest's report_id {}",
            a.report_id
        )
    );

    let (st, e) = err(c
        .post(&url)
        .header("Content-Type", "application/gzip")
        .header("Cep-Client-Id", a.client_id.to_string())
        .header("Cep-Report-Id", a.report_id.to_string())
        .body(vec![0u8; 5000])
        .send()
        .unwrap());
    assert_eq!(
        (st, e.as_str()),
        (413, "body of 5000 bytes is larger than 4096 bytes")
    );

    let (st, e) = err(c
        .post(&url)
        .header("Content-Type", "application/gzip")
        .header("Cep-Client-Id", a.client_id.to_string())
        .header("Cep-Report-Id", a.report_id.to_string())
        .body(b"not gzip".to_vec())
        .send()
        .unwrap());
    assert_eq!(st, 422);
    assert_eq!(
        e,
        "not a valid report archive (gzip-compressed tar expected): no gzip header"
    );

    // A gzip bomb: a 2 MiB member of zeros (the limit is 1 MiB) in a
    // 2 KiB body.
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let mut tar = tar::Builder::new(gz);
    let mut h = tar::Header::new_gnu();
    h.set_size(2 << 20);
    h.set_mode(0o644);
    tar.append_data(&mut h, "manifest.json", std::io::repeat(0).take(2 << 20))
        .unwrap();
    let bomb = tar.into_inner().unwrap().finish().unwrap();
    assert!(bomb.len() < 4096, "{}", bomb.len());
    let (st, e) = err(c
        .post(&url)
        .header("Content-Type", "application/gzip")
        .header("Cep-Client-Id", a.client_id.to_string())
        .header("Cep-Report-Id", a.report_id.to_string())
        .body(bomb)
        .send()
        .unwrap());
    assert_eq!(st, 413);
    assert!(e.starts_with("report archive exceeds a limit: "), "{e}");

    // Nothing of that was stored.
    assert_eq!(stats(&s)["general"]["reports"], 0);
}

/// A vzstats 0.5 tarball as `tar czf - -C dir .` writes it, from the real
/// samples.
fn vzstats_tarball() -> Vec<u8> {
    vzstats_tarball_with(&[])
}

/// [`vzstats_tarball`] with more members (`./name`, text).
fn vzstats_tarball_with(more: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let vzlist: String = String::from_utf8(real("vzlist-aH-plain-vz_tools.txt"))
        .unwrap()
        .lines()
        .filter_map(|l| l.split_whitespace().nth(2))
        .enumerate()
        .map(|(i, status)| {
            format!(
                "{status} {} {}\n",
                if i % 2 == 0 { "simfs" } else { "ploop" },
                if i < 3 { "yes" } else { "no" }
            )
        })
        .collect();
    let mut osrelease = b"==> /etc/redhat-release <==\n".to_vec();
    osrelease.extend(real(
        "etc-redhat-release-virtuozzo-7.3-ansible-testdata.txt",
    ));
    let mut vzversion = b"vzquota-3.1-1.x86_64\n".to_vec();
    vzversion.extend(real("vzctl-4.3-version-banner-fog-docs.txt"));
    let members: Vec<(&str, Vec<u8>)> = vec![
        ("./collect.log", b"== vzstats 0.5.1 ==\n".to_vec()),
        ("./cpuinfo", real("proc-cpuinfo-openvz-nova-driver.txt")),
        ("./meminfo", real("proc-meminfo-openvz-nova-driver.txt")),
        ("./uname", b"2.6.32-042stab145.3 x86_64\n".to_vec()),
        ("./vzlist", vzlist.into_bytes()),
        ("./ostemplates", b"centos-6-x86_64\ncentos-6-x86_64\ndebian-7.0-x86_64\n".to_vec()),
        ("./osrelease", osrelease),
        ("./df", b"Filesystem 1K-blocks Used Available Use% Mounted on\n/dev/sda3 103081248 20481232 77356752 21% /vz\n".to_vec()),
        ("./fs", b"ext4\n".to_vec()),
        ("./vzversion-rpm", vzversion),
    ];
    let members = members.into_iter().chain(more.iter().cloned());
    tarball(members)
}

/// `tar czf` of `members`, with the `./` directory entry first.
fn tarball<'a>(members: impl IntoIterator<Item = (&'a str, Vec<u8>)>) -> Vec<u8> {
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let mut tar = tar::Builder::new(gz);
    let mut dir = tar::Header::new_gnu();
    dir.set_entry_type(tar::EntryType::Directory);
    dir.set_size(0);
    dir.set_mode(0o755);
    tar.append_data(&mut dir, "./", std::io::empty()).unwrap();
    for (name, data) in members {
        let mut h = tar::Header::new_gnu();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        tar.append_data(&mut h, name, data.as_slice()).unwrap();
    }
    tar.into_inner().unwrap().finish().unwrap()
}

#[test]
fn vzstats_clients_get_an_id_and_their_tarballs_count() {
    let s = start(&[]);
    let c = client();
    let r = c
        .post(format!("{}/genuuid.php", s.url))
        .multipart(multipart::Form::new().text("magic_word", "very-please"))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let id = Uuid::parse_str(r.text().unwrap().trim()).unwrap();
    assert_eq!(id.get_version_num(), 4);
    let r = c
        .post(format!("{}/genuuid.php", s.url))
        .multipart(multipart::Form::new().text("magic_word", "please"))
        .send()
        .unwrap();
    assert_eq!(
        json(r),
        (
            400,
            serde_json::json!({"error": "magic_word must be `very-please`"})
        )
    );

    let tarball = vzstats_tarball();
    let submit = |bytes: Vec<u8>| submit_php(&s, &id.to_string(), bytes);
    let (st, first) = submit(tarball.clone());
    assert_eq!(st, 201, "{first}");
    let (st, again) = submit(tarball);
    assert_eq!((st, &again), (200, &first));
    let (st, e) = submit(b"\x1f\x8bgarbage".to_vec());
    assert_eq!(st, 422, "{e}");

    let v = stats(&s);
    assert_eq!(v["general"]["reports"], 1);
    assert_eq!(v["general"]["hosts_with_containers"], 1);
    assert_eq!(v["general"]["hosts_with_running_containers"], 1);
    assert_eq!(dist(&v, "virtualization"), pairs(&[("openvz-legacy", 1)]));
    assert_eq!(dist(&v, "distribution"), pairs(&[("vzlinux 7.3", 1)]));
    assert_eq!(dist(&v, "cpu_vendor"), pairs(&[("intel", 1)]));
    assert_eq!(dist(&v, "layout"), pairs(&[("ploop", 1), ("simfs", 1)]));
    assert_eq!(dist(&v, "vswap"), pairs(&[("yes", 1)]));
    assert_eq!(
        dist(&v, "ct_os"),
        pairs(&[("centos-6", 1), ("debian-7.0", 1)])
    );
    assert_eq!(dist(&v, "vzctl"), pairs(&[("4.3", 1)]));
    assert_eq!(dist(&v, "container_count"), pairs(&[("6-20", 1)]));

    // A cep archive sent the vzstats way is read as a cep report; the
    // form's uuid must be its client id.
    let a = archive("vz7", id);
    let (st, r) = submit(a.bytes.clone());
    assert_eq!(st, 201, "{r}");
    assert_eq!(r["report_id"], a.report_id.to_string());
    let other = archive("vz7", Uuid::new_v4());
    let (st, e) = submit(other.bytes.clone());
    assert_eq!(st, 400);
    assert_eq!(
        e["error"],
        format!(
            "client id {id} does not match the manifest's client_id {}",
            other.client_id
        )
    );
    let v = stats(&s);
    assert_eq!(v["general"]["reports"], 2);
    assert_eq!(v["general"]["hosts_total"], 1);
    assert_eq!(dist(&v, "virtualization"), pairs(&[("vz7", 1)]));
}

/// Posts `file` to /submit.php as vzstats 0.5.1 does (`curl -F uuid=...
/// -F file=@...`).
fn submit_php(s: &Server, uuid: &str, file: Vec<u8>) -> (u16, Value) {
    json(
        client()
            .post(format!("{}/submit.php", s.url))
            .multipart(
                multipart::Form::new().text("uuid", uuid.to_owned()).part(
                    "file",
                    multipart::Part::bytes(file)
                        .file_name("vzstats.tar.gz")
                        .mime_str("application/octet-stream")
                        .unwrap(),
                ),
            )
            .send()
            .unwrap(),
    )
}

#[test]
fn a_debian_vzstats_report_shows_its_vzctl_version() {
    let s = start(&[]);
    let deb = tarball([
        ("./uname", b"2.6.32-042stab145.3 x86_64\n".to_vec()),
        (
            "./vzversion-deb",
            testdata("vzstats/vzversion-deb-dpkg1.16.txt"),
        ),
    ]);
    let (st, r) = submit_php(&s, &Uuid::new_v4().to_string(), deb);
    assert_eq!(st, 201, "{r}");
    let arch = tarball([("./vzversion-arch", testdata("vzstats/vzversion-arch.txt"))]);
    assert_eq!(submit_php(&s, &Uuid::new_v4().to_string(), arch).0, 201);
    let v = stats(&s);
    assert_eq!(dist(&v, "vzctl"), pairs(&[("3.0.30.2", 1), ("4.9.4", 1)]));
}

/// Markup a vzstats host could put into its script outputs.
const SCRIPT: &str = "<script>alert(1)</script>";
const IMG: &str = "\"><img src=x onerror=alert(1)>";

/// A vzstats tarball whose every value that reaches a published key
/// holds [`SCRIPT`] or [`IMG`], in the shapes the vzstats scripts print:
/// `uname -rm`, `tail /etc/*-release`, /proc/cpuinfo, `rpm -qa` / `dpkg -l`
/// and vzctl's version banner.
fn hostile_vzstats_tarball() -> Vec<u8> {
    let osrelease =
        format!("==> /etc/os-release <==\nNAME=\"Hostile\"\nID={IMG}\nVERSION_ID={SCRIPT}\n");
    let cpuinfo = format!(
        "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: {SCRIPT} {IMG}\nphysical id\t: 0\ncpu cores\t: 1\n"
    );
    let vzversion = format!(
        "vzctl version {IMG}\nii  ploop  1{SCRIPT}-1  amd64  ploop tools\nii  vzkernel  2{SCRIPT}-1  amd64  kernel\n"
    );
    tarball([
        ("./uname", format!("{SCRIPT} x86_64\n").into_bytes()),
        ("./osrelease", osrelease.into_bytes()),
        ("./cpuinfo", cpuinfo.into_bytes()),
        ("./meminfo", real("proc-meminfo-openvz-nova-driver.txt")),
        ("./vzversion-deb", vzversion.into_bytes()),
    ])
}

/// Every HTML page: the overview, every page its navigation bar links to,
/// and the privacy notice its footer links to.
fn html_pages(s: &Server) -> Vec<(String, String)> {
    let get = |path: &str| {
        let r = client().get(format!("{}{path}", s.url)).send().unwrap();
        assert_eq!(r.status().as_u16(), 200, "{path}");
        let ct = r.headers()[reqwest::header::CONTENT_TYPE].to_str().unwrap();
        assert!(ct.starts_with("text/html"), "{path}: {ct}");
        r.text().unwrap()
    };
    let overview = get("/");
    let nav = &overview[overview.find("<nav>").unwrap()..overview.find("</nav>").unwrap()];
    let mut paths: Vec<String> = nav
        .split("href=\"")
        .skip(1)
        .map(|l| l[..l.find('"').unwrap()].to_owned())
        .collect();
    assert!(overview.contains("<a href=\"/privacy\">"));
    paths.push("/privacy".into());
    assert_eq!(paths.len(), 8, "{paths:?}");
    paths
        .into_iter()
        .map(|p| {
            let html = get(&p);
            (p, html)
        })
        .collect()
}

#[test]
fn markup_in_a_vzstats_upload_is_escaped_on_every_page() {
    // The default k: the hostile values are shown because 5 hosts hold them.
    let s = start(&["--k", "5"]);
    let hostile = hostile_vzstats_tarball();
    for _ in 0..5 {
        let (st, r) = submit_php(&s, &Uuid::new_v4().to_string(), hostile.clone());
        assert_eq!(st, 201, "{r}");
    }
    // Each free-text value reached its table, as sent; the fields declared
    // as versions (kernel release, ploop and vzkernel versions) hold no
    // version, so their sections were refused at ingest.
    let v = stats(&s);
    let script_and_img = format!("{SCRIPT} {IMG}");
    let img_and_script = format!("{IMG} {SCRIPT}");
    for (table, key) in [
        ("distribution", img_and_script.as_str()),
        ("cpu_model", script_and_img.as_str()),
        ("vzctl", IMG),
    ] {
        assert_eq!(dist(&v, table), pairs(&[(key, 5)]), "{table}");
    }
    for table in ["kernel", "ploop", "vzkernel"] {
        assert_eq!(dist(&v, table), pairs(&[]), "{table}");
    }
    // Escaped as the template engine does it (numeric references).
    let escaped = |raw: &str| {
        raw.replace('&', "&#38;")
            .replace('<', "&#60;")
            .replace('>', "&#62;")
            .replace('"', "&#34;")
            .replace('\'', "&#39;")
    };
    assert_eq!(escaped(SCRIPT), "&#60;script&#62;alert(1)&#60;/script&#62;");
    let pages = html_pages(&s);
    for (path, html) in &pages {
        for raw in ["<script", "<img", "onerror=alert(1)>"] {
            assert!(!html.contains(raw), "{path} holds {raw}: {html}");
        }
    }
    let page = |path: &str| &pages.iter().find(|(p, _)| p == path).unwrap().1;
    // Where each value is shown: its table's row and its trend's legend.
    for (path, table, key) in [
        ("/virtualization", "distribution", img_and_script.as_str()),
        ("/hardware", "cpu_model", script_and_img.as_str()),
        ("/software", "vzctl", IMG),
    ] {
        let html = page(path);
        let start = html
            .find(&format!("<section class=\"dist\" id=\"{table}\">"))
            .unwrap_or_else(|| panic!("no {table} on {path}"));
        let section = &html[start..start + html[start..].find("</section>").unwrap()];
        assert!(
            section.contains(&format!("<tr><td>{}</td><td>5</td>", escaped(key))),
            "{table}: {section}"
        );
        assert_eq!(table_rows(html, table), [cells(&[key, "5", "100.0%"])]);
        // The trend's legend shows the key (cut to 27 characters).
        let legend: String = key.chars().take(26).collect();
        assert!(
            section.contains(&format!("font-size=\"12\">{}", escaped(&legend))),
            "{table}: {section}"
        );
    }
}

#[test]
fn vzstats_uploads_with_nothing_to_count_are_refused_with_a_reason() {
    let log = tempfile::NamedTempFile::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("stats.db");
    let s = start_logging(
        db.to_str().unwrap(),
        Some(dir),
        &[
            "--host-rate",
            "1",
            "--host-burst",
            "1",
            "--max-body",
            "20000",
        ],
        Some(log.path()),
    );
    let id = Uuid::new_v4().to_string();
    let mut zeros = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    zeros.write_all(&[0u8; 10240]).unwrap();
    let zeros = zeros.finish().unwrap();
    let empty = tarball([]);
    let garbage = tarball([("./junk", b"\x00\xffgarbage".to_vec())]);
    for (file, n) in [(empty, 0), (zeros, 0), (garbage, 1)] {
        let (st, e) = submit_php(&s, &id, file);
        assert_eq!(st, 422, "{e}");
        assert_eq!(
            e["error"],
            format!(
                "not a vzstats report: none of its {n} files is the output of a vzstats script \
                 this server reads (uname, osrelease, lsbrelease, cpuinfo, meminfo, vzlist, \
                 ostemplates, vzversion-*)"
            )
        );
    }
    // Too large is 413, as on the other endpoints.
    let noise: Vec<u8> = (0..2000)
        .flat_map(|_| Uuid::new_v4().into_bytes())
        .collect();
    let (st, e) = submit_php(&s, &id, tarball([("./cpuinfo", noise)]));
    assert_eq!(st, 413, "{e}");
    // The nil UUID is not a host id.
    let (st, e) = submit_php(&s, &Uuid::nil().to_string(), vzstats_tarball());
    assert_eq!(st, 400);
    assert_eq!(
        e["error"],
        "field `uuid` is the nil UUID; remove /etc/vz/.vzstats-uuid to get a new one"
    );
    assert_eq!(stats(&s)["general"]["reports"], 0);

    // A host counts once a day: a second, different tarball the same day
    // gets the first receipt (never a 429, which vzstats would take for
    // success and lose its report) and is not counted again.
    let (st, first) = submit_php(&s, &id, vzstats_tarball());
    assert_eq!(st, 201, "{first}");
    let other = vzstats_tarball_with(&[("./top-ps", b"init\n".to_vec())]);
    for _ in 0..3 {
        let (st, again) = submit_php(&s, &id, other.clone());
        assert_eq!((st, &again), (200, &first));
    }
    let v = stats(&s);
    assert_eq!(v["general"]["reports"], 1);
    assert_eq!(v["general"]["hosts_total"], 1);
    // submit.php logs at debug level like the other endpoints.
    let text = std::fs::read_to_string(log.path()).unwrap();
    let rid = first["report_id"].as_str().unwrap();
    assert!(
        text.contains(&format!("stored report {rid} (vzstats)")),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "report {rid} (vzstats) seen before: first receipt"
        )),
        "{text}"
    );
    assert!(
        text.contains("answered 422 Unprocessable Entity: not a vzstats report"),
        "{text}"
    );
    assert!(
        !text
            .lines()
            .filter(|l| !l.contains("listening on"))
            .any(|l| l.contains("127.0.0.1")),
        "no client address in the log: {text}"
    );
}

#[test]
fn disp_uploads_are_native_archives_in_a_form() {
    let s = start(&[]);
    let a = archive("vz7", Uuid::new_v4());
    let post = || disp_upload(&s, &a);
    let (st, r) = json(post());
    assert_eq!(st, 201);
    assert_eq!(r["sha256"], a.sha256());
    assert_eq!(json(post()), (200, r));
    let r = client()
        .post(format!("{}/post", s.url))
        .multipart(multipart::Form::new().text("other", "x"))
        .send()
        .unwrap();
    assert_eq!(
        json(r),
        (
            400,
            serde_json::json!({"error": "missing multipart field `report`"})
        )
    );
    let v = stats(&s);
    assert_eq!(v["general"]["reports"], 1);
    assert_eq!(dist(&v, "distribution"), pairs(&[("virtuozzo 7", 1)]));
}

#[test]
fn rate_limits_answer_429_with_retry_after() {
    let s = start(&["--host-rate", "1", "--host-burst", "1"]);
    let id = Uuid::new_v4();
    assert_eq!(post_native(&s, &archive("vz7", id)).status().as_u16(), 201);
    let r = post_native(&s, &archive("vz7", id));
    assert_eq!(r.status().as_u16(), 429);
    let wait: u64 = r.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    assert_eq!(
        json(r).1["error"],
        "rate limited (too many reports from this host); retry later"
    );
    // Another host is not affected.
    assert_eq!(
        post_native(&s, &archive("vz7", Uuid::new_v4()))
            .status()
            .as_u16(),
        201
    );

    let s = start(&["--addr-rate", "1", "--addr-burst", "2"]);
    for _ in 0..2 {
        assert_eq!(
            post_native(&s, &archive("vz7", Uuid::new_v4()))
                .status()
                .as_u16(),
            201
        );
    }
    let r = post_native(&s, &archive("vz7", Uuid::new_v4()));
    assert_eq!(r.status().as_u16(), 429);
    assert!(r.headers().contains_key("retry-after"));

    // Behind a trusted proxy, each forwarded address has its own bucket.
    let s = start(&[
        "--addr-rate",
        "1",
        "--addr-burst",
        "1",
        "--trust-forwarded-for",
    ]);
    let post = |xff: &str| {
        let a = archive("vz7", Uuid::new_v4());
        native_request(&client(), &s, &a)
            .header("X-Forwarded-For", xff)
            .send()
            .unwrap()
            .status()
            .as_u16()
    };
    assert_eq!(post("198.51.100.7, 192.0.2.1"), 201);
    assert_eq!(post("192.0.2.1"), 429);
    assert_eq!(post("192.0.2.2"), 201);
}

/// Opens an upload and sends only part of its body.
fn stalled_upload(s: &Server) -> std::net::TcpStream {
    stalled_upload_from(s, "")
}

/// [`stalled_upload`] with extra header lines.
fn stalled_upload_from(s: &Server, headers: &str) -> std::net::TcpStream {
    let addr = s.url.trim_start_matches("http://");
    let mut t = std::net::TcpStream::connect(addr).unwrap();
    write!(
        t,
        "POST /api/v1/reports HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/gzip\r\nCep-Client-Id: {}\r\nCep-Report-Id: {}\r\n{headers}Content-Length: 1000\r\n\r\n",
        Uuid::new_v4(),
        Uuid::new_v4()
    )
    .unwrap();
    t.write_all(&[0x1f, 0x8b]).unwrap();
    t
}

#[test]
fn overload_and_slow_uploads_get_503() {
    let s = start(&["--max-uploads", "1", "--request-timeout", "2"]);
    let mut slow = stalled_upload(&s);
    std::thread::sleep(Duration::from_millis(300));
    let r = post_native(&s, &archive("vz7", Uuid::new_v4()));
    assert_eq!(r.status().as_u16(), 503);
    assert!(r.headers().contains_key("retry-after"));
    assert_eq!(
        json(r).1["error"],
        "server overloaded: too many uploads at once"
    );
    // The stalled upload hits the deadline and frees its slot.
    slow.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut answer = String::new();
    BufReader::new(&mut slow).read_line(&mut answer).unwrap();
    assert_eq!(answer.trim(), "HTTP/1.1 503 Service Unavailable");
    assert_eq!(
        post_native(&s, &archive("vz7", Uuid::new_v4()))
            .status()
            .as_u16(),
        201
    );
}

/// Arbitrary bytes (and arbitrary bytes behind a gzip header) get a 4xx
/// with a reason on every ingest path, and the server stays up.
#[test]
fn arbitrary_bodies_get_4xx() {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};

    let s = start(&["--addr-rate", "0", "--host-rate", "0"]);
    let c = client();
    let mut runner = TestRunner::new(Config {
        cases: 64,
        ..Config::default()
    });
    let strategy = (
        proptest::collection::vec(any::<u8>(), 0..4096),
        any::<bool>(),
    );
    runner
        .run(&strategy, |(mut body, gz)| {
            if gz {
                body.splice(0..0, [0x1f, 0x8b, 8, 0]);
            }
            let r = c
                .post(format!("{}/api/v1/reports", s.url))
                .header("Content-Type", "application/gzip")
                .header("Cep-Client-Id", Uuid::new_v4().to_string())
                .header("Cep-Report-Id", Uuid::new_v4().to_string())
                .body(body.clone())
                .send()
                .unwrap();
            let (st, v) = json(r);
            prop_assert!((400..500).contains(&st), "{} {}", st, v);
            prop_assert!(v["error"].as_str().is_some_and(|e| !e.is_empty()));
            let r = c
                .post(format!("{}/post", s.url))
                .multipart(
                    multipart::Form::new().part("report", multipart::Part::bytes(body.clone())),
                )
                .send()
                .unwrap();
            prop_assert!(r.status().is_client_error());
            let r = c
                .post(format!("{}/submit.php", s.url))
                .multipart(
                    multipart::Form::new()
                        .text("uuid", Uuid::new_v4().to_string())
                        .part("file", multipart::Part::bytes(body)),
                )
                .send()
                .unwrap();
            prop_assert!(r.status().is_client_error());
            let r = c
                .post(format!("{}/post", s.url))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .body(b"--x\r\ngarbage".to_vec())
                .send()
                .unwrap();
            prop_assert!(r.status().is_client_error());
            Ok(())
        })
        .unwrap();
    assert_eq!(stats(&s)["general"]["reports"], 0);
}

#[test]
fn postgresql_backend_when_available() {
    let Ok(url) = std::env::var("CEP_TEST_PG_URL") else {
        cep_core::skip!("CEP_TEST_PG_URL is not set (.ci/run sets it up; see README.md)");
        return;
    };
    if let Err(e) = postgres::Client::connect(&url, postgres::NoTls) {
        cep_core::skip!("cannot connect to PostgreSQL at CEP_TEST_PG_URL: {e}");
        return;
    }
    // A fresh schema per run: drop the tables left by an earlier one.
    let mut c = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    let drop_all = || {
        cep_server::store::schema::drop_all(&mut *cep_server::store::open(&url).unwrap()).unwrap()
    };
    drop_all();
    let s = start_with_db(&url, None, &["--keep-archives-days", "7"]);
    let legacy = archive("openvz-legacy", Uuid::new_v4());
    let (st, r1) = json(post_native(&s, &legacy));
    assert_eq!(st, 201);
    assert_eq!(json(post_native(&s, &legacy)), (200, r1));
    assert_eq!(
        json(post_native(&s, &archive("vz7", Uuid::new_v4()))).0,
        201
    );
    let v = stats(&s);
    assert_eq!(v["general"]["reports"], 2);
    assert_eq!(v["general"]["hosts_total"], 2);
    assert_eq!(
        dist(&v, "virtualization"),
        pairs(&[("openvz-legacy", 1), ("vz7", 1)])
    );
    let n: i64 = c
        .query_one("SELECT COUNT(*) FROM archives", &[])
        .unwrap()
        .get(0);
    assert_eq!(n, 2);
    // Units, weekly snapshots and growth through PostgreSQL's SQL too.
    assert_eq!(
        table_rows(&page(&s, "/containers"), "layout"),
        [
            cells(&["ploop", "1", "50.0%", "4", "28.6%"]),
            cells(&["simfs", "1", "50.0%", "10", "71.4%"])
        ]
    );
    let (_, t) = json(
        client()
            .get(format!("{}/api/v1/trends/virtualization.json", s.url))
            .send()
            .unwrap(),
    );
    assert_eq!(t["reporting_hosts"].as_array().unwrap().last().unwrap(), 2);
    let (_, g) = json(
        client()
            .get(format!("{}/api/v1/tables/growth.json", s.url))
            .send()
            .unwrap(),
    );
    assert_eq!(
        g["weeks"][0]["hosts_total"]
            .as_i64()
            .zip(g["weeks"][0]["reports"].as_i64()),
        Some((2, 2))
    );
    drop(s);
    // Retention on PostgreSQL's SQL, from empty tables.
    drop_all();
    retention_purges_and_publishes_the_same(&url, None);
}

const DAY: i64 = 86_400;

fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Stores, through the library and at those times, 300 hosts that last
/// reported 120 days ago (past the default retention of 91 days; enough
/// for several paced steps) and 3 that reported yesterday.
fn seed_old_and_recent(db: &str, now: i64) {
    use cep_server::store::{Incoming, Protocol, Store, open};
    let mut store = Store::new(open(db).unwrap()).unwrap();
    let report = |h: u128, line: &str| Incoming {
        report_id: Uuid::from_u128(h << 8),
        client_id: Uuid::from_u128(h),
        protocol: Protocol::Cep,
        sha256: format!("{h:064x}"),
        archive: None,
        sections: serde_json::from_value(serde_json::json!({
            "os.kernel": {"release": format!("3.10.0-{}.vz7", h % 4), "line": line},
        }))
        .unwrap(),
        country: None,
    };
    let old: Vec<Incoming> = (1..=300).map(|h| report(h, "vz7")).collect();
    store.ingest(&old, now - 120 * DAY).unwrap();
    let recent: Vec<Incoming> = (301..=303).map(|h| report(h, "vz9")).collect();
    store.ingest(&recent, now - DAY).unwrap();
}

/// Rows older than `days` days: (hosts, reports), through a connection of
/// the test's own.
fn rows_older_than(db: &str, days: i64) -> (i64, i64) {
    let mut b = cep_server::store::open(db).unwrap();
    let cutoff = cep_server::store::Val::Int(now_secs() - days * DAY);
    let mut count = |sql: &str| match &b.query(sql, std::slice::from_ref(&cutoff)).unwrap()[..] {
        [row] => match row[..] {
            [cep_server::store::Val::Int(n)] => n,
            _ => panic!("{sql}: {row:?}"),
        },
        rows => panic!("{sql}: {rows:?}"),
    };
    (
        count("SELECT COUNT(*) FROM hosts WHERE last_seen < $1"),
        count("SELECT COUNT(*) FROM reports WHERE received_at < $1"),
    )
}

/// What the server publishes, less what moves with the clock.
fn published(s: &Server) -> Vec<Value> {
    let mut out = vec![stats(s)];
    out[0]["generated_at"] = Value::Null;
    out[0]["general"]["seconds_since_last_report"] = Value::Null;
    for path in [
        "/api/v1/tables/growth.json",
        "/api/v1/trends/kernel.json",
        "/api/v1/trends/virtualization.json",
    ] {
        let (st, mut v) = json(client().get(format!("{}{path}", s.url)).send().unwrap());
        assert_eq!(st, 200, "{path}");
        if let Some(o) = v.as_object_mut() {
            o.remove("generated_at");
        }
        out.push(v);
    }
    out
}

/// Where two JSON documents first differ: the path and both values.
fn first_difference(a: &[Value], b: &[Value]) -> Option<String> {
    fn walk(path: String, a: &Value, b: &Value) -> Option<String> {
        match (a, b) {
            (Value::Object(x), Value::Object(y)) if x.len() == y.len() => {
                x.iter().find_map(|(k, v)| {
                    walk(format!("{path}.{k}"), v, y.get(k).unwrap_or(&Value::Null))
                })
            }
            (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
                .iter()
                .zip(y)
                .enumerate()
                .find_map(|(i, (v, w))| walk(format!("{path}[{i}]"), v, w)),
            _ if a == b => None,
            _ => Some(format!("{path}: {a} before, {b} after")),
        }
    }
    walk(
        String::new(),
        &Value::Array(a.to_vec()),
        &Value::Array(b.to_vec()),
    )
}

/// The real server on `db`: with a retention longer than any row, then
/// with the default, which purges on its own as it starts; the old rows
/// go in paced steps and nothing published changes.
fn retention_purges_and_publishes_the_same(db: &str, dir: Option<tempfile::TempDir>) {
    // The two runs' trends must cover the same weeks: not across a
    // Monday 00:00 UTC (1970-01-05 was one).
    let into_week = (now_secs() - 4 * DAY).rem_euclid(7 * DAY);
    if into_week > 7 * DAY - 120 {
        std::thread::sleep(Duration::from_secs((7 * DAY - into_week + 1) as u64));
    }
    let now = now_secs();
    seed_old_and_recent(db, now);
    assert_eq!(rows_older_than(db, 91), (300, 300));
    let keep = start_with_db(db, None, &["--retention-days", "400"]);
    let before = published(&keep);
    assert_eq!(before[0]["general"]["hosts_total"], 303);
    drop(keep);
    assert_eq!(rows_older_than(db, 91), (300, 300));
    let s = start_with_db(db, dir, &[]);
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while rows_older_than(db, 91) != (0, 0) {
        assert!(
            std::time::Instant::now() < deadline,
            "left after 60 s: {:?}",
            rows_older_than(db, 91)
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let after = published(&s);
    if let Some(d) = first_difference(&before, &after) {
        panic!("published numbers changed at {d}");
    }
    // The recent hosts' rows stay.
    assert_eq!(rows_older_than(db, 0), (3, 3));
}

#[test]
fn the_running_server_purges_old_rows_and_publishes_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("stats.db");
    retention_purges_and_publishes_the_same(db.to_str().unwrap(), Some(dir));
}

/// Runs headless Chromium with `args` and a fresh profile; returns its
/// stdout and stderr (console messages are logged there).
fn chromium(bin: &str, args: &[String]) -> (String, String) {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=2000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (mut out, mut err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let reader = std::thread::spawn(move || {
        let mut e = String::new();
        let _ = err.read_to_string(&mut e);
        e
    });
    let mut dom = String::new();
    // Bounded wait: a browser that hangs fails the test, not CI.
    let deadline = std::time::Instant::now() + Duration::from_secs(90);
    let done = std::thread::spawn(move || {
        let _ = out.read_to_string(&mut dom);
        dom
    });
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish within 90 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    (done.join().unwrap(), reader.join().unwrap())
}

/// The text of the `<td>` after `<th>{name}</th>`.
fn general_cell(dom: &str, name: &str) -> String {
    let pat = format!("<th>{name}</th><td>");
    let start = dom
        .find(&pat)
        .unwrap_or_else(|| panic!("no {name} in {dom}"))
        + pat.len();
    dom[start..start + dom[start..].find("</td>").unwrap()].to_owned()
}

#[test]
fn chromium_opens_every_page_and_matches_the_json_api() {
    let Some(bin) = ["chromium", "chromium-browser"].into_iter().find(|b| {
        Command::new(b)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    }) else {
        cep_core::skip!("chromium is not installed (Debian package `chromium`)");
        return;
    };
    let s = fixture_server(&[]);
    let v = stats(&s);
    let shots = match std::env::var_os("CEP_SCREENSHOT_DIR") {
        Some(d) => PathBuf::from(d),
        None => std::env::temp_dir().join(format!("cep-shots-{}", std::process::id())),
    };
    std::fs::create_dir_all(&shots).unwrap();
    let open = |path: &str| -> String {
        let (dom, log) = chromium(bin, &["--dump-dom".into(), format!("{}{path}", s.url)]);
        let console: Vec<&str> = log.lines().filter(|l| l.contains(":CONSOLE")).collect();
        assert!(
            console.is_empty(),
            "console messages on {path}: {console:?}"
        );
        assert!(dom.contains("</footer>"), "{path} did not render: {dom}");
        let name = if path == "/" { "overview" } else { &path[1..] };
        let png = shots.join(format!("{name}.png"));
        let _ = std::fs::remove_file(&png);
        let (_, log) = chromium(
            bin,
            &[
                format!("--screenshot={}", png.display()),
                "--window-size=1100,1500".into(),
                format!("{}{path}", s.url),
            ],
        );
        assert!(!log.contains(":CONSOLE"), "{log}");
        let bytes = std::fs::read(&png).unwrap_or_else(|e| panic!("{}: {e}", png.display()));
        assert!(
            bytes.starts_with(b"\x89PNG") && bytes.len() > 10_000,
            "{}",
            png.display()
        );
        dom
    };

    // The overview: General info as the JSON API has it.
    let dom = open("/");
    let g = &v["general"];
    for (th, key) in [
        ("Hosts total", "hosts_total"),
        ("Hosts with containers", "hosts_with_containers"),
        (
            "Hosts with running containers",
            "hosts_with_running_containers",
        ),
        ("Number of reports", "reports"),
    ] {
        assert_eq!(general_cell(&dom, th), g[key].to_string(), "{th}");
    }
    assert_eq!(general_cell(&dom, "Hosts active in the last 61 days"), "4");
    assert!(dom.contains("<svg id=\"growth\""));

    // Follow the navigation: every link of the bar, each page once.
    let nav = &dom[dom.find("<nav>").unwrap()..dom.find("</nav>").unwrap()];
    let links: Vec<String> = nav
        .split("href=\"")
        .skip(1)
        .map(|l| l[..l.find('"').unwrap()].to_owned())
        .collect();
    assert_eq!(
        links,
        [
            "/",
            "/virtualization",
            "/containers",
            "/vms",
            "/hardware",
            "/software",
            "/countries"
        ]
    );
    for link in &links[1..] {
        let dom = open(link);
        assert!(dom.contains("aria-current=\"page\""), "{link}");
        // Two tables against the JSON API, row by row.
        for (page, table) in [("/software", "vzctl"), ("/containers", "layout")] {
            if link != page {
                continue;
            }
            let (_, t) = json(
                client()
                    .get(format!("{}/api/v1/tables/{table}.json", s.url))
                    .send()
                    .unwrap(),
            );
            let from_api: Vec<Vec<String>> = t["buckets"]
                .as_array()
                .unwrap()
                .iter()
                .map(|b| {
                    let mut row = vec![
                        b["key"].as_str().unwrap().to_owned(),
                        b["hosts"].to_string(),
                        format!("{:.1}%", b["share"].as_f64().unwrap()),
                    ];
                    if b.get("units").is_some() {
                        row.push(b["units"].to_string());
                        row.push(format!("{:.1}%", b["unit_share"].as_f64().unwrap()));
                    }
                    row
                })
                .collect();
            assert_eq!(table_rows(&dom, table), from_api, "{table}");
            assert!(!from_api.is_empty());
        }
    }

    // The privacy notice, linked from every footer, states this server's
    // settings and its policy.
    assert!(dom.contains("<a href=\"/privacy\">privacy</a>"));
    let dom = open("/privacy");
    assert!(
        !dom.contains("aria-current=\"page\""),
        "no bar entry is the privacy page"
    );
    let policy = cep_policy::Policy::builtin();
    assert!(dom.contains(&format!("<code>{}</code>", policy.version)));
    let table = &dom[dom.find("<table id=\"policy\">").unwrap()..];
    let table = &table[..table.find("</table>").unwrap()];
    assert_eq!(
        table.matches("<tr><td>").count(),
        policy.collectors.len(),
        "one row per collector"
    );
    for needle in [
        "kept 91 days",
        "Report archives as received are not kept.",
        "never stored or logged",
        "<code>cep forget</code>",
    ] {
        assert!(dom.contains(needle), "{needle}");
    }
}

#[test]
fn bad_geoip_or_database_is_a_clear_startup_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_cep-server"))
        .args([
            "--listen",
            "127.0.0.1:0",
            "--geoip",
            "/nonexistent/country.mmdb",
            "--db",
        ])
        .arg(dir.path().join("stats.db"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    // The last line: the new database's schema is made (and logged) first.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.lines()
            .last()
            .unwrap_or("")
            .starts_with("cep-server: cannot read the GeoIP database /nonexistent/country.mmdb:"),
        "{err}"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_cep-server"))
        .args([
            "--listen",
            "127.0.0.1:0",
            "--db",
            "postgres://cep:secret@127.0.0.1:1/none",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("cep-server: cannot open database `postgres://cep:***@127.0.0.1:1/none`:"),
        "{err}"
    );
    assert!(!err.contains("secret"));
}

/// A minimal MaxMind DB (format 2.0, IPv4, 24-bit records) whose root
/// node sends every address to `{"country": {"iso_code": code}}`.
fn country_mmdb(code: &str) -> Vec<u8> {
    fn string(s: &str) -> Vec<u8> {
        assert!(s.len() < 29);
        let mut v = vec![(2 << 5) | s.len() as u8];
        v.extend(s.as_bytes());
        v
    }
    let node_count = 1u32;
    let data_ptr = node_count + 16; // data section offset 0
    let mut out = Vec::new();
    for _ in 0..2 {
        out.extend(&data_ptr.to_be_bytes()[1..]);
    }
    out.extend([0u8; 16]);
    // {"country": {"iso_code": code}}
    out.push((7 << 5) | 1);
    out.extend(string("country"));
    out.push((7 << 5) | 1);
    out.extend(string("iso_code"));
    out.extend(string(code));
    out.extend(b"\xab\xcd\xefMaxMind.com");
    out.push((7 << 5) | 9);
    out.extend(string("node_count"));
    out.extend([(6 << 5) | 1, node_count as u8]);
    out.extend(string("record_size"));
    out.extend([(5 << 5) | 1, 24]);
    out.extend(string("ip_version"));
    out.extend([(5 << 5) | 1, 4]);
    out.extend(string("database_type"));
    out.extend(string("Test-Country"));
    out.extend(string("languages"));
    out.extend([1, 11 - 7]);
    out.extend(string("en"));
    out.extend(string("binary_format_major_version"));
    out.extend([(5 << 5) | 1, 2]);
    out.extend(string("binary_format_minor_version"));
    out.push(5 << 5);
    out.extend(string("build_epoch"));
    out.extend([1, 9 - 7, 1]);
    out.extend(string("description"));
    out.push((7 << 5) | 1);
    out.extend(string("en"));
    out.extend(string("test"));
    out
}

#[test]
fn geoip_country_is_the_only_trace_of_the_address() {
    let dir = tempfile::tempdir().unwrap();
    let mmdb = dir.path().join("country.mmdb");
    std::fs::write(&mmdb, country_mmdb("DE")).unwrap();
    let db = dir.path().join("stats.db");
    let s = start_with_db(
        db.to_str().unwrap(),
        None,
        &[
            "--geoip",
            mmdb.to_str().unwrap(),
            "--keep-archives-days",
            "1",
        ],
    );
    assert_eq!(
        post_native(&s, &archive("vz7", Uuid::new_v4()))
            .status()
            .as_u16(),
        201
    );
    assert_eq!(dist(&stats(&s), "country"), pairs(&[("DE", 1)]));
    drop(s);
    // Nowhere in the database is the client address.
    let bytes = std::fs::read(&db).unwrap();
    let wal = std::fs::read(dir.path().join("stats.db-wal")).unwrap_or_default();
    for hay in [&bytes, &wal] {
        assert!(!hay.windows(9).any(|w| w == b"127.0.0.1"));
    }
    assert!(
        bytes.windows(4).any(|w| w == b"\"DE\"") || wal.windows(4).any(|w| w == b"\"DE\""),
        "the country code is stored"
    );
}

/// What an attacker's connections saw.
#[derive(Debug, Default)]
struct Seen {
    /// Connections the server closed or answered.
    ended: std::sync::atomic::AtomicUsize,
    /// First lines of the answers it got.
    answers: Mutex<BTreeMap<String, usize>>,
}

/// Keeps `n` connections from 127.0.0.2 (another loopback address than the
/// normal client's) open for `secs`, each sending `head` and then `body`
/// one byte every 500 ms; a connection the server ends is opened again.
fn attack(addr: &str, n: usize, head: String, body: bool, secs: u64) -> Arc<Seen> {
    let seen = Arc::new(Seen::default());
    let addr: std::net::SocketAddr = addr.parse().unwrap();
    let s2 = seen.clone();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let end = tokio::time::Instant::now() + Duration::from_secs(secs);
            let mut tasks = Vec::new();
            for _ in 0..n {
                let (seen, head) = (s2.clone(), head.clone());
                tasks.push(tokio::spawn(async move {
                    use tokio::io::{AsyncReadExt, AsyncWriteExt};
                    while tokio::time::Instant::now() < end {
                        let sock = tokio::net::TcpSocket::new_v4().unwrap();
                        sock.bind("127.0.0.2:0".parse().unwrap()).unwrap();
                        let Ok(mut t) = sock.connect(addr).await else {
                            tokio::time::sleep(Duration::from_millis(100)).await;
                            continue;
                        };
                        // The head arrives whole for an upload, one byte at a
                        // time otherwise.
                        let slow: Vec<u8> = if body {
                            if t.write_all(head.as_bytes()).await.is_err() {
                                continue;
                            }
                            vec![b'x'; 100_000]
                        } else {
                            head.clone().into_bytes()
                        };
                        let mut answer = Vec::new();
                        for b in slow {
                            if tokio::time::Instant::now() >= end {
                                return;
                            }
                            let mut buf = [0u8; 512];
                            tokio::select! {
                                r = t.read(&mut buf) => {
                                    if let Ok(k) = r { answer.extend_from_slice(&buf[..k]); }
                                    break;
                                }
                                _ = tokio::time::sleep(Duration::from_millis(500)) => {}
                            }
                            if t.write_all(&[b]).await.is_err() {
                                break;
                            }
                        }
                        tokio::time::sleep(Duration::from_millis(10)).await;
                        seen.ended
                            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let line = String::from_utf8_lossy(&answer)
                            .lines()
                            .next()
                            .unwrap_or("")
                            .to_owned();
                        *seen.answers.lock().unwrap().entry(line).or_default() += 1;
                    }
                }));
            }
            for t in tasks {
                let _ = t.await;
            }
        });
    });
    seen
}

/// While `seen` is attacked, a normal client from 127.0.0.1 is served
/// within 2 s every 300 ms for `secs`; returns the slowest answer.
fn served_throughout(s: &Server, secs: u64) -> Duration {
    install_crypto_provider();
    let c = Client::builder()
        .timeout(Duration::from_secs(2))
        .build()
        .unwrap();
    let end = std::time::Instant::now() + Duration::from_secs(secs);
    let mut slowest = Duration::ZERO;
    while std::time::Instant::now() < end {
        let a = archive("vz7", Uuid::new_v4());
        let t = std::time::Instant::now();
        let r = native_request(&c, s, &a)
            .send()
            .unwrap_or_else(|e| panic!("not served within 2 s: {e}"));
        assert_eq!(r.status().as_u16(), 201);
        let r = c.get(format!("{}/api/v1/stats", s.url)).send().unwrap();
        assert_eq!(r.status().as_u16(), 200);
        slowest = slowest.max(t.elapsed());
        std::thread::sleep(Duration::from_millis(300));
    }
    slowest
}

/// The server settings of the attack tests: 16 connections, a 2 s head
/// deadline, no per-address request rate (the attacker would hit it first).
const ATTACKED: &[&str] = &[
    "--max-connections",
    "16",
    "--head-timeout",
    "2",
    "--addr-rate",
    "0",
];

/// 32 attacking connections (twice the tests' `--max-connections`) for 8 s
/// while a normal client must be served within 2 s for 6 s; then the
/// attack ends. Returns what the attacker saw and the slowest answer.
fn under_attack(s: &Server, head: String, body: bool) -> (Arc<Seen>, Duration) {
    let addr = s.url.trim_start_matches("http://");
    let seen = attack(addr, 32, head, body, 8);
    std::thread::sleep(Duration::from_millis(500));
    let slowest = served_throughout(s, 6);
    assert!(slowest < Duration::from_secs(2), "{slowest:?}");
    std::thread::sleep(Duration::from_secs(3));
    (seen, slowest)
}

#[test]
fn slow_request_heads_never_lock_out_a_normal_client() {
    // No per-address cap: the overall cap, the head deadline and closing
    // the connection that waited longest for its head are what protect.
    let s = start(&[ATTACKED, &["--max-connections-per-address", "0"]].concat());
    let addr = s.url.trim_start_matches("http://").to_owned();
    let head = format!(
        "GET /api/v1/stats HTTP/1.1\r\nHost: {addr}\r\nX-Pad: {}\r\n\r\n",
        "a".repeat(64)
    );
    let (seen, slowest) = under_attack(&s, head, false);
    // The attacker really held the cap: its connections were closed to
    // make room, or answered 408 at the head deadline.
    let ended = seen.ended.load(std::sync::atomic::Ordering::Relaxed);
    assert!(ended >= 32, "{ended} {:?}", seen.answers);
    let answers = seen.answers.lock().unwrap();
    assert!(
        answers
            .get("HTTP/1.1 408 Request Timeout")
            .copied()
            .unwrap_or(0)
            > 0
            || answers.get("").copied().unwrap_or(0) > 0,
        "{answers:?}"
    );
    println!(
        "slowest normal answer under a slow-head attack: {slowest:?}; attacker connections ended: {ended} {answers:?}"
    );
}

#[test]
fn slow_uploads_never_lock_out_a_normal_client() {
    let s = start(
        &[
            ATTACKED,
            &["--max-uploads", "8", "--max-uploads-per-address", "4"],
        ]
        .concat(),
    );
    let addr = s.url.trim_start_matches("http://").to_owned();
    let head = format!(
        "POST /api/v1/reports HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/gzip\r\n\
         Cep-Client-Id: {}\r\nCep-Report-Id: {}\r\nContent-Length: 100000\r\n\r\n",
        Uuid::new_v4(),
        Uuid::new_v4()
    );
    let (seen, slowest) = under_attack(&s, head, true);
    let answers = seen.answers.lock().unwrap();
    // Beyond its 4 upload slots the address gets 429; the 4 it holds are
    // cut at the least body rate.
    assert!(
        answers
            .get("HTTP/1.1 429 Too Many Requests")
            .copied()
            .unwrap_or(0)
            > 0,
        "{answers:?}"
    );
    assert!(
        answers
            .get("HTTP/1.1 408 Request Timeout")
            .copied()
            .unwrap_or(0)
            > 0,
        "{answers:?}"
    );
    println!(
        "slowest normal answer under a slow-upload attack: {slowest:?}; attacker answers {answers:?}"
    );
}

/// Reads one answer from a raw connection, as far as its Content-Length
/// says: (head, body).
fn read_answer(t: &mut std::net::TcpStream) -> (String, Vec<u8>) {
    t.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut all = Vec::new();
    let mut byte = [0u8; 1];
    while !all.ends_with(b"\r\n\r\n") {
        match t.read(&mut byte) {
            Ok(1) => all.push(byte[0]),
            r => panic!(
                "the answer's head ended early ({r:?}): {:?}",
                String::from_utf8_lossy(&all)
            ),
        }
    }
    let head = String::from_utf8(all).unwrap();
    let length: usize = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-length:")
                .map(|v| v.trim().parse().unwrap())
        })
        .unwrap_or_else(|| panic!("no Content-Length: {head}"));
    let mut body = vec![0u8; length];
    t.read_exact(&mut body).unwrap();
    (head, body)
}

/// Reads one answer from a raw connection: (status line, JSON body).
fn raw_answer(t: &mut std::net::TcpStream) -> (String, Value) {
    let (head, body) = read_answer(t);
    let v = serde_json::from_slice(&body)
        .unwrap_or_else(|e| panic!("{e}: {head}{}", String::from_utf8_lossy(&body)));
    (head.lines().next().unwrap_or("").to_owned(), v)
}

/// Sends `bytes` on a new connection and reads the answer.
fn send_raw(s: &Server, bytes: &[u8]) -> (String, Value) {
    let mut t = std::net::TcpStream::connect(s.url.trim_start_matches("http://")).unwrap();
    t.write_all(bytes).unwrap();
    raw_answer(&mut t)
}

#[test]
fn http_layer_errors_carry_a_json_reason() {
    let s = start(&["--head-timeout", "1", "--max-connections-per-address", "2"]);
    let addr = s.url.trim_start_matches("http://").to_owned();
    let send = |bytes: &[u8]| send_raw(&s, bytes);
    let (line, v) = send(b"GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(
        (line.as_str(), &v),
        (
            "HTTP/1.1 404 Not Found",
            &serde_json::json!({"error": "no such path: /nowhere"})
        )
    );
    let (line, v) = send(b"DELETE /api/v1/reports HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(line, "HTTP/1.1 405 Method Not Allowed");
    assert_eq!(
        v["error"],
        "method DELETE is not allowed on /api/v1/reports"
    );
    let (line, v) = send(b"GET / HTTP/1.1\r\nHo st: x\r\n\r\n");
    assert_eq!(line, "HTTP/1.1 400 Bad Request");
    assert_eq!(v["error"], "malformed request head: invalid header name");
    let big = format!("GET / HTTP/1.1\r\nX-Big: {}\r\n\r\n", "a".repeat(40_000));
    let (line, v) = send(big.as_bytes());
    assert_eq!(line, "HTTP/1.1 431 Request Header Fields Too Large");
    assert_eq!(v["error"], "request head larger than 32768 bytes");
    let many: String = (0..120).map(|i| format!("X-{i}: 1\r\n")).collect();
    let (line, v) = send(format!("GET / HTTP/1.1\r\n{many}\r\n").as_bytes());
    assert_eq!(line, "HTTP/1.1 431 Request Header Fields Too Large");
    assert_eq!(v["error"], "more than 100 header lines");
    // The nil UUID is no id.
    let a = archive("vz7", Uuid::new_v4());
    let r = client()
        .post(format!("{}/api/v1/reports", s.url))
        .header("Content-Type", "application/gzip")
        .header("Cep-Client-Id", Uuid::nil().to_string())
        .header("Cep-Report-Id", a.report_id.to_string())
        .body(a.bytes.clone())
        .send()
        .unwrap();
    assert_eq!(
        json(r),
        (
            400,
            serde_json::json!({"error": "Cep-Client-Id and Cep-Report-Id must not be the nil UUID"})
        )
    );
    // A head that does not come whole in time.
    let t0 = std::time::Instant::now();
    let (line, v) = send(b"GET / HTTP/1.1\r\nHost:");
    assert_eq!(line, "HTTP/1.1 408 Request Timeout");
    assert_eq!(v["error"], "request head not complete within 1 s");
    assert!(t0.elapsed() < Duration::from_secs(3), "{:?}", t0.elapsed());
    // A body trickled after `100 Continue` is cut at the least rate too.
    let mut t = std::net::TcpStream::connect(&addr).unwrap();
    write!(
        t,
        "POST /api/v1/reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/gzip\r\n\
         Cep-Client-Id: {}\r\nCep-Report-Id: {}\r\nExpect: 100-continue\r\n\
         Content-Length: 5000\r\n\r\n",
        Uuid::new_v4(),
        Uuid::new_v4()
    )
    .unwrap();
    t.set_read_timeout(Some(Duration::from_millis(300)))
        .unwrap();
    let t0 = std::time::Instant::now();
    let mut all = Vec::new();
    while t0.elapsed() < Duration::from_secs(6) {
        let mut buf = [0u8; 1024];
        match t.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => all.extend_from_slice(&buf[..n]),
            Err(_) => {}
        }
        if t.write_all(b"x").is_err() {
            break;
        }
    }
    let text = String::from_utf8_lossy(&all);
    assert!(
        text.starts_with("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 408 Request Timeout")
            && text.ends_with("{\"error\":\"request body slower than 1024 bytes a second\"}"),
        "{text}"
    );
    assert!(t0.elapsed() < Duration::from_secs(3), "{:?}", t0.elapsed());
    // Two connections from this address already busy with an upload: a
    // third is refused.
    let _a = stalled_upload(&s);
    let _b = stalled_upload(&s);
    std::thread::sleep(Duration::from_millis(200));
    let (line, v) = send(b"GET / HTTP/1.1\r\n\r\n");
    assert_eq!(line, "HTTP/1.1 429 Too Many Requests");
    assert_eq!(v["error"], "too many connections from this address");
}

/// Bytes that are no HTTP request, the same on every run.
fn garbage(seed: u64, n: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

#[test]
fn every_error_the_server_writes_is_json() {
    let s = start(&[]);
    let send = |bytes: &[u8]| send_raw(&s, bytes);
    // What hyper would refuse with an empty body, this layer refuses
    // first, with a reason.
    let (line, v) = send(b"GET /?x=<script> HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(line, "HTTP/1.1 400 Bad Request");
    assert_eq!(
        v["error"],
        "malformed request target (12 bytes): invalid uri character"
    );
    let (line, v) = send(b"GET /api/v1/policy?version=<> HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(line, "HTTP/1.1 400 Bad Request");
    assert_eq!(
        v["error"],
        "malformed request target (25 bytes): invalid uri character"
    );
    let (line, v) =
        send(b"POST /api/v1/reports HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: xchunked\r\n\r\n");
    assert_eq!(line, "HTTP/1.1 400 Bad Request");
    assert_eq!(v["error"], "Transfer-Encoding must end in chunked");
    let many: String = (0..5000).map(|i| format!("X-{i}: {i}\r\n")).collect();
    let (line, v) = send(format!("GET / HTTP/1.1\r\n{many}\r\n").as_bytes());
    assert_eq!(line, "HTTP/1.1 431 Request Header Fields Too Large");
    assert_eq!(v["error"], "more than 100 header lines");
    for seed in 1..=8 {
        let (line, v) = send(&garbage(seed, 4096));
        assert_eq!(line, "HTTP/1.1 400 Bad Request", "seed {seed}");
        let e = v["error"].as_str().unwrap();
        assert!(
            e.starts_with("malformed request head: "),
            "seed {seed}: {e}"
        );
    }
    // What the router's extractors refuse in plain text comes as JSON.
    let (line, v) =
        send(b"GET /api/v1/tables/%FF.csv HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert_eq!(line, "HTTP/1.1 400 Bad Request");
    assert!(
        v["error"].as_str().unwrap().contains("%FF.csv")
            || v["error"].as_str().unwrap().contains("UTF-8"),
        "{v}"
    );
    // Methods nobody serves.
    let (line, v) = send(b"BREW /api/v1/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert_eq!(line, "HTTP/1.1 405 Method Not Allowed");
    assert_eq!(v["error"], "method BREW is not allowed on /api/v1/stats");
    // The server is still there.
    assert_eq!(stats(&s)["general"]["reports"], 0);
}

/// A native upload as raw bytes.
fn raw_upload(a: &cep_core::Archive) -> Vec<u8> {
    let mut r = format!(
        "POST /api/v1/reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/gzip\r\n\
         Cep-Client-Id: {}\r\nCep-Report-Id: {}\r\nContent-Length: {}\r\n\r\n",
        a.client_id,
        a.report_id,
        a.bytes.len()
    )
    .into_bytes();
    r.extend_from_slice(&a.bytes);
    r
}

#[test]
fn a_connection_carries_requests_one_after_another() {
    let s = start(&[
        "--keep-alive",
        "1",
        "--head-timeout",
        "1",
        "--max-connections",
        "2",
        "--max-connections-per-address",
        "0",
    ]);
    let addr = s.url.trim_start_matches("http://").to_owned();
    let mut t = std::net::TcpStream::connect(&addr).unwrap();
    t.write_all(b"GET /api/v1/policy HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let (head, body) = read_answer(&mut t);
    assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
    assert!(
        !head.to_ascii_lowercase().contains("connection: close"),
        "{head}"
    );
    assert!(serde_json::from_slice::<Value>(&body).is_ok());
    // An upload, then two requests sent together: answered in turn.
    let a = archive("vz7", Uuid::new_v4());
    t.write_all(&raw_upload(&a)).unwrap();
    let (line, v) = raw_answer(&mut t);
    assert_eq!(line, "HTTP/1.1 201 Created");
    assert_eq!(v["report_id"], a.report_id.to_string());
    let mut two = raw_upload(&a);
    two.extend_from_slice(b"GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n");
    t.write_all(&two).unwrap();
    let (line, v) = raw_answer(&mut t);
    assert_eq!(
        (line.as_str(), &v["report_id"]),
        ("HTTP/1.1 200 OK", &Value::from(a.report_id.to_string()))
    );
    let (line, v) = raw_answer(&mut t);
    assert_eq!(line, "HTTP/1.1 404 Not Found");
    assert_eq!(v["error"], "no such path: /nowhere");
    // A later head has its deadline from its first byte.
    std::thread::sleep(Duration::from_millis(700));
    t.write_all(b"GET / HTTP/1.1\r\n").unwrap();
    let t0 = std::time::Instant::now();
    let (line, v) = raw_answer(&mut t);
    assert_eq!(line, "HTTP/1.1 408 Request Timeout");
    assert_eq!(v["error"], "request head not complete within 1 s");
    assert!(
        t0.elapsed() > Duration::from_millis(800),
        "{:?}",
        t0.elapsed()
    );
    // Kept alive without a new request: closed, without an answer, after
    // --keep-alive.
    let mut idle = std::net::TcpStream::connect(&addr).unwrap();
    idle.write_all(b"GET /api/v1/policy HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    read_answer(&mut idle);
    let t0 = std::time::Instant::now();
    let mut rest = Vec::new();
    idle.read_to_end(&mut rest).unwrap();
    assert_eq!(rest, b"");
    let waited = t0.elapsed();
    assert!(
        waited > Duration::from_millis(800) && waited < Duration::from_secs(3),
        "{waited:?}"
    );
    // Connections kept alive between requests are idle: at the cap of two,
    // the oldest makes room for a new client at once.
    let mut kept: Vec<std::net::TcpStream> = (0..2)
        .map(|_| {
            let mut k = std::net::TcpStream::connect(&addr).unwrap();
            k.write_all(b"GET /api/v1/policy HTTP/1.1\r\nHost: x\r\n\r\n")
                .unwrap();
            read_answer(&mut k);
            k
        })
        .collect();
    let mut fresh = std::net::TcpStream::connect(&addr).unwrap();
    fresh
        .write_all(b"GET /api/v1/policy HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let (head, _) = read_answer(&mut fresh);
    // Served, not refused with 503: the oldest kept-alive one made room.
    assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
    kept[0]
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut rest = Vec::new();
    assert_eq!(kept[0].read_to_end(&mut rest).unwrap(), 0);
    drop(kept.pop());
}

#[test]
fn sigterm_answers_the_uploads_under_way_and_loses_no_acknowledged_report() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("stats.db").to_str().unwrap().to_owned();
    stop_mid_burst(&db, dir);
}

#[test]
fn sigterm_on_postgresql_loses_no_acknowledged_report() {
    let Ok(url) = std::env::var("CEP_TEST_PG_URL") else {
        cep_core::skip!("CEP_TEST_PG_URL is not set (.ci/run sets it up; see README.md)");
        return;
    };
    let mut c = match postgres::Client::connect(&url, postgres::NoTls) {
        Ok(c) => c,
        Err(e) => {
            cep_core::skip!("cannot connect to PostgreSQL at CEP_TEST_PG_URL: {e}");
            return;
        }
    };
    // A schema of its own: other tests drop the tables of the default one.
    c.batch_execute("DROP SCHEMA IF EXISTS cep_stop CASCADE; CREATE SCHEMA cep_stop")
        .unwrap();
    let sep = if url.contains('?') { '&' } else { '?' };
    let db = format!("{url}{sep}options=-csearch_path%3Dcep_stop");
    stop_mid_burst(&db, tempfile::tempdir().unwrap());
    c.batch_execute("DROP SCHEMA cep_stop CASCADE").unwrap();
}

/// Uploads from eight clients, SIGTERM mid-way: the server exits 0 within
/// its --shutdown-timeout, and after a restart on `db` every report a
/// client got a receipt for is there, with that receipt. A report whose
/// upload failed at the stop may be there or not (its answer may be lost
/// after the commit): sent again, it is stored once either way, and
/// nothing else is there.
fn stop_mid_burst(db: &str, dir: tempfile::TempDir) {
    let db = db.to_owned();
    let log = dir.path().join("server.log");
    let open = [
        "--addr-rate",
        "0",
        "--host-rate",
        "0",
        "--max-uploads-per-address",
        "0",
        "--max-connections-per-address",
        "0",
    ];
    let mut s = start_logging(
        &db,
        None,
        &[&open[..], &["--shutdown-timeout", "10"]].concat(),
        Some(&log),
    );
    // Eight clients, each with its own kept-alive connection, upload
    // until the server is gone.
    let acked: Arc<Mutex<Vec<(cep_core::Archive, Value)>>> = Arc::default();
    let unsure: Arc<Mutex<Vec<cep_core::Archive>>> = Arc::default();
    let clients: Vec<_> = (0..8)
        .map(|_| {
            let (url, acked, unsure) = (s.url.clone(), acked.clone(), unsure.clone());
            std::thread::spawn(move || {
                let c = client();
                for _ in 0..200 {
                    let a = archive("vz7", Uuid::new_v4());
                    let r = c
                        .post(format!("{url}/api/v1/reports"))
                        .header("Content-Type", "application/gzip")
                        .header("Cep-Client-Id", a.client_id.to_string())
                        .header("Cep-Report-Id", a.report_id.to_string())
                        .body(a.bytes.clone())
                        .send();
                    let Ok(r) = r else {
                        unsure.lock().unwrap().push(a);
                        return;
                    };
                    let (status, receipt) = json(r);
                    assert_eq!(status, 201, "{receipt}");
                    acked.lock().unwrap().push((a, receipt));
                }
            })
        })
        .collect();
    while acked.lock().unwrap().len() < 40 {
        std::thread::sleep(Duration::from_millis(5));
    }
    let signalled = std::time::Instant::now();
    let kill = Command::new("kill")
        .args(["-TERM", &s.child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let status = loop {
        if let Some(st) = s.child.try_wait().unwrap() {
            break st;
        }
        assert!(
            signalled.elapsed() < Duration::from_secs(15),
            "still running"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status:?}");
    for c in clients {
        c.join().unwrap();
    }
    let text = std::fs::read_to_string(&log).unwrap();
    let line = text
        .lines()
        .find(|l| l.contains("stopped: "))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        line.contains("SIGTERM") || text.contains("SIGTERM: stopping"),
        "{text}"
    );
    assert!(line.contains("database closed"), "{line}");
    println!("{line}");
    // On the same database, every acknowledged report is there, with the
    // receipt its client got; nothing else is.
    let again = start_with_db(&db, Some(dir), &open);
    let acked = acked.lock().unwrap();
    assert!(acked.len() >= 40);
    let stored = stats(&again)["general"]["reports"].as_u64().unwrap() as usize;
    for (a, receipt) in acked.iter() {
        assert_eq!(json(post_native(&again, a)), (200, receipt.clone()));
    }
    let unsure = unsure.lock().unwrap();
    assert!(unsure.len() <= 8, "{} uploads failed", unsure.len());
    let mut already = 0;
    for a in unsure.iter() {
        match post_native(&again, a).status().as_u16() {
            200 => already += 1,
            201 => {}
            other => panic!("a report sent again answered {other}"),
        }
    }
    assert_eq!(stored, acked.len() + already);
    assert_eq!(
        stats(&again)["general"]["reports"],
        acked.len() + unsure.len()
    );
}

#[test]
fn idle_connections_are_closed_at_the_head_deadline() {
    let s = start(&[
        "--max-connections",
        "4",
        "--max-connections-per-address",
        "0",
        "--head-timeout",
        "1",
    ]);
    let addr: std::net::SocketAddr = s.url.trim_start_matches("http://").parse().unwrap();
    // Twice the cap, from another loopback address, sending nothing.
    let idle: Vec<std::net::TcpStream> = (0..8)
        .map(|_| {
            let sock = tokio::net::TcpSocket::new_v4().unwrap();
            sock.bind("127.0.0.2:0".parse().unwrap()).unwrap();
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(sock.connect(addr)).unwrap().into_std().unwrap()
        })
        .collect();
    std::thread::sleep(Duration::from_millis(200));
    let t0 = std::time::Instant::now();
    let r = client()
        .get(format!("{}/api/v1/stats", s.url))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert!(t0.elapsed() < Duration::from_secs(1), "{:?}", t0.elapsed());
    // Each is closed: to make room, or with a 408 at the deadline.
    for mut c in idle {
        c.set_nonblocking(false).unwrap();
        c.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let mut all = Vec::new();
        let _ = c.read_to_end(&mut all);
        let text = String::from_utf8_lossy(&all);
        assert!(
            text.is_empty()
                || text.starts_with("HTTP/1.1 408 Request Timeout")
                    && text.ends_with("{\"error\":\"request head not complete within 1 s\"}"),
            "{text}"
        );
    }
    assert!(t0.elapsed() < Duration::from_secs(4), "{:?}", t0.elapsed());
}

#[test]
fn behind_a_proxy_caps_follow_the_forwarded_address() {
    let s = start(&[
        "--trust-forwarded-for",
        "--max-connections-per-address",
        "1",
        "--max-uploads-per-address",
        "1",
    ]);
    // Every connection comes from the proxy's address: the per-address
    // connection cap does not apply, the upload cap follows the client's.
    let _a = stalled_upload_from(&s, "X-Forwarded-For: 192.0.2.1\r\n");
    let _b = stalled_upload_from(&s, "X-Forwarded-For: 192.0.2.2\r\n");
    std::thread::sleep(Duration::from_millis(300));
    let post = |xff: &str| {
        let a = archive("vz7", Uuid::new_v4());
        json(
            native_request(&client(), &s, &a)
                .header("X-Forwarded-For", xff)
                .send()
                .unwrap(),
        )
    };
    let (st, v) = post("192.0.2.1");
    assert_eq!(st, 429, "{v}");
    assert_eq!(
        v["error"],
        "rate limited (too many uploads at once from this address); retry later"
    );
    assert_eq!(post("192.0.2.3").0, 201);
}

fn submit_vzstats(s: &Server, id: Uuid, bytes: Vec<u8>) -> u16 {
    client()
        .post(format!("{}/submit.php", s.url))
        .multipart(
            multipart::Form::new().text("uuid", id.to_string()).part(
                "file",
                multipart::Part::bytes(bytes)
                    .file_name("vzstats.tar.gz")
                    .mime_str("application/octet-stream")
                    .unwrap(),
            ),
        )
        .send()
        .unwrap()
        .status()
        .as_u16()
}

/// A disp upload: the archive as the `report` part of a form.
fn disp_upload(s: &Server, a: &cep_core::Archive) -> reqwest::blocking::Response {
    client()
        .post(format!("{}/post", s.url))
        .multipart(
            multipart::Form::new().part(
                "report",
                multipart::Part::bytes(a.bytes.clone())
                    .file_name("report.tar.gz")
                    .mime_str("application/octet-stream")
                    .unwrap(),
            ),
        )
        .send()
        .unwrap()
}

fn post_disp(s: &Server, a: &cep_core::Archive) -> u16 {
    disp_upload(s, a).status().as_u16()
}

/// How a fixture report is sent.
#[derive(Debug, Clone, Copy)]
enum Via {
    Native,
    Vzstats,
    Disp,
}

fn send(s: &Server, a: &cep_core::Archive, via: Via) -> u16 {
    match via {
        Via::Native => post_native(s, a).status().as_u16(),
        Via::Vzstats => submit_vzstats(s, a.client_id, a.bytes.clone()),
        Via::Disp => post_disp(s, a),
    }
}

/// The legacy, VZ7 and Debian fixture hosts' reports, sent as `via` says,
/// and a vzstats 0.5 tarball of real samples.
fn fixture_server_via(extra: &[&str], via: [Via; 3]) -> Server {
    let s = start(extra);
    for (host, via) in ["openvz-legacy", "vz7", "debian"].into_iter().zip(via) {
        assert_eq!(
            send(&s, &archive(host, Uuid::new_v4()), via),
            201,
            "{host} {via:?}"
        );
    }
    assert_eq!(submit_vzstats(&s, Uuid::new_v4(), vzstats_tarball()), 201);
    s
}

fn fixture_server(extra: &[&str]) -> Server {
    fixture_server_via(extra, [Via::Vzstats, Via::Disp, Via::Native])
}

/// The tables the fixture hosts fill, as the pages show them.
fn check_fixture_tables(s: &Server) {
    let v = stats(s);
    assert_eq!(v["general"]["hosts_total"], 4);
    assert_eq!(v["general"]["hosts_with_containers"], 3);

    // Hosts with VMs: the VZ7 host reports 2 VMs (vz.vms `vms`); the
    // legacy and Debian hosts have no VM section.
    let vms = page(s, "/vms");
    assert_eq!(table_rows(&vms, "vms"), [cells(&["yes", "1", "100.0%"])]);
    assert_eq!(
        of_line(&vms, "vms"),
        "Of 1 host that reported this in the last 14 days."
    );
    // Guest OSes: hosts and VMs.
    assert_eq!(
        table_rows(&vms, "guest_os"),
        [
            cells(&["centos", "1", "100.0%", "1", "50.0%"]),
            cells(&["windows", "1", "100.0%", "1", "50.0%"])
        ]
    );
    assert_eq!(
        of_line(&vms, "guest_os"),
        "Of 1 host that reported this in the last 14 days (with 2 VMs)."
    );

    // vzctl: `vzctl --version` of the VZ7 host (7.0.229), of the legacy
    // host (4.3) and the vzstats banner (4.3).
    let sw = page(s, "/software");
    assert_eq!(
        table_rows(&sw, "vzctl"),
        [
            cells(&["4.3", "2", "66.7%"]),
            cells(&["7.0.229", "1", "33.3%"])
        ]
    );
    // Installed OS templates: the VZ7 host's vzpkg list (the legacy
    // fixture has no template area, the tarball no such file).
    assert_eq!(
        table_rows(&sw, "templates"),
        [cells(&["centos-6", "1", "100.0%"])]
    );

    // Layouts by hosts and by containers: legacy 10 simfs, VZ7 4 ploop,
    // the tarball 5 simfs + 4 ploop.
    let ct = page(s, "/containers");
    assert_eq!(
        table_rows(&ct, "layout"),
        [
            cells(&["ploop", "2", "66.7%", "8", "34.8%"]),
            cells(&["simfs", "2", "66.7%", "15", "65.2%"])
        ]
    );
    assert_eq!(
        of_line(&ct, "layout"),
        "Of 3 hosts that reported this in the last 14 days (with 23 containers)."
    );
    // Templates of containers: the sections' own "other" merges.
    assert_eq!(
        table_rows(&ct, "ct_os"),
        [
            cells(&["centos-6", "2", "66.7%", "8", "47.1%"]),
            cells(&["centos-7", "1", "33.3%", "2", "11.8%"]),
            cells(&["debian-7", "1", "33.3%", "2", "11.8%"]),
            cells(&["debian-7.0", "1", "33.3%", "1", "5.9%"]),
            cells(&["ubuntu-14.04", "1", "33.3%", "1", "5.9%"]),
            cells(&["ubuntu-16.04", "1", "33.3%", "1", "5.9%"]),
            cells(&["other", "2", "66.7%", "2", "11.8%"])
        ]
    );
}

#[test]
fn fixture_hosts_fill_the_vm_vzctl_template_and_container_tables() {
    // Every fixture host over every protocol gives the same tables.
    for via in [
        [Via::Native, Via::Vzstats, Via::Disp],
        [Via::Disp, Via::Native, Via::Vzstats],
    ] {
        check_fixture_tables(&fixture_server_via(&[], via));
    }
    let s = fixture_server(&[]);
    check_fixture_tables(&s);

    // Every table: the page, its JSON, its CSV and /metrics agree row by
    // row.
    let (_, list) = json(
        client()
            .get(format!("{}/api/v1/tables", s.url))
            .send()
            .unwrap(),
    );
    let metrics = page(&s, "/metrics");
    let mut checked = 0;
    for t in list["tables"].as_array().unwrap() {
        let Some(p) = t["page"].as_str() else {
            continue; // general and growth
        };
        let name = t["name"].as_str().unwrap();
        let (_, j) = json(
            client()
                .get(format!("{}{}", s.url, t["json"].as_str().unwrap()))
                .send()
                .unwrap(),
        );
        let csv = page(&s, t["csv"].as_str().unwrap());
        let html = table_rows(&page(&s, &format!("/{p}")), name);
        let buckets = j["buckets"].as_array().unwrap();
        assert_eq!(html.len(), buckets.len(), "{name}");
        assert_eq!(csv.lines().count(), buckets.len() + 1, "{name}");
        for ((b, row), line) in buckets.iter().zip(&html).zip(csv.lines().skip(1)) {
            let key = b["key"].as_str().unwrap();
            let hosts = b["hosts"].as_i64().unwrap();
            assert_eq!(row[0], key, "{name}");
            assert_eq!(row[1], hosts.to_string(), "{name}");
            let cols: Vec<&str> = line.split(',').collect();
            assert_eq!(cols[1], hosts.to_string(), "{name}: {line}");
            assert_eq!(
                row[2],
                format!("{}%", cols[2]).replace("%", "") + "%",
                "{name}"
            );
            let m = format!("cep_distribution_hosts{{dist=\"{name}\",key=\"{key}\"}} {hosts}");
            assert!(metrics.lines().any(|l| l == m), "{m}");
            if let Some(u) = b.get("units") {
                assert_eq!(row[3], u.to_string(), "{name}");
                assert_eq!(cols[3], u.to_string(), "{name}");
            }
        }
        checked += 1;
    }
    assert_eq!(checked, 35);

    // The JSON, CSV and /metrics outputs carry the same numbers.
    let (st, t) = json(
        client()
            .get(format!("{}/api/v1/tables/layout.json", s.url))
            .send()
            .unwrap(),
    );
    assert_eq!(st, 200);
    assert_eq!(t["reporting_hosts"], 3);
    assert_eq!(t["reporting_units"], 23);
    assert_eq!(t["unit"], "containers");
    assert_eq!(t["buckets"][1]["key"], "simfs");
    assert_eq!(t["buckets"][1]["units"], 15);
    assert_eq!(t["buckets"][1]["unit_share"], 65.2);
    assert!(t["license"].as_str().unwrap().starts_with("CC BY 4.0"));
    let csv = page(&s, "/api/v1/tables/layout.csv");
    assert_eq!(
        csv,
        "key,hosts,share_of_hosts,units,share_of_units,change_pp\n\
         ploop,2,66.7,8,34.8,\nsimfs,2,66.7,15,65.2,\n"
    );
    let csv = page(&s, "/api/v1/tables/general.csv");
    assert!(
        csv.starts_with("name,value\nhosts_total,4\nhosts_with_containers,3\n"),
        "{csv}"
    );
    let m = page(&s, "/metrics");
    for line in [
        "cep_hosts 4",
        "cep_reports 4",
        "cep_distribution_reporting_hosts{dist=\"vms\"} 1",
        "cep_distribution_hosts{dist=\"vzctl\",key=\"4.3\"} 2",
        "cep_distribution_hosts{dist=\"layout\",key=\"simfs\"} 2",
        "cep_distribution_units{dist=\"layout\",key=\"simfs\",unit=\"containers\"} 15",
    ] {
        assert!(m.lines().any(|l| l == line), "{line} not in\n{m}");
    }
    let r = client()
        .get(format!("{}/api/v1/tables/nope.csv", s.url))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 404);
}

#[test]
fn a_small_server_shows_fewer_than_k_instead_of_nothing() {
    let s = fixture_server(&["--k", "5", "--data-license", "ODbL 1.0"]);
    let html = page(&s, "/virtualization");
    // 4 hosts < k = 5: no value, but the row says so.
    assert_eq!(
        table_rows(&html, "kernel"),
        [cells(&["other", "< 5 hosts", ""])]
    );
    assert!(of_line(&html, "kernel").starts_with("Fewer than 5 hosts reported this"));
    assert!(html.contains("Data licence: ODbL 1.0."));
    let (_, t) = json(
        client()
            .get(format!("{}/api/v1/tables/kernel.json", s.url))
            .send()
            .unwrap(),
    );
    assert_eq!(t["reporting_hosts"], Value::Null);
    assert_eq!(t["buckets"][0]["hosts"], Value::Null);
    assert_eq!(t["buckets"][0]["fewer_than"], 5);
    assert_eq!(t["license"], "ODbL 1.0");
    assert_eq!(
        page(&s, "/api/v1/tables/kernel.csv"),
        "key,hosts,share_of_hosts,units,share_of_units,change_pp\nother,<5,,,,\n"
    );
    // /metrics publishes no bucket under k.
    let m = page(&s, "/metrics");
    assert!(!m.contains("cep_distribution_hosts{"), "{m}");
    assert!(m.contains("# Data licence: ODbL 1.0"));
}

/// `GET /api/v1/policy` publishes what the tables read, and a report from
/// a client that knows no policy (every field of every collector) is kept
/// only within it.
#[test]
fn the_server_publishes_its_policy_and_stores_nothing_outside_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("stats.db");
    let s = start_with_db(db.to_str().unwrap(), None, &[]);
    let (status, published) = json(
        client()
            .get(format!("{}/api/v1/policy", s.url))
            .send()
            .unwrap(),
    );
    assert_eq!(status, 200);
    let policy: cep_policy::Policy = serde_json::from_value(published).unwrap();
    assert_eq!(policy, cep_policy::Policy::builtin());
    assert!(!policy.collectors.contains_key("sys.static"));

    let host = Uuid::new_v4();
    let old = archive("vz7", host);
    let sent = cep_core::Report::read(&old.bytes, &cep_core::ReadLimits::default()).unwrap();
    assert!(sent.manifest.policy.is_none());
    assert!(sent.sections.contains_key("sys.static"));
    assert_eq!(json(post_native(&s, &old)).0, 201);
    let mut store =
        cep_server::store::Store::new(cep_server::store::open(db.to_str().unwrap()).unwrap())
            .unwrap();
    let facts = store.host_facts(host).unwrap();
    assert!(!facts.contains_key("sys.static"), "{facts:?}");
    assert_eq!(
        facts["os.kernel"].1,
        serde_json::json!({"line": "vz7", "release": "3.10.0-1160.80.1.vz7.191.4"})
    );
    // Every stored field is one the policy names; every section that was
    // kept lost exactly what the policy withholds.
    for (collector, (_, mut section)) in facts {
        let Some(cep_core::Section::Json(mut full)) = sent.sections.get(&collector).cloned() else {
            panic!("{collector} was not sent as JSON");
        };
        policy.filter(&collector, &mut full).unwrap();
        assert_eq!(
            policy.filter(&collector, &mut section).unwrap(),
            Vec::<String>::new(),
            "{collector}"
        );
        assert_eq!(section, full, "{collector}");
    }
}

/// `DELETE /api/v1/hosts/{id}`: a receipt, the same on a repeat; a bad id
/// is 400; the host id's rate limit applies (429 with Retry-After); a
/// forgotten id's later report is 410 and counts nowhere.
#[test]
fn forgetting_a_host_over_http_is_idempotent_rate_limited_and_final() {
    let s = start(&["--host-rate", "1", "--host-burst", "4"]);
    let host = Uuid::new_v4();
    assert_eq!(json(post_native(&s, &archive("vz7", host))).0, 201);
    let c = client();
    let forget = |id: &str| {
        c.delete(format!("{}/api/v1/hosts/{id}", s.url))
            .send()
            .unwrap()
    };
    let (status, first) = json(forget(&host.to_string()));
    assert_eq!(status, 200);
    assert_eq!(first["reports"], 1);
    assert_eq!(json(forget(&host.to_string())), (200, first));
    let (status, e) = json(post_native(&s, &archive("vz7", host)));
    assert_eq!(status, 410, "{e}");
    let limited = forget(&host.to_string());
    assert_eq!(limited.status().as_u16(), 429);
    assert!(limited.headers().contains_key("retry-after"));
    let (status, e) = json(forget("not-a-uuid"));
    assert_eq!(status, 400);
    assert!(e["error"].as_str().unwrap().contains("not-a-uuid"), "{e}");
    assert_eq!(json(forget(&Uuid::nil().to_string())).0, 400);
    let v = stats(&s);
    assert_eq!(v["general"]["reports"], 0);
    assert_eq!(v["general"]["hosts_total"], 0);
}

/// `cep-server keygen FILE` prints the one line cep.toml takes and writes
/// a 0600 key; a server started with `--policy-key FILE` signs the exact
/// bytes of /api/v1/policy with it, and /privacy shows its fingerprint.
/// A key file others may read stops the server with a clear message.
#[test]
fn keygen_and_a_signed_policy() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("policy.key");
    let o = Command::new(env!("CARGO_BIN_EXE_cep-server"))
        .args(["keygen", key.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let line = String::from_utf8(o.stdout).unwrap();
    let quoted = line
        .trim()
        .strip_prefix("keys = [\"")
        .and_then(|l| l.strip_suffix("\"]"))
        .unwrap_or_else(|| panic!("not a cep.toml line: {line:?}"));
    let pinned = cep_policy::signing::PolicyKey::parse(quoted).unwrap();
    let said = String::from_utf8_lossy(&o.stderr);
    assert!(said.contains(&pinned.fingerprint()), "{said}");
    assert_eq!(
        std::fs::metadata(&key).unwrap().permissions().mode() & 0o777,
        0o600
    );
    // Never over an existing key.
    let again = Command::new(env!("CARGO_BIN_EXE_cep-server"))
        .args(["keygen", key.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));

    let s = start(&["--policy-key", key.to_str().unwrap()]);
    let r = client()
        .get(format!("{}/api/v1/policy", s.url))
        .send()
        .unwrap();
    let signature = r
        .headers()
        .get(cep_core::policy::SIGNATURE_HEADER)
        .map(|v| v.to_str().unwrap().to_owned());
    let doc = cep_core::PolicyDocument {
        bytes: r.bytes().unwrap().to_vec(),
        signature,
    };
    assert_eq!(
        cep_policy::signing::verify(&doc, std::slice::from_ref(&pinned)).unwrap(),
        Some(pinned.clone())
    );
    assert_eq!(
        cep_policy::Policy::from_document(&doc).unwrap(),
        cep_server::facts::policy()
    );
    assert!(page(&s, "/privacy").contains(&pinned.fingerprint()));

    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_cep-server"))
        .args(["--listen", "127.0.0.1:0", "--db"])
        .arg(dir.path().join("stats.db"))
        .args(["--policy-key", key.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("mode 0644") && err.contains("chmod 600"),
        "{err}"
    );
}
