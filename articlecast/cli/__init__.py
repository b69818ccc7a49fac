"""The ``articlecast`` command: a thin layer over the library (:mod:`articlecast.pipeline` and the stages).

Heavy modules are imported inside the commands so that ``--help`` stays fast.
"""

from __future__ import annotations

import logging
import os
import sys

import click

from .common import configure_logging, logging_options


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="articlecast")
@logging_options
def cli() -> None:
    """Turn news articles into narrated podcast episodes, locally."""
    configure_logging()  # warnings (a voice that cannot load, retries) reach the user


from . import build_command, commands, site_commands  # noqa: E402  (they add their commands to the group above)

__all__ = ["build_command", "cli", "commands", "main", "site_commands"]


def main() -> None:
    """Console-script entry point. A run that succeeded ends without the interpreter's teardown of
    the libraries a build has loaded (a seventh of a second): every file is written and every worker
    stopped by then, and the log and the output streams are flushed here."""
    try:
        cli(prog_name="articlecast")
    except SystemExit as stop:
        if stop.code not in (0, None):
            raise
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be said
            pass
    os._exit(0)


if __name__ == "__main__":  # pragma: no cover
    main()
