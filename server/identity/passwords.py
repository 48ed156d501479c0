"""User passwords: upstream's default strength rules, and PBKDF2 hashes (never the password).

Strength (upstream ``validatePasswordStrength`` with the default ``PasswordRequirements`` of
``is.user-registration.password-requirements``): 8 to 1000 bytes, at least one upper-case
letter and one digit, no special character required, and the user ID may not be part of it
(case-insensitively). Upstream's optional list of common passwords (off by default) is not
modelled. Characters are classified as Go's ``unicode`` package does: upper case is ``Lu``, a
digit ``Nd``, special anything that is neither a letter nor a number.

A password is stored as ``PBKDF2$sha256$20000$<salt>$<key>`` (upstream ``pkg/auth/pbkdf2``
defaults); hashing takes milliseconds, so it runs off the event loop.
"""

from __future__ import annotations

import asyncio
import unicodedata
from dataclasses import dataclass

from ..auth.tokens import hash_secret, verify_secret
from ..errors import Namespace

__all__ = ["PasswordRequirements", "DEFAULT_REQUIREMENTS", "check_strength", "hash_password", "verify_password", "ITERATIONS"]

ITERATIONS = 20000

_errors = Namespace("pkg/identityserver")
ERR_MIN_LENGTH = _errors.invalid_argument("password_strength_min_length", "need at least `{n}` characters")
ERR_MAX_LENGTH = _errors.invalid_argument("password_strength_max_length", "need at most `{n}` characters")
ERR_UPPERCASE = _errors.invalid_argument("password_strength_uppercase", "need at least `{n}` uppercase letter(s)")
ERR_DIGITS = _errors.invalid_argument("password_strength_digits", "need at least `{n}` digit(s)")
ERR_SPECIAL = _errors.invalid_argument("password_strength_special", "need at least `{n}` special character(s)")
ERR_CONTAINS_USER_ID = _errors.invalid_argument("password_contains_user_id", "must not contain user ID")


@dataclass(frozen=True)
class PasswordRequirements:
    min_length: int = 8  # bytes of UTF-8, as upstream measures
    max_length: int = 1000
    min_uppercase: int = 1
    min_digits: int = 1
    min_special: int = 0
    reject_user_id: bool = True


DEFAULT_REQUIREMENTS = PasswordRequirements()


def check_strength(user_id: str, password: str, requirements: PasswordRequirements = DEFAULT_REQUIREMENTS) -> None:
    """Raise the first rule ``password`` breaks, in upstream's order."""
    size = len(password.encode())
    if size < requirements.min_length:
        raise ERR_MIN_LENGTH(n=requirements.min_length)
    if size > requirements.max_length:
        raise ERR_MAX_LENGTH(n=requirements.max_length)
    uppercase = digits = special = 0
    for ch in password:
        category = unicodedata.category(ch)
        if category == "Lu":
            uppercase += 1
        elif category == "Nd":
            digits += 1
        elif category[0] not in "LN":
            special += 1
    if uppercase < requirements.min_uppercase:
        raise ERR_UPPERCASE(n=requirements.min_uppercase)
    if digits < requirements.min_digits:
        raise ERR_DIGITS(n=requirements.min_digits)
    if special < requirements.min_special:
        raise ERR_SPECIAL(n=requirements.min_special)
    if requirements.reject_user_id and user_id.lower() in password.lower():
        raise ERR_CONTAINS_USER_ID()


async def hash_password(password: str) -> str:
    """``PBKDF2$sha256$20000$<salt>$<key>``, computed on a worker thread."""
    return await asyncio.to_thread(hash_secret, password, ITERATIONS)


async def verify_password(hashed: str, password: str) -> bool:
    return await asyncio.to_thread(verify_secret, hashed, password)
