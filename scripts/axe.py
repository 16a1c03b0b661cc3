#!/usr/bin/env python3
"""Runs axe-core (WCAG 2.2 A and AA, and best practice) in headless Chromium over HTML files.

    axe.py FILE_OR_FOLDER...

Every .html below each folder is opened from disk, axe-core is loaded into it through the
DevTools protocol (as `scripts/preview-browser` drives the preview), and its violations are
printed, each with the rule, the page and the elements. Exits 1 if there is any. axe-core is
the copy inside the PyPI package axe-playwright-python, which `make test-deps` installs
without its Playwright dependency: Tabled drives Chromium itself.
"""
import importlib.util
import json
import os
import pathlib
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from chromium import Chromium  # noqa: E402

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def axe_source():
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("axe: axe-playwright-python is not installed: `make test-deps` installs it")
    return (pathlib.Path(list(spec.submodule_search_locations)[0]) / "axe.min.js").read_text()


def pages(arguments):
    for argument in arguments:
        path = pathlib.Path(argument)
        if path.is_dir():
            yield from sorted(path.rglob("*.html"))
        elif path.is_file():
            yield path
        else:
            sys.exit(f"axe: {argument}: no such file or folder")


def main():
    files = list(pages(sys.argv[1:]))
    if not files:
        sys.exit("axe: no HTML files given")
    source = axe_source()
    browser = Chromium("about:blank")
    # A long pack takes axe a while on a busy machine: wait for it rather than fail.
    browser.socket.sock.settimeout(300)
    failures = 0
    try:
        for file in files:
            url = file.resolve().as_uri()
            browser.call("Page.navigate", url=url)
            if browser.wait_for(f"document.readyState === 'complete' && location.href === {json.dumps(url)}") is None:
                print(f"axe: {file}: did not load", file=sys.stderr)
                failures += 1
                continue
            browser.evaluate(source + "\n;true")
            result = browser.evaluate(
                "axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']})"
                ".then(r => r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))})))"
                % json.dumps(TAGS))
            for violation in result:
                failures += 1
                targets = ", ".join(violation["nodes"][:3]) + (" ..." if len(violation["nodes"]) > 3 else "")
                print(f"axe: {file}: {violation['id']}: {violation['help']} ({len(violation['nodes'])}: {targets})", file=sys.stderr)
    finally:
        browser.close()
    if failures:
        sys.exit(1)
    print(f"axe: {len(files)} pages, 0 violations of WCAG 2.2 A/AA and best practice (axe-core in headless Chromium)")


if __name__ == "__main__":
    main()
