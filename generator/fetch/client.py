"""A polite and safe HTTP client: only http(s), no private addresses, robots.txt obeyed, one
request at a time per host with a delay, bounded retries, size and time limits per answer.

Why a network backend of our own: the address check must apply to the address the socket really
connects to. Checking a name and then letting the HTTP library resolve it again leaves a window
in which a hostile DNS server answers a public address first and 169.254.169.254 the second
time (DNS rebinding). `GuardedBackend` resolves the name once, checks every address it got, and
connects to a checked address itself; TLS still verifies the certificate against the name
(httpcore passes the URL's host as the server name). It plugs into httpcore's public
`network_backend` seam; `GuardedTransport` is the small httpx transport around that pool.
Redirects are followed here, hop by hop, so every hop passes the scheme, robots and address
checks again; proxies from the environment are ignored, since a proxy would make the connected
address the proxy's."""

from __future__ import annotations

import email.utils
import ipaddress
import logging
import socket
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx
from protego import Protego

from generator.errors import FetchError
from generator.fetch.settings import FetchSettings

log = logging.getLogger(__name__)

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Answers worth another try after a pause: the server is busy or briefly broken.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# A Retry-After longer than this is not waited for: the request fails as the status says.
MAX_RETRY_AFTER_SECONDS = 60.0
# Google's limit for robots.txt (RFC 9309 asks for at least 500 KiB to be read).
MAX_ROBOTS_BYTES = 500 * 1024
# A Crawl-delay longer than this would hold a daily run for hours: such a host is skipped.
MAX_CRAWL_DELAY_SECONDS = 60.0


def _embedded(address: Address) -> list[Address]:
    """IPv4 addresses carried inside an IPv6 one (mapped, 6to4, Teredo): checked as well, since
    ::ffff:127.0.0.1 reaches 127.0.0.1."""
    if not isinstance(address, ipaddress.IPv6Address):
        return []
    found: list[Address] = []
    if address.ipv4_mapped is not None:
        found.append(address.ipv4_mapped)
    if address.sixtofour is not None:
        found.append(address.sixtofour)
    if address.teredo is not None:
        found.extend(address.teredo)
    return found


def address_problem(address: Address) -> str | None:
    """Why an address must not be reached ('loopback', 'private'...), or None for a public one."""
    for candidate in (address, *_embedded(address)):
        for kind in ("loopback", "link_local", "multicast", "private", "reserved", "unspecified"):
            if getattr(candidate, f"is_{kind}"):
                return kind.replace("_", "-")
        if not candidate.is_global:  # shared (100.64/10), documentation, benchmarking ranges
            return "not public"
    return None


def blocked_reason(address: Address, allowed: Sequence[Network]) -> str | None:
    problem = address_problem(address)
    if problem is None or any(address in network for network in allowed):
        return None
    return f"blocked address {address} ({problem})"


class BlockedAddressError(httpcore.ConnectError):
    """The name resolves to an address the settings forbid; nothing was sent to it."""


class GuardedBackend(httpcore.SyncBackend):
    """Resolves each host once, refuses the connection unless every address it resolves to is
    allowed, and connects to a checked address (never to a second resolution)."""

    def __init__(self, allowed: Sequence[Network]) -> None:
        self.allowed = tuple(allowed)

    def resolve(self, host: str, port: int) -> list[str]:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as error:
            raise httpcore.ConnectError(f"cannot resolve {host} ({error})") from error
        addresses = sorted(
            {str(info[4][0]).partition("%")[0] for info in infos}, key=lambda a: (":" in a, a)
        )
        # One bad address is enough to refuse: a resolver that mixes a public and a private
        # answer is exactly what a rebinding attack looks like.
        for text in addresses:
            reason = blocked_reason(ipaddress.ip_address(text), self.allowed)
            if reason is not None:
                raise BlockedAddressError(reason)
        if not addresses:
            raise httpcore.ConnectError(f"{host} resolves to no address")
        return addresses

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        last: Exception | None = None
        for address in self.resolve(host, port):
            try:
                # An IP literal: socket.create_connection does no lookup of its own.
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                last = error
        assert last is not None
        raise last


