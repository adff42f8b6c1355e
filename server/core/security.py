"""Password hashing (argon2), access tokens (JWT, HS256) and refresh tokens (opaque, stored
hashed). Tokens and passwords are never logged."""

from __future__ import annotations

import functools
import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from server.core import clock

_hasher = PasswordHasher()
ALGORITHM = "HS256"
# Verified against when the username is unknown, so both cases take the same time.
_DUMMY_HASH = _hasher.hash("rounds-no-such-user")


def use_fast_hashing_for_tests() -> None:
    """Cheap argon2 parameters, for test suites only (hashes stay valid argon2id)."""
    global _hasher, _DUMMY_HASH
    _hasher = PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)
    _DUMMY_HASH = _hasher.hash("rounds-no-such-user")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


@dataclass(frozen=True)
class AccessClaims:
    user_id: str
    device_id: str
    generation: int
    user_generation: int = 0


class TokenError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def create_access_token(*, key: str, user_id: str, device_id: str, generation: int,
                        ttl_seconds: int, user_generation: int = 0) -> str:
    """`generation`: the device's (revocation); `user_generation`: the user's (a password
    reset or a deactivation). Issued and expiring by the server's clock."""
    now = clock.now()
    payload = {"sub": user_id, "dev": device_id, "gen": generation, "ugen": user_generation,
               "typ": "access", "iat": now, "exp": now + timedelta(seconds=ttl_seconds)}
    return jwt.encode(payload, key, algorithm=ALGORITHM)


def decode_access_token(token: str, *, key: str) -> AccessClaims:
    """The claims of a valid access token that has not expired by the server's clock
    (TokenError otherwise). What the token says is read once per token and key (a laptop
    sends the same token with every request until it expires): the signature and the
    claims do not change; the expiry is judged at every call, and whether the device or the
    user's sessions were revoked since is for the caller to check (in the database)."""
    claims, expires = _verified(token, key)
    if expires <= clock.now().timestamp():
        raise TokenError("token_expired", "Your session has expired; refresh the token "
                         "or sign in again.")
    if claims is None:
        raise TokenError("token_invalid", "The access token is not valid; sign in again.")
    return claims


@functools.lru_cache(maxsize=4096)  # (only tokens this server signed get in)
def _verified(token: str, key: str) -> tuple[AccessClaims | None, float]:
    """(the claims, None where they are malformed; the expiry as a timestamp) of a token
    signed with `key`; TokenError (not cached) when it is not one."""
    # PyJWT would judge `exp` (and `iat`, `nbf`) by the system's clock; the expiry is
    # judged by the server's (server.core.clock), which tests move on. No `nbf` is issued,
    # and `iat` is only informative.
    try:
        payload = jwt.decode(token, key, algorithms=[ALGORITHM],
                             options={"require": ["exp", "sub", "dev"],
                                      "verify_exp": False, "verify_iat": False,
                                      "verify_nbf": False})
    except jwt.PyJWTError:
        raise TokenError("token_invalid", "The access token is not valid; sign in again.") from None
    if payload.get("typ") != "access" or not _is_number(payload["exp"]):
        raise TokenError("token_invalid", "The access token is not valid; sign in again.")
    try:
        claims = AccessClaims(payload["sub"], payload["dev"], int(payload.get("gen", 0)),
                              int(payload.get("ugen", 0)))
    except (TypeError, ValueError):
        claims = None
    return claims, payload["exp"]


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def new_refresh_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """What the database keeps of a refresh token: its SHA-256, never the token."""
    return hashlib.sha256(token.encode()).hexdigest()
