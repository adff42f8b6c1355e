"""The FastAPI application: `create_app(settings)` wires routes, errors and limits."""

from __future__ import annotations

import asyncio
import json
import logging

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from sqlalchemy import Engine
from starlette.exceptions import HTTPException

from server import __version__
from server.api.openapi import declare_errors
from server.api.routes import admin, auth, health, sync, sync_cycle, targets
from server.core.config import Settings
from server.core.db import create_server_engine, migrate
from server.core.errors import install_error_handlers

API_PREFIX = "/api/v1"
log = logging.getLogger("rounds.server")


class BodyLimitMiddleware:
    """Refuse request bodies over the configured size with 413 (pure ASGI, streaming)."""

    def __init__(self, app, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            return await self._too_large(send)
        received = 0
        started = False

        async def limited_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _BodyTooLarge(self._message())
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _BodyTooLarge:
            if not started:
                await self._too_large(send)

    def _message(self) -> str:
        return (f"The request body is larger than the server accepts ({self.max_bytes} "
                "bytes); send less at a time.")

    async def _too_large(self, send):
        body = json.dumps({"detail": self._message(), "code": "body_too_large"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


class _BodyTooLarge(HTTPException):
    """Raised while a body without Content-Length (chunked) is read: an HTTPException, so
    that FastAPI's body parsing passes it on as the 413 it is (any other exception there
    becomes a 400), and the error handlers answer it."""

    def __init__(self, detail: str):
        super().__init__(413, detail)


class AdmissionMiddleware:
    """At most `limit` requests in progress per worker process; the others wait their turn
    in the event loop, where waiting costs nothing.

    Routes and their dependencies are synchronous: FastAPI runs each on the thread pool
    (40 threads) and a request keeps its database connection from authentication to its
    answer. Under a burst of more requests than connections, requests holding a connection
    waited for a thread while every thread waited for a connection, until the pool's 30 s
    timeout failed them all (seen with 500 reps syncing every second). Admitting fewer
    requests than there are threads and connections makes that impossible. The health
    check is never held back.

    Sign-ins (`/auth/token`) have a lane of their own, `sign_in_limit` wide: each hashes a
    password (argon2 takes the CPU's cores for tens of milliseconds), so a flood of them
    would otherwise take every core and every slot from the pushes (bench login_flood)."""

    def __init__(self, app, limit: int, sign_in_limit: int = 1):
        self.app, self.slots = app, asyncio.Semaphore(limit)
        self.sign_in_slots = asyncio.Semaphore(sign_in_limit)

    async def __call__(self, scope, receive, send):
        path = scope.get("path", "")
        if scope["type"] != "http" or path.endswith("/health"):
            return await self.app(scope, receive, send)
        async with self.sign_in_slots if path.endswith("/auth/token") else self.slots:
            await self.app(scope, receive, send)


def create_app(settings: Settings | None = None, *, engine: Engine | None = None,
               run_migrations: bool = True) -> FastAPI:
    """Build the app. The database is migrated first unless `run_migrations` is False."""
    settings = settings or Settings()
    settings.tighten_data_dir()
    engine = engine or create_server_engine(settings.db_url)
    if run_migrations:
        migrate(engine)
    settings.signing_key  # noqa: B018 - create the secret now, not on the first sign-in
    app = FastAPI(title="Rounds server", version=__version__,
                  openapi_url="/openapi.json", docs_url="/docs", redoc_url=None)
    app.state.settings, app.state.engine = settings, engine
    install_error_handlers(app)
    for module in (health, auth, sync, sync_cycle, admin, targets):
        declare_errors(module.router)
        app.include_router(module.router, prefix=API_PREFIX)
    # Level 5, not Starlette's 9: on a 2.3 MB snapshot page 25 ms instead of 62 ms for a body
    # 6% larger (418 vs 393 kB); level 9 was a quarter of the server's first-sync time.
    # Snapshot pages are compressed by their route at level 1 (server.sync.snapshot_transfer,
    # decision 0034); an answer that has a Content-Encoding already passes through.
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=5)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(AdmissionMiddleware, limit=settings.max_concurrent_requests,
                       sign_in_limit=settings.max_concurrent_sign_ins)
    return app


def create_app_from_env() -> FastAPI:
    """App factory for `uvicorn --factory` worker processes: settings from the environment;
    the CLI has migrated the database already."""
    app = create_app(Settings(), run_migrations=False)
    settle_heap()
    return app


def settle_heap() -> None:
    """Before a server process serves: load what its first requests would (every table
    class, the mappers), collect, and move everything alive into the permanent generation
    (`gc.freeze`). A full collection then walks only what requests leave behind, not the
    ~180,000 objects of the code itself: on this 2-core machine such a collection took
    ~100 ms every few seconds under load, and the sync cycle it fell in waited for it
    (decision 0040)."""
    import gc

    from sqlalchemy.orm import configure_mappers

    from desktop.models import SYNCED_MODELS  # noqa: F401 - loads every table class

    configure_mappers()
    gc.collect()
    gc.freeze()
