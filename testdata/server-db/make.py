#!/usr/bin/env python3
"""Makes the databases of testdata/server-db/ through a release's own ingest.

Every report goes to that release's real `cep-server` over HTTP; the native
archives are made by that release's `cep collect` from the fixture hosts.
Both programs run under libfaketime, the clock frozen at each seeding date,
so the server stamps each report with that date. See README.md beside this
file for the commands, dates and hosts. Nothing here writes to a database
but the servers, and `finish` (a checkpoint and VACUUM).

Subcommands:
  corpus   make every report of the plan (cep archives, vzstats tarballs)
  seed     upload a corpus to a fresh database, one server run per date
  finish   checkpoint and VACUUM a seeded SQLite file (one file, no WAL)
  capture  save everything a server publishes at a fixed "now" (from a
           copy of an SQLite file: the server may write to what it opens)
  aftermath  on a server that opened an older database: a few new
           reports, then `cep forget` of a host that reported only before,
           each followed by a capture (what the issue's findings describe)
  compare  every published number that differs between two captures'
           api/v1/stats.json (Markdown; clocks left out)
  plan     print the plan (dates, hosts, protocols) as JSON
"""

import argparse
import calendar
import gzip
import hashlib
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tarfile
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
FAKETIME_LIB = "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1"

# The seeding dates (UTC, the server's frozen clock), oldest first. Weeks
# start on Monday; D6 and D7 fall in the same week, D8 in the week of NOW.
DATES = [
    "2026-07-28 10:00:00",  # D0 Tue
    "2026-08-18 10:00:00",  # D1 Tue
    "2026-09-15 10:00:00",  # D2 Tue
    "2026-10-20 10:00:00",  # D3 Tue
    "2026-11-03 10:00:00",  # D4 Tue
    "2026-11-12 10:00:00",  # D5 Thu
    "2026-11-17 10:00:00",  # D6 Tue
    "2026-11-19 10:00:00",  # D7 Thu, the week of D6
    "2026-11-24 10:00:00",  # D8 Tue
]
# The fixed "now" of the published files: after the last report.
NOW = "2026-11-26 12:00:00"

# (group, hosts, protocol, {date index: kind}). Protocols: `cep` (POST
# /api/v1/reports), `disp` (POST /post, form part `report`), `vzstats-cep`
# (a cep archive sent to POST /submit.php), `vzstats` (a vzstats 0.5
# tarball to POST /submit.php). Kinds: a fixture host of testdata/hosts/,
# `vz7-big` (generated, see `make_roots`), or `tarball-a` / `tarball-b`
# (vzstats tarballs, see `vzstats_tarball`).
GROUPS = [
    ("steady", 5, "cep", {d: "vz7" for d in [3, 4, 6, 8]}),
    # vz7 2016 to a current vz7 kernel; the week of D6 and D7 keeps D7's keys.
    ("upgraded", 5, "cep", {0: "vz7-2016", 3: "vz7-2016", 6: "vz7-2016", 7: "vz7-current", 8: "vz7-current"}),
    # Last seen D4: outside the 14-day window of the tables, inside the
    # 61-day window of "active hosts".
    ("legacy", 5, "cep", {d: "openvz-legacy" for d in [1, 3, 4]}),
    ("disp", 5, "disp", {d: "debian" for d in [0, 3, 6, 8]}),
    # First seen D5.
    ("cepvz", 5, "vzstats-cep", {d: "vz7-big" for d in [5, 8]}),
    ("vzstats", 5, "vzstats", {d: "tarball-a" for d in [0, 2, 3, 6, 7, 8]}),
    # Fewer than k hosts: their keys are "other" or "< k".
    ("vzstatsb", 3, "vzstats", {d: "tarball-b" for d in [2, 6]}),
    # Last seen D0: past the default retention (91 days) at D8 and at NOW.
    ("gone", 5, "cep", {0: "vz9"}),
    # Last seen D2: outside the 61-day window, inside the retention.
    ("departed", 5, "disp", {d: "debian" for d in [0, 1, 2]}),
]

