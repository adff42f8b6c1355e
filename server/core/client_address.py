"""The address a request comes from, as far as the server can trust it.

Behind a reverse proxy every connection comes from the proxy; the proxy appends the address
it saw to `X-Forwarded-For`. Anyone can send that header, so it is believed only when the
connection comes from a proxy the server is configured to trust (`trusted_proxies`), and
then only as far as the chain of trusted proxies goes: reading from the right, the first
address that is not a trusted proxy is the client (entries left of it were written by the
client itself). Uvicorn's own handling of the header is switched off (`proxy_headers=False`
where the server is started) so that this is the only place that decides.
"""

from __future__ import annotations

import ipaddress

from starlette.requests import Request


def _ip(text: str):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _trusted(address, networks) -> bool:
    return address is not None and any(address in network for network in networks)


def client_address(request: Request, networks: tuple) -> str | None:
    """The client's address: the connection's, or what trusted proxies say it was."""
    peer = request.client.host if request.client else None
    if not networks or not _trusted(_ip(peer or ""), networks):
        return peer
    hops = [hop for value in request.headers.getlist("x-forwarded-for")
            for hop in value.split(",") if hop.strip()]
    for hop in reversed(hops):
        address = _ip(hop)
        if address is None:  # a trusted proxy wrote something that is no address
            return peer
        if not _trusted(address, networks):
            return str(address)
    return str(_ip(hops[0])) if hops else peer
