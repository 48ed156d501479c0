"""API key tokens ``NNSXS.<id>.<secret>`` and the PBKDF2 hashes their secrets are kept as."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import string

from ..errors import Namespace

__all__ = ["API_KEY_PREFIX", "generate_api_key", "split_token", "hash_secret", "verify_secret", "ERR_TOKEN"]

_errors = Namespace("pkg/auth")
ERR_TOKEN = _errors.invalid_argument("token", "invalid token")


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode().rstrip("=")


API_KEY_PREFIX = _b32(b"key")  # "NNSXS"
_TOKEN_PREFIXES = frozenset(_b32(tag) for tag in (b"key", b"acc", b"ref", b"aut", b"ssn"))
_SALT_ALPHABET = string.ascii_letters + string.digits
_API_KEY_ITERATIONS = 1000


def generate_api_key() -> tuple[str, str, str]:
    """A new token and its parts: (token, id, secret). The id is 24 random bytes, the secret 32."""
    key_id, secret = _b32(secrets.token_bytes(24)), _b32(secrets.token_bytes(32))
    return f"{API_KEY_PREFIX}.{key_id}.{secret}", key_id, secret


def split_token(token: str) -> tuple[str, str, str]:
    """(type prefix, id, secret); a token that is not three parts of a known type is refused."""
    parts = token.split(".")
    if len(parts) != 3 or parts[0] not in _TOKEN_PREFIXES:
        raise ERR_TOKEN()
    return parts[0], parts[1], parts[2]


def _derive(secret: str, salt: str, iterations: int, length: int) -> str:
    key = hashlib.pbkdf2_hmac("sha256", secret.encode(), salt.encode(), iterations, length)
    return base64.urlsafe_b64encode(key).decode().rstrip("=")


def hash_secret(secret: str, iterations: int = _API_KEY_ITERATIONS) -> str:
    """``PBKDF2$sha256$<iterations>$<salt>$<key>`` with a 16-character random salt."""
    salt = "".join(secrets.choice(_SALT_ALPHABET) for _ in range(16))
    return f"PBKDF2$sha256${iterations}${salt}${_derive(secret, salt, iterations, 32)}"


def verify_secret(hashed: str, secret: str) -> bool:
    parts = hashed.split("$")
    if len(parts) != 5 or parts[0] != "PBKDF2" or parts[1] != "sha256":
        return False
    _, _, iterations, salt, key = parts
    length = len(base64.urlsafe_b64decode(key + "=" * (-len(key) % 4)))
    return hmac.compare_digest(_derive(secret, salt, int(iterations), length), key)
