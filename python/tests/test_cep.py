"""The cep package over the built library: run by cep-ffi's tests
(`cargo test -p cep-ffi`) with CEP_LIBRARY and CEP_TEST_FIXTURE set, or by
hand:

    CEP_LIBRARY=target/debug/libcep.so.0 CEP_TEST_FIXTURE=testdata/hosts/vz7 \\
        PYTHONPATH=python python3 -m unittest discover -s python/tests
"""

import json
import os
import shutil
import tempfile
import threading
import unittest

import cep

FIXTURE = os.environ.get("CEP_TEST_FIXTURE", "testdata/hosts/vz7")

SPEC = {
    "id": "python.installer",
    "description": "How this host was installed",
    "schedule": "daily 13:00",
    "fields": [
        {"field": "mode", "type": "string", "value": "enum: express, custom",
         "meaning": "Installation mode"},
        {"field": "note", "type": "string", "value": "free text",
         "meaning": "The installer's last log line"},
    ],
}


class AgentTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        os.mkdir(os.path.join(self.dir, "etc"))
        out = os.path.join(self.dir, "out.tar.gz")
        with open(os.path.join(self.dir, "etc", "cep.toml"), "w") as f:
            f.write('[scripts]\nschedule = "off"\n[transport]\ntype = "file"\npath = "%s"\n' % out)
        self.options = {
            "sysconf_dir": os.path.join(self.dir, "etc"),
            "state_dir": os.path.join(self.dir, "state"),
            "root": FIXTURE,
            "client": {"name": "test_cep.py", "version": "1"},
        }

    def tearDown(self):
        shutil.rmtree(self.dir)

    def test_version_is_the_librarys(self):
        self.assertRegex(cep.version(), r"^\d+\.\d+\.\d+")

    def test_id_is_made_once_and_kept(self):
        with cep.Agent(**self.options) as agent:
            host_id = agent.call("id")
            self.assertRegex(host_id, r"^[0-9a-f-]{36}$")
            self.assertEqual(agent.call("status")["host_id"], host_id)
        with open(os.path.join(self.dir, "state", "host-id")) as f:
            self.assertEqual(f.read().strip(), host_id)

    def test_send_once_and_read_the_ledger(self):
        with cep.Agent(**self.options) as agent:
            dry = agent.call("send", dry_run=True)
            self.assertEqual(dry["outcome"], "dry_run")
            sent = agent.call("send")
            self.assertEqual(sent["outcome"], "sent")
            entries = agent.call("ledger")["entries"]
            self.assertEqual([e["report_id"] for e in entries],
                             [sent["delivery"]["delivered"][0]["report_id"]])

    def test_errors_carry_the_code_and_message(self):
        agent = cep.Agent(**self.options)
        with self.assertRaises(cep.Error) as e:
            agent.call("shw")
        self.assertEqual(e.exception.code, cep.ERR_USAGE)
        self.assertIn("unknown command `shw`", e.exception.message)
        with self.assertRaises(cep.Error) as e:
            agent.call("send", dryrun=True)
        self.assertIn("`send` has no option `dryrun`: it takes dry_run", str(e.exception))
        agent.close()
        with self.assertRaises(cep.Error):
            agent.call("id")
        with self.assertRaises(cep.Error) as e:
            cep.Agent(statedir="/tmp")
        self.assertEqual(e.exception.code, cep.ERR_USAGE)
        self.assertIn("unknown field `statedir`", e.exception.message)

    def test_disabled_is_its_own_error_with_the_document(self):
        with cep.Agent(**self.options) as agent:
            agent.call("disable")
            with self.assertRaises(cep.Disabled) as e:
                agent.call("send")
            self.assertEqual(e.exception.code, cep.DISABLED)
            self.assertEqual(e.exception.document["outcome"], "disabled")
            self.assertIn("cep-disable", e.exception.document["reason"])

    def test_a_python_collector_is_listed_run_and_guarded(self):
        with cep.Agent(**self.options) as agent:
            seen = []

            def collect():
                seen.append(threading.current_thread() is not threading.main_thread())
                return {"mode": "custom", "note": "fetched from 10.1.2.3"}

            agent.add_collector(SPEC, collect)
            listed = [r for r in agent.call("list") if r["id"] == "python.installer"]
            self.assertEqual(listed[0]["schedule"], "daily 13:00")
            rows = [r for r in agent.call("inventory") if r["collector"] == "python.installer"]
            self.assertEqual([r["field"] for r in rows], ["mode", "note"])
            show = agent.call("show")
            self.assertEqual(show["sections"]["python.installer"],
                             {"mode": "custom", "note": "fetched from <ipv4>"})
            self.assertEqual(seen, [True])

    def test_a_failing_python_collector_costs_only_its_section(self):
        with cep.Agent(**self.options) as agent:
            def broken():
                raise RuntimeError("no install log")

            def off_its_kinds():
                return {"mode": "turbo"}

            agent.add_collector(SPEC, broken)
            spec = dict(SPEC, id="python.kinds")
            agent.add_collector(json.dumps(spec), off_its_kinds)
            entries = {e["id"]: e for e in agent.call("show")["manifest"]["collectors"]}
            self.assertEqual(entries["python.installer"]["status"], "error")
            self.assertIn("RuntimeError: no install log", entries["python.installer"]["error"])
            self.assertEqual(entries["python.kinds"]["status"], "error")
            self.assertIn("field `mode`", entries["python.kinds"]["error"])
            self.assertEqual(entries["os.kernel"]["status"], "ok")
            with self.assertRaises(cep.Error) as e:
                agent.add_collector(SPEC, broken)
            self.assertIn("registered twice", e.exception.message)

    def test_calls_from_threads_share_one_agent(self):
        with cep.Agent(**self.options) as agent:
            ids = []
            lock = threading.Lock()

            def worker():
                host_id = agent.call("id")
                with lock:
                    ids.append(host_id)

            threads = [threading.Thread(target=worker) for _ in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            self.assertEqual(len(ids), 8)
            self.assertEqual(len(set(ids)), 1)


if __name__ == "__main__":
    unittest.main()
