"""Upstream's stored secret hash, recomputed in the tests with ``hashlib`` and nothing of ttsl.

Upstream (``pkg/auth/pbkdf2``) keeps a password or an API key secret as
``PBKDF2$sha256$<iterations>$<salt>$<key>``: the salt a 16-character string, used as its UTF-8
bytes; the key 32 bytes of PBKDF2-HMAC-SHA256 of the secret's UTF-8 bytes, written in unpadded
URL-safe base64 (43 characters). Passwords take 20 000 iterations, API keys 1 000 (FIDELITY §7).
"""

from __future__ import annotations

import base64
import hashlib

__all__ = ["PASSWORD_ITERATIONS", "API_KEY_ITERATIONS", "assert_upstream_pbkdf2"]

PASSWORD_ITERATIONS = 20000
API_KEY_ITERATIONS = 1000


def assert_upstream_pbkdf2(stored: str, secret: str, iterations: int) -> None:
    """stored is upstream's hash of secret, with that many iterations and its own salt."""
    parts = stored.split("$")
    assert len(parts) == 5, stored
    name, algorithm, stored_iterations, salt, key = parts
    assert (name, algorithm, stored_iterations) == ("PBKDF2", "sha256", str(iterations)), stored
    assert len(salt) == 16, salt
    assert len(key) == 43 and "=" not in key, key
    derived = hashlib.pbkdf2_hmac("sha256", secret.encode(), salt.encode(), iterations, 32)
    assert key == base64.urlsafe_b64encode(derived).decode().rstrip("="), "the key is not PBKDF2 of the secret"