ALL = list(range(len(DATES)))

# Uploads sent twice: (date index, host). The repeat must be answered with
# the first receipt and not counted.
REPEATS = [(4, "steady-1"), (3, "disp-1"), (6, "vzstats-1")]
# A vzstats host sending a second, different tarball the same day: a new
# report for a server that derives vzstats ids from the tarball's digest
# (6cf6db6), a repeat for one that derives them from the host and the day.
SECOND_TARBALL = [(6, "vzstats-2")]


def host_id(name):
    """A stable UUID v4 per fixture host name (so every database of this
    directory names the same hosts)."""
    h = hashlib.sha256(f"cep upgrade fixture {name}".encode()).digest()[:16]
    return str(uuid.UUID(bytes=h, version=4))


def plan():
    """Every upload, in order: dicts with date, host, id, protocol, kind."""
    out = []
    for d in ALL:
        for group, n, proto, kinds in GROUPS:
            if d not in kinds:
                continue
            for i in range(1, n + 1):
                name = f"{group}-{i}"
                out.append(
                    {"date": d, "host": name, "id": host_id(name), "protocol": proto, "kind": kinds[d]}
                )
    return out


def faketime_env(at, extra=None):
    env = {
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": os.environ.get("HOME", "/root"),
        "TZ": "UTC",
        "LD_PRELOAD": FAKETIME_LIB,
        "FAKETIME": at,
        # Timers and deadlines keep the real monotonic clock.
        "FAKETIME_DONT_FAKE_MONOTONIC": "1",
    }
    env.update(extra or {})
    return env


# ---------------------------------------------------------------- roots


def make_roots(work):
    """The fixture hosts the plan names, as `--root` directories. Fixture
    hosts are used as committed; `vz7-big` is testdata/hosts/vz7 with about
    251 GiB of memory (MemTotal 263,000,000 kB), a size no fixture has."""
    roots = work / "roots"
    if roots.exists():
        shutil.rmtree(roots)
    roots.mkdir(parents=True)
    fixtures = REPO / "testdata" / "hosts"
    out = {}
    for kind in ["vz7", "vz7-2016", "vz7-current", "vz9", "openvz-legacy", "debian"]:
        out[kind] = fixtures / kind
    big = roots / "vz7-big"
    shutil.copytree(fixtures / "vz7", big, symlinks=True)
    meminfo = big / "fs" / "proc" / "meminfo"
    text = meminfo.read_text()
    lines = [
        "MemTotal:       263000000 kB" if l.startswith("MemTotal:") else l for l in text.splitlines()
    ]
    meminfo.write_text("\n".join(lines) + "\n")
    out["vz7-big"] = big
    return out


# ---------------------------------------------------------------- vzstats


def real(name):
    return (REPO / "testdata" / "real" / name).read_bytes()


# vzstats 0.5.1's report scripts (bin/ of CoolCold/vzstats at 4532059,
# installed in /usr/libexec/vzstats), in the order `find | sort` runs them.
VZSTATS_SCRIPTS = [
    "cpuinfo", "df", "fs", "lsbrelease", "meminfo", "osrelease", "ostemplates", "top-ps",
    "uname", "vzlist", "vzversion-arch", "vzversion-deb", "vzversion-gentoo", "vzversion-rpm",
]


