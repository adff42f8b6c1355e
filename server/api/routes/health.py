"""Liveness and versions; no token needed."""

from fastapi import APIRouter

from server import __version__
from server.api.deps import SettingsDep

router = APIRouter(tags=["health"])


@router.get("/health")
def health(settings: SettingsDep) -> dict:
    return {"status": "ok", "version": __version__, "schema_version": settings.schema_version,
            "min_client_schema_version": settings.min_client_schema_version}
