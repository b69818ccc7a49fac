"""The publish stage: the episode catalog and the podcast feed derived from it."""

from .catalog import CATALOG_FILE, BuildKeys, Catalog, Episode
from .feed import FEED_FILE, guid_for, render_feed, write_feed

__all__ = ["CATALOG_FILE", "FEED_FILE", "BuildKeys", "Catalog", "Episode", "guid_for", "render_feed", "write_feed"]
