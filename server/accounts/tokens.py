"""Signing in, refreshing (with rotation and reuse detection), revoking a device, ending a
user's sessions, and checking a bearer token."""

from __future__ import annotations

import logging
from datetime import UTC, timedelta

from sqlalchemy import Engine, bindparam, delete, update
from sqlmodel import Session, select

from desktop.models import new_id
from server.accounts import throttle
from server.accounts.users import find_user, public_user
from server.core import clock, security
from server.core.db import read_session, write_session
from server.core.errors import ApiError
from server.models import AuditEntry, Device, RefreshToken, User

log = logging.getLogger("rounds.server")

BAD_LOGIN = "Wrong user name or password."
SESSION_ENDED = ("Your password was reset or your account was changed by an administrator; "
                 "sign in again.")


def _device(session: Session, user_id: str, device_id: str) -> Device:
    device = session.get(Device, (user_id, device_id))
    if device is None:
        device = Device(user_id=user_id, device_id=device_id)
        session.add(device)
        session.flush()
    return device


def issue_tokens(session: Session, settings, user: User, device: Device, *,
                 family_id: str | None = None) -> dict:
    """A new access and refresh token for `device`; the refresh token starts a new family
    (a sign-in) unless `family_id` names the one it continues (a refresh)."""
    access = security.create_access_token(
        key=settings.signing_key, user_id=user.id, device_id=device.device_id,
        generation=device.generation, user_generation=user.session_generation,
        ttl_seconds=settings.access_token_ttl_seconds)
    refresh = security.new_refresh_token()
    session.add(RefreshToken(
        token_hash=security.token_digest(refresh), user_id=user.id,
        device_id=device.device_id, family_id=family_id or new_id(),
        generation=device.generation,
        user_generation=user.session_generation,
        expires_at=clock.now() + timedelta(seconds=settings.refresh_token_ttl_seconds)))
    device.last_seen_at = clock.now()
    session.add(device)
    return {"access_token": access, "refresh_token": refresh, "token_type": "bearer",
            "expires_in": settings.access_token_ttl_seconds,
            "user": public_user(session, user)}


def known_device(session: Session, user_id: str, device_id: str) -> bool:
    """Whether `device_id` has signed in to this account before and was not revoked since."""
    return session.exec(select(Device.device_id).where(
        Device.user_id == user_id, Device.device_id == device_id,
        Device.revoked_at == None)).first() is not None  # noqa: E711


def login(engine: Engine, settings, *, username: str, password: str, device_id: str,
          address: str | None) -> dict:
    """Check the password and issue a token pair bound to `device_id`. A device revoked
    earlier is allowed again by a correct password (its old tokens stay dead).

    Three steps, so that no transaction is open while the password is hashed (argon2 takes
    tens of milliseconds of CPU; on SQLite an open writing transaction would make every
    push wait for it, and a flood of wrong passwords would stall them all): read the
    account and the throttle, hash with no session, then write the outcome.

    The stored hash may change between the read and the write: a reset (the password
    checked is no longer the user's), or another sign-in of the same user upgrading the
    hash to the server's current argon2 parameters (the same password, hashed anew). The
    password is then checked again against the hash now stored, so that two sign-ins at
    once both succeed while a reset still refuses the old password."""
    for _ in range(_HASH_CHANGES_TOLERATED):
        pair = _try_login(engine, settings, username=username, password=password,
                          device_id=device_id, address=address)
        if pair is not None:
            return pair
    # The hash changed under every try (several resets at once): a failure, not recorded.
    raise ApiError(401, "not_authenticated", BAD_LOGIN, headers={"WWW-Authenticate": "Bearer"})


# Sign-in checks against a stored hash that changed meanwhile before it gives up.
_HASH_CHANGES_TOLERATED = 3


def _try_login(engine: Engine, settings, *, username: str, password: str, device_id: str,
               address: str | None) -> dict | None:
    """One read-hash-write round of `login`; None when the stored hash changed meanwhile
    (the caller checks the password again against the new one)."""
    with read_session(engine) as session:
        user = find_user(session, username.strip())
        known = user is not None and known_device(session, user.id, device_id)
        attempt = throttle.Attempt(username, address, (user.id, device_id) if known else None)
        wait = throttle.seconds_blocked(session, attempt, settings)
        checked = (user.id, user.password_hash) if user is not None else None
    if wait:
        raise ApiError(429, "too_many_attempts",
                       f"Too many failed sign-ins; try again in {wait} seconds.",
                       headers={"Retry-After": str(wait)})
    ok = security.verify_password(password, checked[1] if checked else None)
    rehashed = (security.hash_password(password)
                if ok and security.needs_rehash(checked[1]) else None)
    with write_session(engine) as session:
        # (locked: concurrent sign-ins of one user write one after the other, each seeing
        # the hash the one before stored)
        user = session.get(User, checked[0], with_for_update=True) if checked else None
        if user is not None and user.password_hash != checked[1]:
            return None  # a reset or an upgrade of the hash meanwhile: check again
        if not ok or user is None or not user.active:
            throttle.record_failure(session, attempt, settings)
            session.commit()
            raise ApiError(401, "not_authenticated", BAD_LOGIN,
                           headers={"WWW-Authenticate": "Bearer"})
        throttle.record_success(session, attempt, settings)
        if rehashed:
            user.password_hash = rehashed
            session.add(user)
        device = _device(session, user.id, device_id)
        device.revoked_at = None
        pair = issue_tokens(session, settings, user, device)
        session.commit()
    return pair


