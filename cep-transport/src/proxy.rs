//! Which proxy an upload goes through, decided as vzstats did and written
//! down so `cep send -v` can say where it came from:
//!
//! 1. `proxy` in `[transport]` of cep.toml;
//! 2. the environment: `https_proxy` for an https URL, `http_proxy` for an
//!    http one (lowercase first, then uppercase), with `no_proxy` /
//!    `NO_PROXY` exempting hosts;
//! 3. `https_proxy` / `http_proxy` in `/etc/wgetrc` (unless `use_proxy =
//!    off`);
//! 4. `proxy=` with `proxy_username` / `proxy_password` in the `[main]`
//!    section of `/etc/yum.conf`.
//!
//! The files are read under a configurable directory so tests can point it
//! elsewhere.

use std::path::Path;

/// The proxy chosen for a target URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyChoice {
    /// Proxy URL (may carry `user:password@`).
    pub url: String,
    /// Basic-auth credentials given separately (yum.conf).
    pub credentials: Option<(String, String)>,
    /// Hosts that bypass the proxy (`no_proxy` syntax).
    pub no_proxy: Option<String>,
    /// Where the setting came from, for messages.
    pub source: String,
}

/// Looks up environment variables; tests pass their own.
pub type EnvLookup<'a> = &'a dyn Fn(&str) -> Option<String>;

fn env_var(env: EnvLookup<'_>, name: &str) -> Option<String> {
    env(name)
        .or_else(|| env(&name.to_ascii_uppercase()))
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// Decides the proxy for `target` (the server URL).
pub fn discover(
    target: &str,
    explicit: Option<&str>,
    env: EnvLookup<'_>,
    etc_dir: &Path,
) -> Option<ProxyChoice> {
    let https = target.starts_with("https://");
    let no_proxy = env_var(env, "no_proxy");
    let choice = |url: String, credentials, source: String| ProxyChoice {
        url,
        credentials,
        no_proxy: no_proxy.clone(),
        source,
    };
    if let Some(p) = explicit.map(str::trim).filter(|p| !p.is_empty()) {
        return Some(choice(
            p.to_owned(),
            None,
            "transport.proxy in cep.toml".into(),
        ));
    }
    let var = if https { "https_proxy" } else { "http_proxy" };
    if let Some(p) = env_var(env, var) {
        return Some(choice(p, None, format!("{var} in the environment")));
    }
    let wgetrc = etc_dir.join("wgetrc");
    if let Ok(text) = std::fs::read_to_string(&wgetrc)
        && let Some((key, url)) = wgetrc_proxy(&text, https)
    {
        return Some(choice(url, None, format!("{key} in {}", wgetrc.display())));
    }
    let yum = etc_dir.join("yum.conf");
    if let Ok(text) = std::fs::read_to_string(&yum)
        && let Some((url, creds)) = yum_proxy(&text)
    {
        return Some(choice(url, creds, format!("proxy in {}", yum.display())));
    }
    None
}

/// `key = value` lines of wgetrc; `use_proxy = off` turns proxies off.
fn wgetrc_proxy(text: &str, https: bool) -> Option<(&'static str, String)> {
    let mut http = None;
    let mut secure = None;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('#') {
            continue;
        }
        let Some((k, v)) = line.split_once('=') else {
            continue;
        };
        let v = v.trim().trim_matches('"').to_owned();
        match k
            .trim()
            .to_ascii_lowercase()
            .replace(['_', '-'], "")
            .as_str()
        {
            "httpproxy" if !v.is_empty() => http = Some(v),
            "httpsproxy" if !v.is_empty() => secure = Some(v),
            "useproxy" if matches!(v.to_ascii_lowercase().as_str(), "off" | "no" | "0") => {
                return None;
            }
            _ => {}
        }
    }
    match (https, secure, http) {
        (true, Some(s), _) => Some(("https_proxy", s)),
        (_, _, Some(h)) => Some(("http_proxy", h)),
        _ => None,
    }
}

