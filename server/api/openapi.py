"""The error statuses of every operation, declared in the OpenAPI document with the real
error body (server.core.errors.ErrorBody), so that the document says what the server answers.

Most follow from what an operation is made of, found here from its dependencies: any request
can be too large (413); a body can be unreadable (400) or not match the document (422), as can
parameters (422); a signed-in operation can meet a missing or dead token (401), an
administrator's a non-administrator (403), a sync operation an unserved schema version (426).
What an operation refuses for the state of the data (404, 409, 429, 503) its route declares
itself (`responses=error_responses(...)`)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.routing import APIRoute
from fastapi.utils import create_model_field

from server.api.deps import check_schema_version, get_principal, require_admin
from server.core.errors import error_responses


def _walk(dependant):
    yield dependant
    for sub in dependant.dependencies:
        yield from _walk(sub)


def derived_errors(route: APIRoute) -> set[int]:
    """The error statuses an operation answers because of what it is made of."""
    parts = list(_walk(route.dependant))
    calls = {part.call for part in parts}
    statuses = {413}
    if route.body_field is not None:
        statuses |= {400, 422}
    if any(part.query_params or part.path_params or part.header_params for part in parts):
        statuses.add(422)
    if get_principal in calls:
        statuses.add(401)
    if require_admin in calls:
        statuses.add(403)
    if check_schema_version in calls:
        statuses.add(426)
    return statuses


def declare_errors(router: APIRouter) -> None:
    """Add the derived error statuses to every operation of `router`, before it is included
    in the app (the health check, which only answers, is not given any)."""
    for route in router.routes:
        if isinstance(route, APIRoute) and not route.path.endswith("/health"):
            declared = {int(status) for status in route.responses if str(status).isdigit()}
            added = error_responses(*sorted(derived_errors(route) - declared))
            route.responses = {**added, **route.responses}
            # what APIRoute made of its `responses` when it was built
            for status, response in added.items():
                route.response_fields[status] = create_model_field(
                    name=f"Response_{status}_{route.unique_id}", type_=response["model"],
                    mode="serialization")