def vzstats_tarball(kind, at):
    """A vzstats 0.5.1 upload as its `vzstats` script makes it: each report
    script's stdout in a member named after it, collect.log with a line per
    script, `tar czf - -C dir .`. Script outputs are the real samples of
    testdata/real and testdata/vzstats (testdata/README.md), shaped as
    cep-server/tests/server.rs's vzstats_tarball shapes them; a script
    whose tool is absent leaves an empty member, as `$S > $OUTDIR/$NAME`
    does. `at` is the run's time: the members' mtime, so each run's
    tarball differs, as a real one does."""
    vzlist = []
    for i, line in enumerate(real("vzlist-aH-plain-vz_tools.txt").decode().splitlines()):
        toks = line.split()
        if len(toks) < 3:
            continue
        layout = "simfs" if i % 2 == 0 else "ploop"
        vswap = "yes" if i < 3 else "no"
        vzlist.append(f"{toks[2]} {layout} {vswap}\n")
    out = {name: b"" for name in VZSTATS_SCRIPTS}
    out.update({
        "meminfo": real("proc-meminfo-openvz-nova-driver.txt"),
        "osrelease": b"==> /etc/redhat-release <==\n"
        + real("etc-redhat-release-virtuozzo-7.3-ansible-testdata.txt"),
        "df": b"Filesystem 1K-blocks Used Available Use% Mounted on\n"
        b"/dev/sda3 103081248 20481232 77356752 21% /vz\n",
        "fs": b"ext4\n",
        "vzlist": "".join(vzlist).encode(),
    })
    if kind == "tarball-a":
        out["uname"] = b"2.6.32-042stab145.3 x86_64\n"
        out["cpuinfo"] = real("proc-cpuinfo-openvz-nova-driver.txt")
        out["vzversion-rpm"] = (REPO / "testdata/vzstats/vzversion-rpm.txt").read_bytes()
        out["ostemplates"] = b"centos-6-x86_64\ncentos-6-x86_64\ndebian-7.0-x86_64\n"
    elif kind == "tarball-b":
        out["uname"] = b"2.6.32-042stab134.8 x86_64\n"
        out["cpuinfo"] = real("vz_tools-host-cpuinfo.txt")
        out["vzversion-deb"] = (REPO / "testdata/vzstats/vzversion-deb-dpkg1.16.txt").read_bytes()
        out["ostemplates"] = b"debian-7.0-x86_64\nubuntu-12.04-x86_64\n"
    else:
        raise ValueError(kind)
    log = "== vzstats 0.5.1 ==\n" + "".join(
        f"== executing /usr/libexec/vzstats/{n} ==\n" for n in VZSTATS_SCRIPTS
    )
    members = [("./collect.log", log.encode())] + [(f"./{n}", out[n]) for n in VZSTATS_SCRIPTS]
    mtime = calendar.timegm(time.strptime(at, "%Y-%m-%d %H:%M:%S"))
    buf = io.BytesIO()
    # gzip reading from tar's pipe records no name and no time.
    with gzip.GzipFile(filename="", fileobj=buf, mode="wb", mtime=0) as gz:
        with tarfile.open(fileobj=gz, mode="w", format=tarfile.GNU_FORMAT) as tar:
            d = tarfile.TarInfo("./")
            d.type = tarfile.DIRTYPE
            d.mode = 0o700  # mktemp -d
            d.mtime = mtime
            d.uname = d.gname = "root"
            tar.addfile(d)
            for name, data in members:
                t = tarfile.TarInfo(name)
                t.size = len(data)
                t.mode = 0o644
                t.mtime = mtime
                t.uname = t.gname = "root"
                tar.addfile(t, io.BytesIO(data))
    return buf.getvalue()


# ---------------------------------------------------------------- corpus


def cep_collect(cep, root, state, sysconf, out, at):
    r = subprocess.run(
        [cep, "--state-dir", str(state), "--sysconf-dir", str(sysconf),
         "--config", str(sysconf / "cep.toml"), "collect", "--root", str(root), "--output", str(out)],
        env=faketime_env(at),
        capture_output=True,
        text=True,
    )
    if r.returncode != 0:
        sys.exit(f"cep collect --root {root} failed ({r.returncode}):\n{r.stdout}{r.stderr}")
    return r.stdout


def host_dirs(base, name, config=""):
    """A fresh state directory and sysconf directory for host `name` under
    `base`: cep adopts the vzstats id file, so the host's id is the plan's
    stable id."""
    d = base / name
    if d.exists():
        shutil.rmtree(d)
    (d / "etc-vz").mkdir(parents=True)
    (d / "state").mkdir()
    (d / "etc-vz" / ".vzstats-uuid").write_text(host_id(name) + "\n")
    (d / "etc-vz" / "cep.toml").write_text(config)
    return d / "state", d / "etc-vz"


