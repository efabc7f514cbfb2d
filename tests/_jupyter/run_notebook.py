#!/usr/bin/python3
"""Execute one notebook in real Jupyter (nbclient + the registered Deno kernel).

Used by tests/jupyter_test.ts. Writes the executed notebook to OUT; cell errors
are kept as error outputs (allow_errors) so the test can report all of them.

The Deno kernel can publish display/stream messages on IOPub shortly *after*
it has reported `status: idle` for the request. nbclient stops collecting a
cell's outputs at idle, so those outputs would be silently dropped (or land
nowhere). GraceClient keeps draining IOPub after idle until it has been quiet
for --grace seconds (at most --grace-max), and files late messages under the
cell that caused them. The number of late messages per cell is recorded in
cell.metadata["late_iopub_messages"] so the quirk stays visible.

usage: run_notebook.py IN.ipynb OUT.ipynb [--kernel deno] [--timeout 600]
                       [--grace 1.0] [--grace-max 10] [--cwd DIR]
"""

import argparse
import asyncio
import os
import sys
from queue import Empty
from time import monotonic

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionComplete
from nbclient.util import ensure_async


class GraceClient(NotebookClient):
    """NotebookClient that keeps reading IOPub for a quiet period after idle."""

    grace = 1.0
    grace_max = 10.0

    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        await super()._async_poll_output_msg(parent_msg_id, cell, cell_index)
        late = 0
        deadline = monotonic() + self.grace_max
        while monotonic() < deadline:
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=self.grace))
            except (Empty, asyncio.TimeoutError):
                break
            if msg["parent_header"].get("msg_id") != parent_msg_id:
                continue
            if msg["msg_type"] not in ("status", "execute_input"):
                late += 1
            try:
                self.process_message(msg, cell, cell_index)
            except CellExecutionComplete:
                pass
        if late:
            cell.metadata["late_iopub_messages"] = late


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--kernel", default="deno")
    parser.add_argument("--timeout", type=int, default=600, help="seconds per cell")
    parser.add_argument("--grace", type=float, default=1.0, help="quiet seconds after idle")
    parser.add_argument("--grace-max", type=float, default=10.0, help="max drain per cell")
    parser.add_argument("--cwd", default=None, help="kernel working directory")
    args = parser.parse_args(argv)

    nb = nbformat.read(args.input, as_version=4)
    client = GraceClient(
        nb,
        kernel_name=args.kernel,
        timeout=args.timeout,
        allow_errors=True,
        record_timing=False,
        # The drain runs inside the output task nbclient waits on with
        # iopub_timeout, so that must cover the longest possible drain.
        iopub_timeout=int(args.grace_max + 30),
        raise_on_iopub_timeout=True,
        resources={"metadata": {"path": args.cwd or os.path.dirname(os.path.abspath(args.input))}},
    )
    client.grace = args.grace
    client.grace_max = args.grace_max
    client.execute()
    nbformat.write(nb, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
