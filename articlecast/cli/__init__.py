"""The ``articlecast`` command: a thin layer over the library (:mod:`articlecast.pipeline` and the stages).

Heavy modules are imported inside the commands so that ``--help`` stays fast.
"""

from __future__ import annotations

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
    """Console-script entry point."""
    cli(prog_name="articlecast")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
