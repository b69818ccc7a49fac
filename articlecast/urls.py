"""Links written into tags and feeds: URIs, which may hold ASCII only."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

_SAFE = ":/?#[]@!$&'()*+,;=%~"
"""Reserved characters and ``%``, so that a URL already encoded stays as it is."""


def as_uri(url: str) -> str:
    """``url`` as an ASCII URI: other characters percent-encoded as UTF-8, an international host in IDNA.

    ``https://news.example.ua/новини`` gives ``https://news.example.ua/%D0%BD…``; an ASCII URL is unchanged.
    """
    url = url.strip()
    if url.isascii() and " " not in url:
        return url
    netloc = urlsplit(url).netloc
    userinfo, at, hostport = netloc.rpartition("@")
    host, colon, port = hostport.partition(":")
    if host and not host.isascii():
        try:
            url = url.replace(netloc, f"{userinfo}{at}{host.encode('idna').decode('ascii')}{colon}{port}", 1)
        except UnicodeError:
            pass  # not a valid international name: percent-encoded below like the rest
    return quote(url, safe=_SAFE)
