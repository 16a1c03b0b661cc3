#!/usr/bin/env python3
"""Checks that every PDF given is tagged as PDF/UA-1 asks: a structure tree holding headings,
tables with header and data cells (where the paper has a table), the language, the title
shown in the viewer's window, an author where the paper names one, and running headers and footers as artifacts (left
out of the structure). Prints one line per file; exits 1 if any falls short.
  python3 scripts/pdf-structure.py [--tables] FILE.pdf... [--tables FILE.pdf...]
The files after --tables must hold a table; make test-pdf runs it (needs pikepdf).
"""
import sys

import pikepdf

# Papers that name no author (an annex with no `from`, no house style): said, not failed.
unauthored = []


def tags(root):
    """Every structure element's type, walked without recursion."""
    found, stack = set(), [root]
    while stack:
        node = stack.pop()
        if isinstance(node, pikepdf.Array):
            stack.extend(node)
            continue
        if not isinstance(node, pikepdf.Dictionary):
            continue
        if "/S" in node:
            found.add(str(node.S)[1:])
        if "/K" in node:
            stack.append(node.K)
    return found


def check(path, with_table):
    problems = []
    with pikepdf.open(path) as pdf:
        root = pdf.Root
        if "/StructTreeRoot" not in root:
            return ["no structure tree (not tagged)"]
        if str(root.get("/MarkInfo", {}).get("/Marked", False)) != "True":
            problems.append("MarkInfo /Marked is not true")
        if "/Lang" not in root:
            problems.append("no /Lang")
        if str(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)) != "True":
            problems.append("the viewer is not told to show the title (DisplayDocTitle)")
        info = pdf.docinfo
        if not str(info.get("/Title", "")).strip():
            problems.append("no title")
        if not str(info.get("/Author", "")).strip():
            unauthored.append(path)
        found = tags(root.StructTreeRoot)
        if not found & {"H1", "H2", "H"}:
            problems.append("no heading tags")
        if with_table:
            for tag in ("Table", "TR", "TH", "TD"):
                if tag not in found:
                    problems.append(f"no {tag} tag")
        # Running headers and page numbers are artifacts: marked as such in the page's content.
        page = pdf.pages[0]
        content = b"".join(c.read_bytes() for c in (page.Contents if isinstance(page.Contents, pikepdf.Array) else [page.Contents]))
        if b"/Artifact" not in content:
            problems.append("page 1 marks nothing as an artifact (running header, page number)")
    return problems


def main(arguments):
    failed = 0
    paths, with_table = [], False
    for argument in arguments:
        if argument == "--tables":
            with_table = True
        else:
            paths.append((argument, with_table))
    for path, with_table in paths:
        problems = check(path, with_table)
        if problems:
            failed += 1
            print(f"pdf: FAIL {path}: " + "; ".join(problems))
    if unauthored:
        print(f"pdf: note: {len(unauthored)} name no author (the paper gives no 'from', house style or meeting): " + ", ".join(unauthored))
    print(f"pdf: {len(paths) - failed} passed, {failed} failed: tagged PDF/UA structure, language, title, artifacts")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
