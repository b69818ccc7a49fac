"""``python -m articlecast``."""

from .cli import main

main()