def refresh(session: Session, settings, *, refresh_token: str, device_id: str) -> dict:
    """A new token pair for a refresh token of this device (rotation).

    Every sign-in starts a family of refresh tokens; each refresh issues the next one. A
    used token still works for its own device for as long as no newer token of its family
    has been used: the answer to its refresh may have been lost, and the laptop may try
    again only minutes or days later. Each such retry replaces the successor nobody
    received. Once a newer token was used, a used one coming back means that a copy of it
    is in other hands: every token of the family stops working (the laptop signs in again),
    the event is logged and audited, and this session is committed before the 401."""
    invalid = ApiError(401, "token_invalid", "The refresh token is not valid any more; "
                       "sign in again.")
    digest = security.token_digest(refresh_token)
    stored = session.get(RefreshToken, digest)
    if stored is None or stored.device_id != device_id:
        raise invalid  # another device's token changes nothing
    # One refresh at a time per device (PostgreSQL; SQLite's writes are serial anyway): a
    # copied token racing its owner's is judged after it, on what it changed.
    device = session.get(Device, (stored.user_id, device_id), with_for_update=True)
    stored = session.get(RefreshToken, digest, populate_existing=True)
    if stored is None:  # a lost successor, replaced by its owner's retry meanwhile
        raise invalid
    if _aware(stored.expires_at) < clock.now():
        raise ApiError(401, "token_expired", "The sign-in has expired; sign in again.")
    if device is None or device.generation != stored.generation:
        raise ApiError(401, "device_revoked", "This device was signed out by an "
                       "administrator; sign in again.")
    user = session.get(User, stored.user_id)
    if user is None or not user.active:
        raise ApiError(401, "not_authenticated", "This account is disabled; ask an "
                       "administrator.")
    if stored.user_generation != user.session_generation:
        raise ApiError(401, "session_ended", SESSION_ENDED)
    if stored.revoked_at is not None:
        raise invalid
    if stored.superseded_at is not None:
        _revoke_family(session, stored)
        session.commit()
        raise invalid
    others = (RefreshToken.family_id == stored.family_id, RefreshToken.token_hash != digest)
    if stored.used_at is None:
        stored.used_at = clock.now()
        session.add(stored)
        session.execute(update(RefreshToken).where(
            *others, RefreshToken.used_at.is_not(None), RefreshToken.superseded_at.is_(None))
            .values(superseded_at=stored.used_at))
    else:  # a retry: the successor issued last time never arrived
        session.execute(delete(RefreshToken).where(*others, RefreshToken.used_at.is_(None)))
    return issue_tokens(session, settings, user, device, family_id=stored.family_id)


def _revoke_family(session: Session, stored: RefreshToken) -> None:
    """End the sign-in `stored` belongs to: a superseded token of it came back."""
    revoked = session.execute(update(RefreshToken).where(
        RefreshToken.family_id == stored.family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=clock.now())).rowcount
    # no token (nor its hash) in the log: the user and the device say whose sign-in it was
    log.warning("A replaced refresh token of user %s on device %s was used again after a "
                "newer one: it may have been copied. That sign-in is ended (%d refresh "
                "tokens revoked); the device must sign in again.",
                stored.user_id, stored.device_id, revoked)
    session.add(AuditEntry(user_id=stored.user_id, device_id=stored.device_id,
                           action="refresh_token_reused", table_name="srv_refresh_token",
                           new_value={"revoked_tokens": revoked}))


def user_devices(session: Session, *, user_id: str) -> list[Device]:
    """The laptops a user signed in from, most recently seen first."""
    return list(session.exec(select(Device).where(Device.user_id == user_id)
                             .order_by(Device.last_seen_at.desc())))


def revoke_device(session: Session, *, user_id: str, device_id: str) -> bool:
    """Every token issued to the device stops working. False if the device is unknown."""
    device = session.get(Device, (user_id, device_id))
    if device is None:
        return False
    device.generation += 1
    device.revoked_at = clock.now()
    session.add(device)
    return True


def end_sessions(session: Session, user: User) -> None:
    """Every access and refresh token of the user stops working (a password reset, a
    deactivation); their laptops keep their data and sign in again. The refresh tokens stay
    in the table until they expire, so that a laptop refreshing is told why (401
    `session_ended`) rather than that its token is unknown."""
    user.session_generation += 1
    session.add(user)


# (built once: building a statement costs more CPU than running this one)
_USER_AND_DEVICE = select(User, Device.generation).join(
    Device, Device.user_id == User.id).where(
    User.id == bindparam("user_id"), Device.device_id == bindparam("device_id"))


def authenticate(session: Session, settings, token: str) -> tuple[User, str]:
    """The user and device of a valid access token, or ApiError 401."""
    try:
        claims = security.decode_access_token(token, key=settings.signing_key)
    except security.TokenError as exc:
        raise ApiError(401, exc.code, str(exc), headers={"WWW-Authenticate": "Bearer"}) from None
    # the user and the device's generation in one query (every request asks)
    found = session.execute(_USER_AND_DEVICE, {
        "user_id": claims.user_id, "device_id": claims.device_id}).first()
    user, generation = found if found is not None else (None, None)
    if generation is None or generation != claims.generation:
        raise ApiError(401, "device_revoked", "This device was signed out by an "
                       "administrator; sign in again.")
    if not user.active:
        raise ApiError(401, "not_authenticated", "This account is disabled; ask an "
                       "administrator.")
    if claims.user_generation != user.session_generation:
        raise ApiError(401, "session_ended", SESSION_ENDED,
                       headers={"WWW-Authenticate": "Bearer"})
    return user, claims.device_id


def _aware(moment):
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