def sqlite_copy(src, dst):
    """`dst` as a fresh copy of the SQLite file `src` (no stale WAL files)."""
    for suffix in ["", "-wal", "-shm"]:
        Path(str(dst) + suffix).unlink(missing_ok=True)
    shutil.copyfile(src, dst)
    return str(dst)


def manifest(path):
    with tarfile.open(path, "r:gz") as t:
        return json.load(t.extractfile("manifest.json"))


def cmd_corpus(a):
    work = Path(a.work).resolve()
    corpus = work / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    corpus.mkdir(parents=True)
    roots = make_roots(work)
    hosts = work / "hosts"
    if hosts.exists():
        shutil.rmtree(hosts)
    cep = str(Path(a.bin) / "cep")
    entries = []
    for n, p in enumerate(plan()):
        at = DATES[p["date"]]
        f = corpus / f"{n:04d}-D{p['date']}-{p['host']}"
        if p["protocol"] == "vzstats":
            f = f.with_suffix(".vzstats.tar.gz")
            f.write_bytes(vzstats_tarball(p["kind"], at))
        else:
            state, sysconf = hosts / p["host"] / "state", hosts / p["host"] / "etc-vz"
            if not sysconf.exists():
                host_dirs(hosts, p["host"])
            f = f.with_suffix(".tar.gz")
            cep_collect(cep, roots[p["kind"]], state, sysconf, f, at)
            m = manifest(f)
            if m["client_id"] != p["id"]:
                sys.exit(f"{f}: client_id {m['client_id']}, expected {p['id']}")
            p["report_id"] = m["report_id"]
            p["created_at"] = m["created_at"]
        p["file"] = f.name
        entries.append(p)
        for d, h in SECOND_TARBALL:
            if (d, h) == (p["date"], p["host"]):
                g = corpus / f"{n:04d}-D{p['date']}-{p['host']}-second.vzstats.tar.gz"
                later = at.replace("10:00:00", "11:00:00")
                g.write_bytes(vzstats_tarball(p["kind"], later))
                entries.append(dict(p, file=g.name, second=True))
        print(f"{p['file']}", file=sys.stderr)
    (corpus / "plan.json").write_text(json.dumps(entries, indent=1) + "\n")


# ---------------------------------------------------------------- upload


def multipart(fields):
    boundary = "cepfixture" + hashlib.sha256(repr(fields).encode()).hexdigest()[:24]
    body = b""
    for name, value, filename in fields:
        body += f"--{boundary}\r\n".encode()
        if filename:
            body += (
                f'Content-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                "Content-Type: application/octet-stream\r\n\r\n"
            ).encode()
        else:
            body += f'Content-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
        body += value + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def http(method, url, body=None, headers=None):
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def upload(base, p, data):
    if p["protocol"] == "cep":
        return http("POST", f"{base}/api/v1/reports", data, {
            "Content-Type": "application/gzip",
            "Cep-Client-Id": p["id"],
            "Cep-Report-Id": p["report_id"],
        })
    if p["protocol"] == "disp":
        body, ct = multipart([("report", data, "report.tar.gz")])
        return http("POST", f"{base}/post", body, {"Content-Type": ct})
    body, ct = multipart([("uuid", p["id"].encode(), None), ("file", data, "vzstats.tar.gz")])
    return http("POST", f"{base}/submit.php", body, {"Content-Type": ct})


