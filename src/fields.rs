//! `cep accept` and `cep never-send`: the two ways to end the notice of
//! a field new to this host (see [`crate::notice`]).

use std::path::PathBuf;

use serde::Serialize;

use crate::agent::Agent;
use crate::error::{Error, Result};
use crate::notice::WaitingField;

/// What `cep accept` did.
#[derive(Debug, Clone, Serialize)]
pub struct Accepted {
    /// The fields now cleared: the next report sends them.
    pub accepted: Vec<WaitingField>,
    /// The fields still waiting.
    pub waiting: Vec<WaitingField>,
}

/// What `cep never-send` wrote.
#[derive(Debug, Clone, Serialize)]
pub struct NeverSent {
    /// The configuration file changed.
    pub config_file: PathBuf,
    /// The collector.
    pub collector: String,
    /// The field (`None`: the whole collector, turned off).
    pub field: Option<String>,
    /// The setting written, as it reads in the file.
    pub setting: String,
}

impl Agent {
    /// `cep accept [FIELD...]`: ends the notice of the waiting fields
    /// named (`os.kernel.release`, or a collector id for all of its
    /// fields), or of all of them; the next report sends them. A name that
    /// is not waiting is an error that changes nothing.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// let agent = cep::Agent::builder()
    ///     .sysconf_dir(dir.path().join("etc"))
    ///     .state_dir(dir.path().join("state"))
    ///     .build()?;
    /// // Nothing waits on a host that reports to a file.
    /// assert!(agent.accept(&[])?.accepted.is_empty());
    /// assert!(agent.accept(&["os.kernel.release".into()]).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn accept(&self, names: &[String]) -> Result<Accepted> {
        let policy = self.current_policy().policy;
        let Some(policy) = policy else {
            return match names.first() {
                None => Ok(Accepted {
                    accepted: Vec::new(),
                    waiting: Vec::new(),
                }),
                Some(n) => Err(not_waiting(n, &[])),
            };
        };
        let Some(_lock) = crate::lock::run_lock(&self.config.state_dir)? else {
            return Err(Error::Invalid {
                message: format!(
                    "a cep run holds {}; try again when it is done",
                    self.config.state_dir.join("lock").display()
                ),
            });
        };
        let mut plan = self.notice_plan(&policy, self.now())?;
        for n in names {
            if !plan
                .waiting
                .iter()
                .any(|w| *n == w.name() || *n == w.collector)
            {
                return Err(not_waiting(n, &plan.waiting));
            }
        }
        let accepted = plan.accept((!names.is_empty()).then_some(names));
        if !accepted.is_empty() {
            crate::notice::save(&self.fields_file(), &plan.next)?;
        }
        Ok(Accepted {
            accepted,
            waiting: plan.waiting,
        })
    }

    /// `cep never-send FIELD`: writes the field into cep.toml so that it
    /// never leaves this host (`[collectors."<id>"] never_send`, editing
    /// the file in place, comments kept); a collector id alone turns the
    /// collector off (`enabled = false`). Takes effect for the next
    /// report; a field unknown to every collector is an error.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// # std::fs::create_dir(dir.path().join("etc"))?;
    /// # std::fs::write(dir.path().join("etc/cep.toml"), "# mine\nenabled = true\n")?;
    /// let agent = cep::Agent::builder()
    ///     .sysconf_dir(dir.path().join("etc"))
    ///     .state_dir(dir.path().join("state"))
    ///     .build()?;
    /// let w = agent.never_send("os.kernel.release")?;
    /// assert_eq!(w.setting, "never_send = [\"release\"]");
    /// let text = std::fs::read_to_string(dir.path().join("etc/cep.toml"))?;
    /// assert!(text.starts_with("# mine\n") && text.contains("[collectors.\"os.kernel\"]"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn never_send(&self, name: &str) -> Result<NeverSent> {
        let collector = self
            .known
            .iter()
            .filter(|c| name == c.id() || name.starts_with(&format!("{}.", c.id())))
            .max_by_key(|c| c.id().len())
            .ok_or_else(|| Error::Invalid {
                message: format!(
                    "`{name}` names no field of a collector: write <collector>.<field> as `cep inventory` lists them (os.kernel.release), or a collector id"
                ),
            })?;
        let id = collector.id().to_owned();
        let field = name
            .strip_prefix(&id)
            .and_then(|r| r.strip_prefix('.'))
            .map(str::to_owned);
        if let Some(f) = &field
            && !collector.fields().iter().any(|d| d.name == f.as_str())
        {
            return Err(Error::Invalid {
                message: format!("`{f}` is not a field of {id}; `cep inventory` lists its fields"),
            });
        }
        let path = self.config_file();
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(source) => {
                return Err(Error::Invalid {
                    message: format!("cannot read {}: {source}", path.display()),
                });
            }
        };
        let (edited, setting) =
            edit_config(&text, &id, field.as_deref()).map_err(|why| Error::Invalid {
                message: format!("cannot edit {}: {why}", path.display()),
            })?;
        let mode = std::fs::metadata(&path)
            .map(|m| std::os::unix::fs::PermissionsExt::mode(&m.permissions()) & 0o7777)
            .unwrap_or(0o644);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|source| Error::Write {
                path: path.clone(),
                source,
            })?;
        }
        cep_core::fsutil::atomic_write(&path, edited.as_bytes(), mode).map_err(|source| {
            Error::Write {
                path: path.clone(),
                source,
            }
        })?;
        Ok(NeverSent {
            config_file: path,
            collector: id,
            field,
            setting,
        })
    }
}

