"""Errors raised by nutgraf.

    NutgrafError
    ├── InputError        the input is unusable: empty, binary, too large, bad encoding, bad option
    │   └── NoArticleError    the input parsed, but holds no article text (only clutter)
    ├── FetchError        a URL could not be fetched: scheme, network, status, size, deadline
    │   └── RefusedError      the fetcher refused the URL by policy (not-public address, port)
    └── UnavailableError  something nutgraf needs is not there: the address to serve on is taken
        └── StoreError        the store's database cannot be opened or reached

Library functions raise these, never a dependency's exception; the CLI maps them to a
non-zero exit and one line, the server to a 4xx with a JSON body (503 for ``UnavailableError``).
"""

from __future__ import annotations


class NutgrafError(Exception):
    """Base class of every error nutgraf raises on purpose."""


class InputError(NutgrafError, ValueError):
    """Raised when the input cannot be read as an article (empty, binary, too large...)."""


class NoArticleError(InputError):
    """Raised when the input is readable but holds no article text, only clutter."""


class FetchError(NutgrafError):
    """Raised when a URL cannot be fetched (bad scheme, unreachable, HTTP error, too big, slow)."""


class RefusedError(FetchError):
    """Raised when the fetcher refuses a URL by policy before connecting."""


class UnavailableError(NutgrafError):
    """Raised when something nutgraf needs is not there (an address to listen on, a store).

    Not the input's fault: the same command may work once the resource is back.
    """


class StoreError(UnavailableError):
    """Raised when the store's database cannot be opened or reached (down, not a database)."""
