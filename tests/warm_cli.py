"""``python -m articlecast`` in a process forked from a warm one: the tests' :func:`conftest.run_cli`.

A fresh interpreter spends about a second (two cores shared) importing articlecast before a
command does anything; the suite runs ``python -m articlecast`` a few hundred times. This server
imports the CLI and what a build imports once, then forks a child per command. The child is a
real process of its own, as ``python -m articlecast`` would be: its own working folder,
environment, ``sys.path`` (working folder first, then ``PYTHONPATH``), argv, standard streams
(files, not a terminal), exit code and exit-time handlers; a crash or a hang stays in it. Only the
imports are not done again, and every child shares the server's hash seed.

Tests that are about what a fresh process does (what it imports, byte-identical output from
processes with their own hash seeds, signals, interpreter start-up) do not use it: they start
``python -m articlecast`` themselves, or call ``run_cli(..., fresh=True)``.

Protocol, one JSON line each way per command, over two pipes: the request ``{"args", "cwd",
"env", "stdout", "stderr"}`` (the last two: files the child writes), answered with ``{"pid"}`` as
soon as the child is forked and ``{"status"}`` (as ``os.waitstatus_to_exitcode``) when it ends.
"""

from __future__ import annotations

import atexit
import json
import os
import runpy
import sys
import threading
import traceback

PRELOAD = ("articlecast.cli", "articlecast.pipeline.batch", "articlecast.pipeline.inputs", "articlecast.pipeline.processes")
"""What the build command imports in its own process (the workers are spawned afresh, as always)."""


def serve(requests: int, answers: int) -> None:
    """Answer commands until the request pipe closes (the test session ended)."""
    import importlib

    for module in PRELOAD:
        importlib.import_module(module)
    base = [path for path in sys.path[1:] if path not in _pythonpath(os.environ) and path != os.path.dirname(__file__)]
    incoming = os.fdopen(requests, "r", encoding="utf-8")
    outgoing = os.fdopen(answers, "w", encoding="utf-8", buffering=1)
    for line in incoming:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            incoming.close()
            outgoing.close()
            _child(request, base)  # never returns
        outgoing.write(json.dumps({"pid": pid}) + "\n")
        _, status = os.waitpid(pid, 0)
        outgoing.write(json.dumps({"status": os.waitstatus_to_exitcode(status)}) + "\n")


def _pythonpath(env) -> list[str]:
    return [os.path.abspath(path) for path in env.get("PYTHONPATH", "").split(os.pathsep) if path]


def _child(request: dict, base: list[str]) -> None:
    code = 1
    try:
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        sys.path[:] = [os.getcwd(), *_pythonpath(request["env"]), *base]
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        for fd, path in ((1, request["stdout"]), (2, request["stderr"])):
            target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(target, fd)
            os.close(target)
        sys.argv = ["articlecast", *request["args"]]
        try:
            runpy.run_module("articlecast", run_name="__main__", alter_sys=True)
            code = 0
        except SystemExit as stop:
            if stop.code is None:
                code = 0
            elif isinstance(stop.code, int):
                code = stop.code
            else:
                print(stop.code, file=sys.stderr)
                code = 1
        except BaseException:
            traceback.print_exc()
            code = 1
        threading._shutdown()  # as the interpreter does at exit: wait for the threads, then the handlers
        atexit._run_exitfuncs()
    except BaseException:
        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code & 0xFF)