/// `proxy=`, `proxy_username=`, `proxy_password=` in yum.conf's `[main]`.
fn yum_proxy(text: &str) -> Option<(String, Option<(String, String)>)> {
    let mut in_main = false;
    let (mut url, mut user, mut pass) = (None, None, None);
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if line.starts_with('[') {
            in_main = line == "[main]";
            continue;
        }
        if !in_main {
            continue;
        }
        let Some((k, v)) = line.split_once('=') else {
            continue;
        };
        let v = v.trim().to_owned();
        match k.trim() {
            "proxy" => url = Some(v),
            "proxy_username" => user = Some(v),
            "proxy_password" => pass = Some(v),
            _ => {}
        }
    }
    let url = url.filter(|u| !u.is_empty() && u != "_none_")?;
    let creds = user
        .filter(|u| !u.is_empty())
        .map(|u| (u, pass.unwrap_or_default()));
    Some((url, creds))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let m: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| m.get(k).cloned()
    }

    #[test]
    fn order_is_config_env_wgetrc_yum() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(
            d.path().join("yum.conf"),
            "[main]\ncachedir=/var/cache/yum\nproxy=http://yum.example:3128\nproxy_username=u\nproxy_password=p w\n[updates]\nproxy=http://other:1\n",
        )
        .unwrap();
        let none = env(&[]);
        let c = discover("https://stats.example", None, &none, d.path()).unwrap();
        assert_eq!(c.url, "http://yum.example:3128");
        assert_eq!(c.credentials, Some(("u".into(), "p w".into())));
        assert!(c.source.ends_with("yum.conf"), "{}", c.source);

        std::fs::write(
            d.path().join("wgetrc"),
            "# comment\nhttp_proxy = http://wget.example:8080/\n",
        )
        .unwrap();
        let c = discover("https://stats.example", None, &none, d.path()).unwrap();
        assert_eq!(c.url, "http://wget.example:8080/");
        assert_eq!(c.credentials, None);
        assert!(c.source.starts_with("http_proxy in "), "{}", c.source);

        let e = env(&[
            ("HTTPS_PROXY", "http://upper:1"),
            ("http_proxy", "http://plain:2"),
            ("no_proxy", "localhost,.internal"),
        ]);
        let c = discover("https://stats.example", None, &e, d.path()).unwrap();
        assert_eq!(c.url, "http://upper:1");
        assert_eq!(c.no_proxy.as_deref(), Some("localhost,.internal"));
        assert_eq!(c.source, "https_proxy in the environment");
        let c = discover("http://stats.example", None, &e, d.path()).unwrap();
        assert_eq!(c.url, "http://plain:2");

        let c = discover("http://x", Some("http://cfg:3"), &e, d.path()).unwrap();
        assert_eq!(c.url, "http://cfg:3");
        assert_eq!(c.source, "transport.proxy in cep.toml");
    }

    #[test]
    fn off_switches_and_absent_files() {
        let d = tempfile::tempdir().unwrap();
        let none = env(&[]);
        assert_eq!(discover("http://x", None, &none, d.path()), None);
        std::fs::write(
            d.path().join("wgetrc"),
            "http_proxy = http://w:1\nuse_proxy = off\n",
        )
        .unwrap();
        std::fs::write(d.path().join("yum.conf"), "[main]\nproxy=_none_\n").unwrap();
        assert_eq!(discover("http://x", None, &none, d.path()), None);
        let empty = env(&[("http_proxy", "  ")]);
        assert_eq!(discover("http://x", None, &empty, d.path()), None);
    }

    #[test]
    fn wgetrc_prefers_https_proxy_for_https() {
        let (k, v) = wgetrc_proxy("https_proxy=http://s:1\nhttp_proxy=http://h:2\n", true).unwrap();
        assert_eq!((k, v.as_str()), ("https_proxy", "http://s:1"));
        let (k, v) =
            wgetrc_proxy("https_proxy=http://s:1\nhttp_proxy=http://h:2\n", false).unwrap();
        assert_eq!((k, v.as_str()), ("http_proxy", "http://h:2"));
    }
}
