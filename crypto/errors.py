"""Exceptions raised by crypto/ (callers map them to user-facing errors)."""


class CryptoError(Exception):
    """Base class for failures inside crypto/."""


class WrongKey(CryptoError):
    """A key or password did not authenticate the wrapped data."""


class BadEncoding(CryptoError):
    """A human-typed key or fingerprint is malformed or fails its checksum."""