class Server:
    """A cep-server under a frozen clock; stopped with SIGINT (its ctrl-c)."""

    def __init__(self, exe, db, at, port, log, extra=()):
        self.log = open(log, "ab")
        self.log.write(f"\n== {exe} --db {db} at {at}\n".encode())
        self.log.flush()
        self.p = subprocess.Popen(
            [exe, "--listen", f"127.0.0.1:{port}", "--db", db, *extra],
            stdout=subprocess.PIPE,
            stderr=self.log,
            env=faketime_env(at, {"CEP_SERVER_LOG": "info", "NO_COLOR": "1"}),
        )
        line = self.p.stdout.readline().decode()
        if "listening on" not in line:
            self.p.wait(timeout=10)
            sys.exit(f"{exe} did not start (see {log}): {line!r}")
        self.url = line.split()[3].rstrip("/")
        # A server with retention starts its purge at once, in steps that
        # yield to requests: let it finish first, so what the database
        # holds does not depend on timing.
        time.sleep(2)

    def stop(self):
        self.p.send_signal(signal.SIGINT)
        try:
            rc = self.p.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.p.kill()
            rc = self.p.wait()
        self.log.close()
        if rc != 0:
            sys.exit(f"the server exited with {rc}")


def iso(at):
    return at.replace(" ", "T") + "Z"


def cmd_seed(a):
    corpus = Path(a.corpus).resolve()
    entries = json.loads((corpus / "plan.json").read_text())
    exe = str(Path(a.bin) / "cep-server")
    uploads = []
    for d in ALL:
        at = DATES[d]
        todo = [e for e in entries if e["date"] == d]
        s = Server(exe, a.db, at, a.port, a.log, a.server_arg)
        try:
            for e in todo:
                data = (corpus / e["file"]).read_bytes()
                answers = []
                for i in range(2 if (d, e["host"]) in REPEATS else 1):
                    status, _, body = upload(s.url, e, data)
                    for _ in range(30):
                        if status != 429:
                            break
                        time.sleep(2)
                        status, _, body = upload(s.url, e, data)
                    r = json.loads(body)
                    # A repeat gets the first receipt; a second tarball the
                    # same day is a new report or a repeat, by release.
                    expect = (200,) if i == 1 else (200, 201) if e.get("second") else (201,)
                    if status not in expect:
                        sys.exit(f"{e['file']} (send {i + 1}): {status} {r}")
                    # The frozen clock took effect: the server stamped the date.
                    if status == 201 and r["received_at"] != iso(at):
                        sys.exit(f"{e['file']}: received_at {r['received_at']}, expected {iso(at)}")
                    answers.append({"status": status, **r})
                uploads.append({
                    "at": iso(at), "date": f"D{d}", "host": e["host"], "host_id": e["id"],
                    "protocol": e["protocol"], "kind": e["kind"], "file": e["file"],
                    "answers": answers,
                })
        finally:
            s.stop()
        print(f"D{d} {at}: {len(todo)} uploads", file=sys.stderr)
    Path(a.uploads).write_text(json.dumps(uploads, indent=1) + "\n")


# ---------------------------------------------------------------- capture


def save(out, path, status, headers, body, index):
    if path == "/":
        name = "index.html"
    elif path == "/metrics":
        name = "metrics.txt"
    elif path.startswith("/api/"):
        name = path.lstrip("/")
        if not name.endswith((".json", ".csv")):
            name += ".json"
    else:
        name = path.lstrip("/") + ".html"
    f = out / name
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_bytes(body)
    index.append({"path": path, "status": status,
                  "content_type": headers.get("content-type") or headers.get("Content-Type"),
                  "file": name})


def cmd_finish(a):
    c = sqlite3.connect(a.db)
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    c.execute("VACUUM")
    c.close()


def cmd_capture(a):
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    exe = str(Path(a.bin) / "cep-server")
    db = a.db
    if not db.startswith("postgres"):
        db = sqlite_copy(a.db, Path(a.log).with_suffix(".capture.db"))
    s = Server(exe, db, a.now, a.port, a.log, a.server_arg)
    try:
        capture_all(s.url, out, a.now, a.release)
    finally:
        s.stop()