fn not_waiting(name: &str, waiting: &[WaitingField]) -> Error {
    let names: Vec<String> = waiting.iter().map(WaitingField::name).collect();
    Error::Invalid {
        message: if names.is_empty() {
            format!("`{name}` is not waiting: no field waits for its notice")
        } else {
            format!(
                "`{name}` is not waiting; the fields that wait: {}",
                names.join(", ")
            )
        },
    }
}

/// cep.toml with `field` of `id` added to its `never_send` (or, with no
/// field, the collector turned off), everything else as it was; and the
/// setting as it reads.
fn edit_config(
    text: &str,
    id: &str,
    field: Option<&str>,
) -> std::result::Result<(String, String), String> {
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(|e| format!("{e}"))?;
    let collectors = doc
        .entry("collectors")
        .or_insert_with(|| {
            let mut t = toml_edit::Table::new();
            t.set_implicit(true);
            toml_edit::Item::Table(t)
        })
        .as_table_like_mut()
        .ok_or("`collectors` is not a table")?;
    let table = collectors
        .entry(id)
        .or_insert(toml_edit::table())
        .as_table_like_mut()
        .ok_or_else(|| format!("`collectors.\"{id}\"` is not a table"))?;
    let setting = match field {
        None => {
            table.insert("enabled", toml_edit::value(false));
            "enabled = false".to_owned()
        }
        Some(f) => {
            let list = table
                .entry("never_send")
                .or_insert(toml_edit::value(toml_edit::Array::new()))
                .as_array_mut()
                .ok_or_else(|| format!("`collectors.\"{id}\".never_send` is not a list"))?;
            if !list.iter().any(|v| v.as_str() == Some(f)) {
                list.push(f);
            }
            let items: Vec<String> = list
                .iter()
                .filter_map(|v| v.as_str())
                .map(|v| toml_edit::Value::from(v).to_string().trim().to_owned())
                .collect();
            format!("never_send = [{}]", items.join(", "))
        }
    };
    Ok((doc.to_string(), setting.trim().to_owned()))
}

#[cfg(test)]
mod tests {
    use super::edit_config;

    #[test]
    fn editing_keeps_comments_and_settings() {
        let text = "# site settings\nenabled = true # yes\n\n[collectors.\"hw.memory\"]\nschedule = \"daily 13:00\" # lunch\n";
        let (out, s) = edit_config(text, "hw.memory", Some("swap_used_bytes")).unwrap();
        assert_eq!(s, "never_send = [\"swap_used_bytes\"]");
        assert!(
            out.starts_with("# site settings\nenabled = true # yes\n"),
            "{out}"
        );
        assert!(out.contains("schedule = \"daily 13:00\" # lunch"), "{out}");
        let (out, s) = edit_config(&out, "hw.memory", Some("ksm_pages_shared")).unwrap();
        assert_eq!(
            s,
            "never_send = [\"swap_used_bytes\", \"ksm_pages_shared\"]"
        );
        let (out, _) = edit_config(&out, "example.onboot", None).unwrap();
        let v: toml::Value = toml::from_str(&out).unwrap();
        assert_eq!(
            v["collectors"]["example.onboot"]["enabled"].as_bool(),
            Some(false)
        );
        assert_eq!(
            v["collectors"]["hw.memory"]["never_send"]
                .as_array()
                .unwrap()
                .len(),
            2
        );
        assert!(edit_config("collectors = 3\n", "hw.memory", Some("x")).is_err());
    }
}
