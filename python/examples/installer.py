#!/usr/bin/env python3
"""An installer (an anaconda add-on, say): shows the administrator what cep
would send, asks, records the answer and sends one report, then shows the
ledger line of what left the host.

    PYTHONPATH=python python3 python/examples/installer.py ['{"state_dir": "/tmp/cep"}'] [yes|no]

The first argument is the Agent's options as JSON (default: those of the
cep command); the second answers the question instead of the terminal.
"""

import json
import sys

import cep


def main(argv):
    options = json.loads(argv[1]) if len(argv) > 1 else {}
    options.setdefault("client", {"name": "installer.py", "version": "1.0"})
    try:
        with cep.Agent(**options) as agent:
            preview = agent.call("show")
            for entry in preview["manifest"]["collectors"]:
                print("%-24s %s" % (entry["id"], entry["status"]))
            answer = argv[2] if len(argv) > 2 else input(
                "Send anonymous usage statistics to the OpenVZ project? [y/N] ")
            if not answer.lower().startswith("y"):
                print("reporting disabled: wrote %s" % agent.call("disable"))
                return 0
            agent.call("enable")
            sent = agent.call("send")
            for d in sent["delivery"]["delivered"]:
                print("delivered report %s to %s" % (d["report_id"], d["destination"]))
            for e in agent.call("ledger")["entries"]:
                print("ledger: %s %s %s" % (e["time"], e["report_id"], e["sha256"]))
    except cep.Error as e:
        print("installer: %s (code %d)" % (e.message, e.code), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
