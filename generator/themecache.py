"""The theme's templates made cheaper for a site of many pages, without changing a byte.

Two costs of an MkDocs build grow with every page and are the same for most of them:

- Material's navigation (`partials/nav.html`), rendered once per page. Its HTML differs from
  page to page only in which item is marked as the current page and in the relative URLs of its
  links, so a page that is not in the navigation gets the same HTML as any other page whose links
  come out the same. `shared_navigation` renders it once per such set of links in a build.
- Compiling the theme's templates (tens of them) in every process that builds. A Jinja
  bytecode cache in the build's cache folder keeps them compiled between builds; Jinja checks
  each entry against the template's source and its own version.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jinja2
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

NAVIGATION_TEMPLATE = "partials/nav.html"
# Folder in the build's cache for compiled templates.
BYTECODE = "jinja"


def _targets(nav: Navigation) -> list[str]:
    """Every URL the navigation partial may pass through the `url` filter: its pages, its
    links, the home page and the theme's assets (the logo)."""
    targets = ["", "assets/"]
    stack: list[Any] = list(nav.items)
    while stack:
        item = stack.pop(0)
        url = getattr(item, "url", None)
        if isinstance(url, str):
            targets.append(url)
        stack.extend(getattr(item, "children", None) or ())
    if nav.homepage is not None:
        targets.append(nav.homepage.url)
    return targets


def navigation_key(context: Any) -> tuple[str, ...] | None:
    """What the navigation's HTML depends on for the page being rendered, besides what is the
    same for the whole build (the navigation's items, the configuration, the language). None
    for a page the navigation marks (it is in the navigation): such a page is rendered as is."""
    from mkdocs.utils import normalize_url

    page: Page | None = context.get("page")
    nav: Navigation | None = context.get("nav")
    base_url = context.get("base_url")
    if page is None or nav is None or not isinstance(base_url, str):
        return None
    if any(item is page for item in nav.pages) or any(item.active for item in nav.pages):
        return None
    return (base_url, *(normalize_url(target, page=page) for target in _targets(nav)))


def _share(template: jinja2.Template, key_of: Callable[[Any], tuple[str, ...] | None]) -> None:
    """Render `template` once per key: later renders with the same key repeat the first HTML."""
    render = template.root_render_func
    rendered: dict[tuple[str, ...], str] = {}

    def shared(context: Any) -> Iterator[str]:
        key = key_of(context)
        if key is None:
            yield from render(context)
            return
        html = rendered.get(key)
        if html is None:
            html = rendered[key] = "".join(render(context))
        yield html

    template.root_render_func = shared


@contextmanager
def faster_templates(bytecode: Path | None, *, share_navigation: bool = True) -> Iterator[None]:
    """For the MkDocs builds run inside: the navigation rendered once per kind of page, and the
    compiled templates kept in the folder `bytecode` (None: compiled in memory only)."""
    import jinja2
    from mkdocs.theme import Theme

    original = Theme.get_env

    def get_env(theme: Theme) -> jinja2.Environment:
        env = original(theme)
        if bytecode is not None:
            try:
                bytecode.mkdir(parents=True, exist_ok=True)
            except OSError:
                pass  # no cache folder: the templates are compiled as usual
            else:
                env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(bytecode))
        if share_navigation:
            try:
                template = env.get_template(NAVIGATION_TEMPLATE)
            except jinja2.TemplateNotFound:
                pass  # a theme without Material's navigation partial
            else:
                _share(template, navigation_key)
        return env

    Theme.get_env = get_env  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        Theme.get_env = original  # type: ignore[method-assign]
