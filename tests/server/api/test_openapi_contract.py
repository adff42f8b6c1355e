"""The OpenAPI document is true: schemathesis generates requests from it (every check: server
errors, undocumented status codes, response bodies against their schemas, invalid data
accepted, valid data refused, auth ignored, unsupported methods...) and sends them to a live
server, once with a representative's token and once with an administrator's. Zero failures.

Deterministic (a fixed seed, schemathesis's deterministic generation, no example database)
and bounded (a few examples per operation), so it runs in `make test` on every backend."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.server.helpers import HEADERS

CONFIG = Path(__file__).with_name("schemathesis.toml")
EXAMPLES = os.environ.get("ROUNDS_SCHEMATHESIS_EXAMPLES", "12")


def run_schemathesis(live_url: str, token: str, report_dir) -> subprocess.CompletedProcess:
    schemathesis = [sys.executable, "-c", "from schemathesis.cli import schemathesis; "
                    "schemathesis()", "--config-file", str(CONFIG)]
    headers = [f"{name}: {value}" for name, value in
               {**HEADERS, "Authorization": f"Bearer {token}"}.items()]
    command = [*schemathesis, "run", f"{live_url}/openapi.json", "--checks", "all",
               "--generation-deterministic",
               "--max-examples", EXAMPLES, "--no-shrink", "--workers", "1",
               "--request-timeout", "20", "--no-color",
               "--suppress-health-check", "all", "--warnings", "off",
               "--report", "junit", "--report-dir", str(report_dir)]
    for header in headers:
        command += ["-H", header]
    # in the test's own directory: schemathesis keeps a cache of crashes where it runs
    return subprocess.run(command, capture_output=True, text=True, timeout=300,
                          cwd=report_dir, env={**os.environ, "SCHEMATHESIS_HOOKS": ""})


@pytest.mark.parametrize("who", ["rep_a", "admin"])
def test_the_live_server_keeps_to_its_openapi_document(world, live_url, who, tmp_path):
    token = getattr(world, who).access_token
    result = run_schemathesis(live_url, token, tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-12000:]
    assert "Server error" not in output and "No issues found" in output, output[-12000:]


def test_every_error_status_is_declared_with_the_error_body(api):
    doc = api.client.get("/openapi.json").json()
    expected = {("post", "/api/v1/sync/push"): {400, 401, 403, 413, 422, 426, 503},
                ("get", "/api/v1/sync/pull"): {401, 409, 413, 422, 426},
                ("post", "/api/v1/auth/token"): {400, 401, 413, 422, 429},
                ("patch", "/api/v1/admin/users/{user_id}"): {400, 401, 403, 404, 409, 413,
                                                             422}}
    for (method, path), statuses in expected.items():
        declared = {int(s) for s in doc["paths"][path][method]["responses"] if s[0] in "45"}
        assert declared == statuses, (method, path, declared)
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                if status[0] in "45":
                    schema = response["content"]["application/json"]["schema"]
                    assert schema == {"$ref": "#/components/schemas/ErrorBody"}, (
                        method, path, status, schema)
    body = doc["components"]["schemas"]["ErrorBody"]
    assert set(body["required"]) == {"detail", "code"}
    assert body["properties"]["detail"]["type"] == "string"
