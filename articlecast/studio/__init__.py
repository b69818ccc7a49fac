"""The editor's studio: a local web server over the library API (after the build stage in import order).

Only the CLI imports it.
"""