# httpcore's errors as httpx's (the mapping httpx applies in its own transport).
_HTTPCORE_ERRORS: tuple[tuple[type[Exception], type[httpx.HTTPError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
    (httpcore.NetworkError, httpx.NetworkError),
)


@contextmanager
def _httpx_errors() -> Iterator[None]:
    try:
        yield
    except BlockedAddressError:
        raise  # kept as it is: the caller names the blocked address
    except httpcore.TimeoutException as error:
        mapped = next(new for old, new in _HTTPCORE_ERRORS if isinstance(error, old))
        raise mapped(str(error)) from error
    except (httpcore.NetworkError, httpcore.ProtocolError) as error:
        mapped = next(new for old, new in _HTTPCORE_ERRORS if isinstance(error, old))
        raise mapped(str(error)) from error


class _Body(httpx.SyncByteStream):
    def __init__(self, stream: Iterable[bytes]) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        with _httpx_errors():
            yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport over an httpcore pool whose every connection goes through
    GuardedBackend."""

    def __init__(self, allowed: Sequence[Network], max_connections: int) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=max_connections,
            max_keepalive_connections=max_connections,
            network_backend=GuardedBackend(allowed),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _httpx_errors():
            answer = self._pool.handle_request(core_request)
        assert isinstance(answer.stream, Iterable)
        return httpx.Response(
            status_code=answer.status,
            headers=answer.headers,
            stream=_Body(answer.stream),
            extensions=answer.extensions,
        )

    def close(self) -> None:
        self._pool.close()


@dataclass(frozen=True)
class Answer:
    """A whole answer: where it came from after redirects, its status, headers and body."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None


@dataclass
class _Host:
    """When a host may next be asked (mutable, guarded by its lock)."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    next_time: float = 0.0
    delay: float = 0.0


class Robots:
    """robots.txt per origin, read once per run, as RFC 9309 says: 4xx allows everything, a
    server error or no answer forbids everything for this run."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self._rules: dict[str, Protego | bool | FetchError] = {}
        self._lock = threading.Lock()

    def _load(self, origin: str) -> Protego | bool | FetchError:
        try:
            answer = self.client.get(
                f"{origin}/robots.txt",
                max_bytes=MAX_ROBOTS_BYTES,
                accept="text/plain",
                check_robots=False,
            )
        except FetchError as error:
            if error.reason.startswith("HTTP 4"):
                return True
            log.info("%s/robots.txt: %s; nothing on this host is fetched", origin, error.reason)
            return error
        text = answer.body.decode("utf-8", errors="replace")
        return Protego.parse(text)

    def rules(self, url: str) -> Protego | bool | FetchError:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            if origin in self._rules:
                return self._rules[origin]
        loaded = self._load(origin)
        with self._lock:
            self._rules[origin] = loaded
        return loaded

    def check(self, url: str) -> None:
        rules = self.rules(url)
        agent = self.client.settings.user_agent
        if isinstance(rules, FetchError):
            if rules.reason.startswith("blocked address"):
                raise FetchError(url, rules.reason)
            raise FetchError(
                url, f"robots.txt unreadable ({rules.reason}); site skipped", transient=True
            )
        if isinstance(rules, Protego):
            if not rules.can_fetch(url, agent):
                raise FetchError(url, "robots.txt forbids")
            delay = rules.crawl_delay(agent)
            if delay is not None:
                if delay > MAX_CRAWL_DELAY_SECONDS:
                    raise FetchError(
                        url, f"robots.txt asks for {delay:g} s between requests; too slow"
                    )
                self.client.slow_down(urlsplit(url).netloc, float(delay))


class Client:
    """GET with every rule of a polite, safe fetcher. Thread-safe: hosts are fetched in
    parallel, requests to one host one at a time."""

    def __init__(self, settings: FetchSettings, allowed: Sequence[Network]) -> None:
        self.settings = settings
        self._http = httpx.Client(
            transport=GuardedTransport(allowed, max_connections=settings.parallel_hosts * 2),
            timeout=httpx.Timeout(settings.timeout_seconds),
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": settings.user_agent},
        )
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self.robots = Robots(self)
        self.requests = 0

    def close(self) -> None:
        self._http.close()

    def _host(self, netloc: str) -> _Host:
        with self._hosts_lock:
            return self._hosts.setdefault(netloc, _Host(delay=self.settings.delay_seconds))

    def slow_down(self, netloc: str, delay: float) -> None:
        host = self._host(netloc)
        host.delay = max(host.delay, delay)

    def get(
        self,
        url: str,
        *,
        max_bytes: int,
        accept: str,
        headers: Mapping[str, str] | None = None,
        check_robots: bool = True,
    ) -> Answer:
        """The answer at `url` after redirects (a 304 is returned as it is); every other
        non-2xx answer, and every refusal, raises FetchError with the reason."""
        current = url
        for _ in range(self.settings.max_redirects + 1):
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise FetchError(current, "not an http(s) address")
            if check_robots:
                self.robots.check(current)
            answer = self._with_retries(current, max_bytes, accept, headers or {})
            if answer.status in REDIRECT_STATUSES and "location" in answer.headers:
                current = urljoin(current, answer.headers["location"].strip())
                continue
            if answer.status == 304 or 200 <= answer.status < 300:
                return answer
            transient = answer.status in RETRY_STATUSES or answer.status == 408
            raise FetchError(current, f"HTTP {answer.status}", transient=transient)
        raise FetchError(url, f"more than {self.settings.max_redirects} redirects")

    def _with_retries(
        self, url: str, max_bytes: int, accept: str, headers: Mapping[str, str]
    ) -> Answer:
        settings = self.settings
        for attempt in range(settings.retries + 1):
            last_try = attempt == settings.retries
            pause = settings.backoff_seconds * 2**attempt
            try:
                answer = self._once(url, max_bytes, accept, headers)
            except (httpx.TimeoutException, httpx.NetworkError) as error:
                if last_try:
                    reason = "timeout" if isinstance(error, httpx.TimeoutException) else None
                    reason = reason or f"connection failed ({error})"
                    raise FetchError(url, reason, transient=True) from error
            else:
                if answer.status not in RETRY_STATUSES or last_try:
                    return answer
                wait = _retry_after(answer.headers.get("retry-after"))
                if wait is not None and wait > MAX_RETRY_AFTER_SECONDS:
                    return answer
                pause = max(pause, wait or 0.0)
            log.info("%s: trying again in %.1f s", url, pause)
            time.sleep(pause)
        raise AssertionError("unreachable")  # the last try returns or raises

    def _once(self, url: str, max_bytes: int, accept: str, headers: Mapping[str, str]) -> Answer:
        host = self._host(urlsplit(url).netloc)
        with host.lock:
            wait = host.next_time - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                return self._send(url, max_bytes, accept, headers)
            finally:
                host.next_time = time.monotonic() + host.delay

    def _send(self, url: str, max_bytes: int, accept: str, headers: Mapping[str, str]) -> Answer:
        self.requests += 1
        deadline = time.monotonic() + self.settings.max_response_seconds
        try:
            with self._http.stream("GET", url, headers={"Accept": accept, **headers}) as answer:
                declared = answer.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise FetchError(url, f"too large ({declared} bytes; limit {max_bytes})")
                chunks, size = [], 0
                for chunk in answer.iter_bytes():  # as they come: the deadline is checked
                    size += len(chunk)
                    if size > max_bytes:
                        raise FetchError(url, f"too large (over {max_bytes} bytes)")
                    if time.monotonic() > deadline:
                        limit = self.settings.max_response_seconds
                        raise FetchError(url, f"too slow (over {limit:g} s)", transient=True)
                    chunks.append(chunk)
                return Answer(
                    str(answer.url), answer.status_code, dict(answer.headers), b"".join(chunks)
                )
        except BlockedAddressError as error:
            raise FetchError(url, str(error)) from error
        except httpx.DecodingError as error:
            raise FetchError(url, f"undecodable answer ({error})") from error
        except httpx.InvalidURL as error:
            raise FetchError(url, f"not a valid address ({error})") from error


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (a number or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())