def capture_all(url, out, now, label):
    """GETs every publishing path the server has into `out`, with an
    INDEX.json (path, status, content type, file; paths it does not serve)."""
    index = []
    missing = []
    paths = ["/api/v1/stats", "/"]
    status, headers, body = http("GET", f"{url}/api/v1/tables")
    if status == 200:
        paths.append("/api/v1/tables")
        for t in json.loads(body)["tables"]:
            for k in ["json", "csv", "trend_json", "trend_csv"]:
                if k in t:
                    paths.append(t[k])
        paths += ["/metrics", "/api/v1/policy", "/privacy",
                  "/virtualization", "/containers", "/vms", "/hardware", "/software", "/countries"]
    else:
        missing.append({"path": "/api/v1/tables", "status": status})
        for p in ["/metrics", "/api/v1/policy"]:
            status, _, _ = http("GET", f"{url}{p}")
            missing.append({"path": p, "status": status})
    for p in paths:
        status, headers, body = http("GET", f"{url}{p}")
        if status != 200:
            sys.exit(f"GET {p}: {status} {body[:200]!r}")
        save(out, p, status, headers, body, index)
    (out / "INDEX.json").write_text(json.dumps(
        {"now": iso(now), "server": label, "files": index, "not_served": missing}, indent=1) + "\n")


# The aftermath: new hosts reporting once after the upgrade, and a host of
# the plan that reported only before it, forgotten afterwards.
AFTER_HOSTS = [f"after-{i}" for i in range(1, 6)]
AFTER_KIND = "vz7"
FORGET = "steady-1"
# Longer than the server's --stats-cache-ms (default 1000): a capture
# after a change must not get the stats computed before it.
STATS_CACHE = 1.5


def cmd_aftermath(a):
    """Runs the new release's server on a copy of an older database at
    `--at`: captures what it publishes as opened, after AFTER_HOSTS sent a
    report each (made by the new release's `cep collect`), and after
    `cep forget` of FORGET (the new release's `cep`, over HTTP)."""
    work = Path(a.work).resolve()
    out = Path(a.out).resolve()
    if out.exists():
        shutil.rmtree(out)
    work.mkdir(parents=True, exist_ok=True)
    db = sqlite_copy(a.db, work / "aftermath.db")
    roots = make_roots(work)
    cep = str(Path(a.bin) / "cep")
    s = Server(str(Path(a.bin) / "cep-server"), db, a.at, a.port, a.log)
    try:
        capture_all(s.url, out / "opened", a.at, "opened")
        for h in AFTER_HOSTS:
            state, sysconf = host_dirs(work / "after", h)
            f = state.parent / "report.tar.gz"
            cep_collect(cep, roots[AFTER_KIND], state, sysconf, f, a.at)
            m = manifest(f)
            status, _, body = upload(s.url, {"protocol": "cep", "id": m["client_id"],
                                             "report_id": m["report_id"]}, f.read_bytes())
            if status != 201:
                sys.exit(f"{h}: {status} {body!r}")
        time.sleep(STATS_CACHE)
        capture_all(s.url, out / "after-new-reports", a.at, "after new reports")
        state, sysconf = host_dirs(
            work / "after", FORGET, f'[transport]\ntype = "http"\nurl = "{s.url}"\nprotocol = "cep"\n'
        )
        r = subprocess.run(
            [cep, "--state-dir", str(state), "--sysconf-dir", str(sysconf),
             "--config", str(sysconf / "cep.toml"), "forget", "--json"],
            env=faketime_env(a.at), capture_output=True, text=True)
        (out / "forget.json").write_text(r.stdout)
        if r.returncode != 0:
            sys.exit(f"cep forget failed ({r.returncode}): {r.stdout}{r.stderr}")
        time.sleep(STATS_CACHE)
        capture_all(s.url, out / f"after-forget-{FORGET}", a.at, f"after cep forget of {FORGET}")
    finally:
        s.stop()


# Fields that are the server's clock, not data: left out of comparisons.
CLOCKS = {"generated_at"}


def flatten(stats):
    """/api/v1/stats as {path: value}: one path per published number, buckets
    and trend series by key, weeks by date (either release's shape)."""
    out = {}
    for k, v in stats.items():
        if k in CLOCKS or k in ("general", "distributions", "growth"):
            continue
        out[k] = v
    for k, v in stats["general"].items():
        out[f"general.{k}"] = v
    for w in stats["growth"]:
        for k, v in w.items():
            if k != "week":
                out[f"growth[{w['week']}].{k}"] = v
    for d in stats["distributions"]:
        n = d["name"]
        for k in ("reporting_hosts", "reporting_units"):
            if k in d:
                out[f"{n}.{k}"] = d[k]
        for b in d["buckets"]:
            for k, v in b.items():
                if k != "key":
                    out[f"{n}[{b['key']}].{k}"] = v
        t = d.get("trend")
        if t:
            for i, w in enumerate(t["weeks"]):
                if t["reporting_hosts"][i] is not None:
                    out[f"{n}.trend[{w}].reporting_hosts"] = t["reporting_hosts"][i]
                for s in t["series"]:
                    if s["hosts"][i] is not None:
                        out[f"{n}.trend[{w}][{s['key']}]"] = s["hosts"][i]
    return out


def cmd_compare(a):
    old = flatten(json.loads(Path(a.a).read_text()))
    new = flatten(json.loads(Path(a.b).read_text()))
    na, nb = a.name_a, a.name_b
    # Not published (absent) and published as null say the same.
    old = {p: v for p, v in old.items() if v is not None}
    new = {p: v for p, v in new.items() if v is not None}
    same = [p for p in old if p in new and old[p] == new[p]]
    print(f"{len(same)} numbers equal, {len(set(old) | set(new)) - len(same)} differ "
          f"({na} → {nb}; `-`: not published or null):")
    group = None
    for p in sorted(set(old) | set(new), key=lambda p: (p.split(".")[0].split("[")[0], p)):
        if p in old and p in new and old[p] == new[p]:
            continue
        g = p.split(".")[0].split("[")[0]
        if g != group:
            print(f"\n**{g}**\n")
            group = g
        print(f"- `{p}`: {json.dumps(old[p]) if p in old else '-'} → "
              f"{json.dumps(new[p]) if p in new else '-'}")


def cmd_plan(_a):
    print(json.dumps({"dates": DATES, "now": NOW, "uploads": plan()}, indent=1))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("corpus")
    c.add_argument("--bin", required=True, help="the release's target/release directory")
    c.add_argument("--work", required=True)
    s = sub.add_parser("seed")
    s.add_argument("--bin", required=True)
    s.add_argument("--corpus", required=True)
    s.add_argument("--db", required=True, help="SQLite path or postgres:// URL")
    s.add_argument("--port", type=int, default=18471)
    s.add_argument("--log", required=True)
    s.add_argument("--uploads", required=True, help="where to write each upload and its answers (JSON)")
    s.add_argument("--server-arg", action="append", default=[])
    p = sub.add_parser("capture")
    p.add_argument("--bin", required=True)
    p.add_argument("--release", required=True)
    p.add_argument("--db", required=True)
    p.add_argument("--now", default=NOW)
    p.add_argument("--out", required=True)
    p.add_argument("--port", type=int, default=18472)
    p.add_argument("--log", required=True)
    p.add_argument("--server-arg", action="append", default=[])
    f = sub.add_parser("finish")
    f.add_argument("--db", required=True)
    m = sub.add_parser("aftermath")
    m.add_argument("--bin", required=True, help="the new release's target/release directory")
    m.add_argument("--db", required=True, help="the older release's SQLite file (copied)")
    m.add_argument("--work", required=True)
    m.add_argument("--at", default=NOW)
    m.add_argument("--out", required=True)
    m.add_argument("--port", type=int, default=18473)
    m.add_argument("--log", required=True)
    c2 = sub.add_parser("compare")
    c2.add_argument("a", help="a capture's api/v1/stats.json")
    c2.add_argument("b")
    c2.add_argument("--name-a", default="A")
    c2.add_argument("--name-b", default="B")
    sub.add_parser("plan")
    a = ap.parse_args()
    {
        "corpus": cmd_corpus, "seed": cmd_seed, "finish": cmd_finish, "capture": cmd_capture,
        "aftermath": cmd_aftermath, "compare": cmd_compare, "plan": cmd_plan,
    }[a.cmd](a)

if __name__ == "__main__":
    main()
