#!/usr/bin/env python3
"""Tabled's benchmarks: speed and memory against cmark-gfm and pandoc, measured in one run.

Run by `make bench` after a release build. Every figure is the median of several runs
after a warm-up, with its ratio to a baseline measured in the same run. The generated
papers come from a fixed seed, so they are the same every time.
"""
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

from pdf_objects import pdf

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLED = os.path.join(ROOT, ".build", "release", "tabled")
# What `make install` ships: the same code with the Swift runtime linked in (measured if built).
TABLED_STATIC = os.path.join(ROOT, ".build-static", "release", "tabled")
# What `make install` ships; `make bench` builds it first.
INSTALLED = TABLED_STATIC if os.path.exists(TABLED_STATIC) else TABLED
WORK = os.path.join(ROOT, ".build", "bench")
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "45"))
BATCH_ROUNDS = int(os.environ.get("BENCH_BATCH_ROUNDS", "9"))
PAPERS = int(os.environ.get("BENCH_PAPERS", "1000"))
GFM = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter"]

WORDS = ("the council cabinet budget pooled service partners agreement commissioning care social health "
         "report officers members review contract savings pressures forecast residential support recovery "
         "integrated strategy delivery outcomes performance framework procurement transformation phase "
         "project monitoring finance legal equalities risk community provision users carers").split()


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
    return " ".join(words).capitalize() + "."


def paper(rng, index, broken, tables=None):
    """One generated paper: 10-40 paragraphs, 1-5 tables (or as many as asked); a broken one has a wrong total."""
    lines = [
        "meeting: {body: Cabinet, date: 2026-12-15, item: %d}" % (index + 1),
        "title: Generated paper %d" % (index + 1),
        "from: Director for Benchmarks",
        "wards: All",
        "summary: %s" % sentence(rng),
        "recommendations:",
        "  lead: The Cabinet is RECOMMENDED to",
        "  items:",
    ]
    for r in range(rng.randint(1, 4)):
        lines.append("    - {id: rec%d, text: \"%s\"}" % (r, sentence(rng)[:-1].lower() + ";"))
    tables = tables or rng.randint(1, 5)
    paragraphs = rng.randint(10, 40)
    sections = rng.randint(2, 6)
    lines.append("sections:")
    placed = 0
    per_section = max(1, paragraphs // sections)
    written = 0
    for s in range(sections):
        lines.append("  - title: Section %d" % (s + 1))
        lines.append("    paragraphs:")
        count = per_section if s < sections - 1 else paragraphs - written
        for p in range(count):
            text = " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
            if p == 0 and s > 0:
                text += " See {{ref:p%d_0}}." % (s - 1)
            lines.append("      - {id: p%d_%d, text: \"%s\"}" % (s, p, text))
            written += 1
        while placed < tables and (placed < (s + 1) * tables // sections):
            lines.append("      - table: t%d" % placed)
            placed += 1
    lines.append("implications:")
    lines.append("  financial: %s" % sentence(rng))
    lines.append("  legal: %s" % sentence(rng))
    lines.append("tables:")
    wrong = rng.randrange(tables) if broken else -1
    for t in range(tables):
        columns = rng.randint(1, 4)
        scale = rng.choice([0, 0, 1, 3])
        lines.append("  - id: t%d" % t)
        lines.append("    caption: Table %d of paper %d" % (t + 1, index + 1))
        lines.append("    unit: %s" % ("£" if scale == 0 else "£m"))
        lines.append("    columns: [%s]" % ", ".join("c%d" % c for c in range(columns)))
        lines.append("    rows:")
        totals = [0] * columns
        for r in range(rng.randint(3, 12)):
            values = [rng.randint(-20000, 900000) for _ in range(columns)]
            totals = [a + b for a, b in zip(totals, values)]
            lines.append("      - [Line %d, %s]" % (r + 1, ", ".join(fmt(v, scale) for v in values)))
        if t == wrong:
            totals[0] += 10 ** (scale + 2)
        lines.append("      - {label: Total, total: sum, values: [%s]}" % ", ".join(fmt(v, scale) for v in totals))
    return "\n".join(lines) + "\n"


def fmt(value, scale):
    """A figure as papers print it: whole pounds with separators and brackets, or £m decimals."""
    if scale == 0:
        return '"(%s)"' % format(-value, ",") if value < 0 else '"%s"' % format(value, ",")
    sign = "-" if value < 0 else ""
    digits = str(abs(value)).rjust(scale + 1, "0")
    return "%s%s.%s" % (sign, digits[:-scale], digits[-scale:])


def sized_paper(target_bytes, seed, row_bytes=2000):
    """A paper of about `target_bytes`: prose that quotes money, and a table that grows with it."""
    rng = random.Random(seed)
    lines = ["meeting: {body: Cabinet, date: 2026-12-15}", "title: A paper of %d bytes" % target_bytes,
             "recommendations: {items: [note the figures]}", "sections:", "  - title: Figures", "    paragraphs:",
             "      - table: t"]
    rows = max(3, target_bytes // row_bytes)
    table = ["tables:", "  - id: t", "    caption: Spending", "    unit: £", "    columns: [a, b, c]", "    rows:"]
    totals = [0, 0, 0]
    for r in range(rows):
        values = [rng.randint(0, 90000) for _ in range(3)]
        totals = [x + y for x, y in zip(totals, values)]
        table.append("      - [Line %d, %s]" % (r + 1, ", ".join(str(v) for v in values)))
    table.append("      - {label: Total, total: sum, values: [%s]}" % ", ".join(str(v) for v in totals))
    size = sum(len(line) + 1 for line in lines + table)
    while size < target_bytes:
        text = sentence(rng) + " Spending was £%s against £%s planned. " % (format(rng.randint(1000, 90000), ","),
                                                                           format(rng.randint(1000, 90000), ",")) + sentence(rng)
        line = '      - "%s"' % text
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines + table) + "\n"


def published_papers(files, broken, out):
    """`tabled check` on papers as published: a PDF pack of 50 pages or more, made by `tabled pack`
    from generated papers, and a Word paper of 100 tables, timed against poppler's pdftotext
    alone (which Tabled's PDF reader runs) and against unzipping the Word file's text."""
    folder = os.path.join(WORK, "published")
    os.makedirs(folder, exist_ok=True)
    good = [f for i, f in enumerate(files) if i not in broken]
    # Reports must sit at or below their agenda's folder.
    agenda = os.path.join(WORK, "bench-agenda.yaml")
    pack_pdf = None
    for count in (8, 12, 16, 24, 40):
        with open(agenda, "w") as f:
            f.write("meeting: {body: Cabinet, date: 2026-12-15, time: \"10:00\", venue: Town Hall}\npublished: 2026-12-04\n"
                    "contact: {name: Democratic Services, phone: 01234 567890, email: democratic.services@example.gov.uk}\nitems:\n")
            for path in good[:count]:
                f.write("  - report: %s\n" % os.path.relpath(path, WORK))
        shutil.rmtree(os.path.join(folder, "pack"), ignore_errors=True)
        made = subprocess.run([TABLED, "pack", "--format", "html,pdf", "-o", os.path.join(folder, "pack"), agenda],
                              capture_output=True, text=True)
        found = [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(folder, "pack")) for f in fs if f == "public-pack.pdf"]
        if made.returncode != 0 or not found:
            sys.exit("bench: tabled pack --format pdf failed:\n" + made.stderr[-2000:])
        pack_pdf = found[0]
        pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pack_pdf], capture_output=True, text=True).stdout).group(1))
        if pages >= 50:
            break

    rng = random.Random(100)
    tables = os.path.join(folder, "tables.yaml")
    with open(tables, "w") as f:
        f.write(paper(rng, 0, False, tables=100))
    subprocess.run([TABLED, "render", "--format", "docx,pdf", "-o", folder, tables], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    docx = os.path.join(folder, "tables.docx")

    pdf_check, _ = measure("tabled check pack pdf", [TABLED, "check", pack_pdf], expect_codes=(0, 1))
    pdf_boxes, _ = measure("pdftotext -bbox-layout", ["pdftotext", "-bbox-layout", "-enc", "UTF-8", pack_pdf, os.devnull])
    pdf_text, _ = measure("pdftotext", ["pdftotext", pack_pdf, os.devnull])
    word_check, _ = measure("tabled check docx", [TABLED, "check", docx], expect_codes=(0, 1))
    word_unzip, _ = measure("unzip -p document.xml", ["unzip", "-p", docx, "word/document.xml"])
    word_pdf_text, _ = measure("pdftotext (tables.pdf)", ["pdftotext", os.path.join(folder, "tables.pdf"), os.devnull])
    summary = subprocess.run([TABLED, "check", pack_pdf, docx], capture_output=True, text=True).stdout.strip()
    results = [
        ("6. published PDF pack, %d pages: tabled check" % pages, pdf_check, "pdftotext alone", pdf_text),
        ("   the same, against the word boxes Tabled reads", pdf_check, "pdftotext -bbox-layout", pdf_boxes),
        ("7. Word paper of 100 tables: tabled check", word_check, "pdftotext of the same paper as PDF", word_pdf_text),
        ("   the same, against unzipping its text", word_check, "unzip -p word/document.xml", word_unzip),
    ]
    note = "Published papers (6, 7), as tabled check found them:\n\n```\n%s\n```" % summary
    return {"results": results, "note": note}


def size_scaling(out):
    """Time per MB from 1 KB to 5 MB, and the two shapes that were once quadratic."""
    folder = os.path.join(WORK, "sizes")
    os.makedirs(folder, exist_ok=True)
    rows = ["| paper | size | tabled check | per MB | tabled render | per MB |", "|---|---:|---:|---:|---:|---:|"]
    cases = [("prose, figures and a table", n) for n in (1_000, 10_000, 100_000, 1_000_000, 4_900_000)]
    for name, size in cases:
        path = os.path.join(folder, "paper-%d.yaml" % size)
        with open(path, "w") as f:
            f.write(sized_paper(size, size))
        rows.append(measure_size(name, path, out))
    special = [("one word of 1 MB", '      - "%s"\n' % ("x" * 1_000_000)),
               ("1.4 MB: prose quoting money, 42,000 figures", None)]
    for name, body in special:
        path = os.path.join(folder, name.split(":")[0].replace(" ", "-").replace(",", "") + ".yaml")
        with open(path, "w") as f:
            if body is not None:
                f.write("meeting: {body: Cabinet, date: 2026-12-15}\ntitle: Long word\nrecommendations: {items: [note it]}\n"
                        "sections:\n  - title: S\n    paragraphs:\n" + body)
            else:
                text = sized_paper(1_400_000, 14, row_bytes=100)
                f.write(text)
        rows.append(measure_size(name, path, out))
    return "\n".join(rows)


def long_table(rows, fmt, path):
    """One published table of `rows` rows ("Row i | 1 | 2 | 3") in `fmt`: html, md, docx or pdf."""
    body = [("Item", "A", "B", "C")] + [("Row %d" % i, "1", "2", "3") for i in range(rows)]
    if fmt == "md":
        text = "# Long table\n\n| Item | A | B | C |\n|---|--:|--:|--:|\n" + "".join("| %s | %s | %s | %s |\n" % r for r in body[1:])
        with open(path, "w") as f:
            f.write(text)
    elif fmt == "html":
        cells = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n" % r for r in body[1:])
        with open(path, "w") as f:
            f.write("<html><body><table><caption>Long table</caption><tr><th>Item</th><th>A</th><th>B</th><th>C</th></tr>\n%s</table></body></html>\n" % cells)
    elif fmt == "docx":
        w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        cell = lambda t: "<w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>" % t
        table = "".join("<w:tr>%s</w:tr>" % "".join(cell(t) for t in r) for r in body)
        document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>'
                    '<w:r><w:t>Long table</w:t></w:r></w:p><w:tbl>%s</w:tbl><w:sectPr/></w:body></w:document>' % (w, table))
        types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", types)
            z.writestr("_rels/.rels", rels)
            z.writestr("word/document.xml", document)
    else:
        # Fifty rows a page in Helvetica, figures set right, as a plain PDF writer prints them.
        pages = []
        for start in range(0, len(body), 50):
            ops = ["BT /F1 10 Tf"] + (["1 0 0 1 72 800 Tm (Long table) Tj"] if start == 0 else [])
            for k, row in enumerate(body[start:start + 50]):
                y = 780 - 14 * k
                ops.append("1 0 0 1 72 %d Tm (%s) Tj" % (y, row[0]))
                ops += ["1 0 0 1 %.1f %d Tm (%s) Tj" % (x - 5.0 * len(t), y, t) for x, t in zip((300, 380, 460), row[1:])]
            pages.append(("\n".join(ops + ["ET"])).encode())
        # Catalog, pages, font, then each page and its content.
        n = len(pages)
        objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
                   b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(n)), n),
                   b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
        for i, content in enumerate(pages):
            objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i))
            objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        out = pdf(objects)
        with open(path, "wb") as f:
            f.write(out)


def long_tables():
    """`tabled check` on one published table of 19,239 rows and of 76,959 (four times as many), in
    each format a reviewer brings: the time should grow no faster than the rows (issue 35)."""
    folder = os.path.join(WORK, "long")
    os.makedirs(folder, exist_ok=True)
    lines = ["| format | 19,239 rows | 76,959 rows | ratio (4× is linear) |", "|---|---:|---:|---:|"]
    worst = 0
    for fmt, name in (("html", "HTML"), ("md", "Markdown"), ("docx", "Word"), ("pdf", "PDF")):
        paths = []
        for rows in (19_239, 76_959):
            paths.append(os.path.join(folder, "long-%d.%s" % (rows, fmt)))
            long_table(rows, fmt, paths[-1])
        times = interleaved([("%s %d" % (fmt, i), [TABLED, "check", path], None, 1) for i, path in enumerate(paths)], rounds=5)
        small, large = times["%s 0" % fmt], times["%s 1" % fmt]
        worst = max(worst, large / small)
        lines.append("| %s | %.0f ms | %.0f ms | %.2f× |" % (name, small * 1000, large * 1000, large / small))
    return "\n".join(lines), worst


def measure_size(name, path, out):
    size = os.path.getsize(path)
    check, _ = measure("check " + name, [TABLED, "check", path], expect_codes=(0,))
    render, _ = measure("render " + name, [TABLED, "render", path, "-o", out], expect_codes=(0,))
    mb = size / 1_000_000
    return "| %s | %s | %.0f ms | %.0f ms | %.0f ms | %.0f ms |" % (
        name, "%.1f MB" % mb if size >= 100_000 else "%d KB" % (size // 1000), check * 1000, check * 1000 / mb,
        render * 1000, render * 1000 / mb)


def run(command, cwd=None):
    """Wall time in seconds and peak resident memory in MB of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def measure(name, command, expect_codes=(0,), before=None):
    """The median of RUNS runs after one warm-up."""
    if before:
        before()
    _, _, code = run(command)
    if code not in expect_codes:
        sys.exit("bench: %s exited %d" % (name, code))
    times, peaks = [], []
    for _ in range(RUNS):
        if before:
            before()
        elapsed, peak, _ = run(command)
        times.append(elapsed)
        peaks.append(peak)
    return statistics.median(times), max(peaks)


def interleaved(commands, rounds=None):
    """Each command's median over `rounds` (ROUNDS) rounds in which the commands run in turn,
    after one warm-up each: (name, command, before, every[, exit codes]) runs `command` in
    every `every`-th round and expects one of its exit codes (0)."""
    times = {entry[0]: [] for entry in commands}
    for round in range(-1, ROUNDS if rounds is None else rounds):
        for name, command, before, every, *codes in commands:
            if round >= 0 and round % every:
                continue
            if before:
                before()
            elapsed, _, code = run(command)
            if code not in (codes[0] if codes else (0,)):
                sys.exit("bench: %s exited %d" % (name, code))
            if round >= 0:
                times[name].append(elapsed)
    return {name: statistics.median(values) for name, values in times.items()}


def floor_binary():
    """A static Swift hello world that imports Foundation, linked as `make install` links Tabled
    (fixed address): the least any Swift tool pays to start."""
    source = os.path.join(WORK, "hello.swift")
    binary = os.path.join(WORK, "hello")
    with open(source, "w") as f:
        f.write('import Foundation\nprint("hello, \\(ProcessInfo.processInfo.processIdentifier)")\n')
    subprocess.run(["swiftc", "-O", "-static-stdlib", "-Xlinker", "-no-pie", source, "-o", binary], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return binary


def instructions(command):
    """Instructions executed (callgrind), which do not vary with the machine's load; None without valgrind."""
    if shutil.which("valgrind") is None:
        return None
    # Valgrind cannot read the Swift toolchain's compressed debug info: count on a copy without it.
    # Made afresh each run, so that a copy of an older build is never the one counted.
    stripped = os.path.join(WORK, "tabled-stripped")
    if not os.path.exists(stripped) or os.path.getmtime(stripped) < os.path.getmtime(TABLED):
        subprocess.run(["strip", "--strip-debug", "-o", stripped, TABLED], check=True)
    out = os.path.join(WORK, "callgrind.out")
    result = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out, stripped] + command[1:],
                            capture_output=True, text=True)
    found = re.search(r"Collected : (\d+)", result.stderr)
    return int(found.group(1)) if found else None


def main():
    if not os.path.exists(TABLED):
        sys.exit("bench: build first: swift build -c release")
    shutil.rmtree(WORK, ignore_errors=True)
    papers = os.path.join(WORK, "papers")
    markdown = os.path.join(WORK, "markdown")
    out = os.path.join(WORK, "out")
    os.makedirs(papers)
    rng = random.Random(20261123)
    broken = set(rng.sample(range(PAPERS), max(1, PAPERS // 50)))
    files = []
    for i in range(PAPERS):
        path = os.path.join(papers, "paper-%04d.yaml" % i)
        with open(path, "w") as f:
            f.write(paper(rng, i, i in broken))
        files.append(path)

    # The same papers as Markdown, written by tabled render --format markdown (not timed).
    subprocess.run([TABLED, "render", "--format", "markdown", "-o", markdown] + files,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    md_files = sorted(os.path.join(markdown, f) for f in os.listdir(markdown))
    brent = os.path.join(ROOT, "Examples", "brent-2014-mental-health", "report.yaml")
    subprocess.run([TABLED, "render", "--format", "markdown", "-o", WORK, brent], check=True)
    brent_md = os.path.join(WORK, "report.md")

    def clean():
        shutil.rmtree(out, ignore_errors=True)

    results = []
    # One paper and start-up take a few milliseconds, where five runs of each, one command
    # after another, measure the machine's drift as much as the commands: these run in turns,
    # ROUNDS times (pandoc, at ~70 ms, every third round), and each takes its median.
    floor = floor_binary()
    quick = interleaved([
        ("pandoc", ["pandoc", "-f", "gfm", "-t", "html", brent_md, "-o", os.devnull], None, 3),
        ("cmark-gfm", ["cmark-gfm"] + GFM + [brent_md], None, 1),
        # The build `make install` ships (static, fixed address) is the one measured against
        # the baselines; the development build (.build, dynamic) is shown beside it.
        ("tabled render (one)", [INSTALLED, "render", brent, "-o", out], clean, 1),
        ("hello world", [floor], None, 1),
        ("cmark-gfm --version", ["cmark-gfm", "--version"], None, 1),
        ("tabled --version", [INSTALLED, "--version"], None, 1),
    ])
    single_pandoc, single_cmark, single_tabled = quick["pandoc"], quick["cmark-gfm"], quick["tabled render (one)"]
    single_floor, startup_cmark, startup = quick["hello world"], quick["cmark-gfm --version"], quick["tabled --version"]
    results.append(("1. one paper (Brent): tabled render, HTML + text", single_tabled,
                    "pandoc -f gfm -t html", single_pandoc))
    results.append(("   the same, against the cmark-gfm command", single_tabled, "cmark-gfm", single_cmark))
    results.append(("   the floor: a static Swift hello world with Foundation, plus cmark-gfm on the paper",
                    single_tabled, "hello world + cmark-gfm", single_floor + single_cmark))
    single_dynamic, _ = measure("dynamic tabled render (one)", [TABLED, "render", brent, "-o", out], before=clean)
    results.append(("   one paper, the development build (dynamic, .build)", single_dynamic, "pandoc -f gfm -t html", single_pandoc))
    single_html, _ = measure("tabled render html", [INSTALLED, "render", "--format", "html", brent, "-o", out], before=clean)
    single_word, _ = measure("tabled render docx", [INSTALLED, "render", "--format", "docx", brent, "-o", out], before=clean)
    results.append(("   Word: tabled render --format docx (Brent)", single_word, "tabled render --format html", single_html))
    results.append(("   start-up: tabled --version", startup, "cmark-gfm --version", startup_cmark))
    results.append(("   the floor's start-up: the hello world", single_floor, "cmark-gfm --version", startup_cmark))
    startup_dynamic, _ = measure("dynamic tabled --version", [TABLED, "--version"])
    results.append(("   start-up, the development build", startup_dynamic, "cmark-gfm --version", startup_cmark))

    # The batch with its output in memory (tmpfs), in turns with its baseline: cmark-gfm
    # writes to a pipe and flushes nothing, while render flushes its files twice; and one
    # cmark-gfm over the batch drifted by half between runs measured one after another.
    batch_memory = None
    batch_commands = [("cmark-gfm batch", ["cmark-gfm"] + GFM + md_files, None, 1)]
    memory_out = tempfile.mkdtemp(prefix="tabled-bench-", dir="/dev/shm") if os.path.isdir("/dev/shm") else None
    if memory_out:
        batch_commands.append(("tabled render batch tmpfs", [INSTALLED, "render", "-o", memory_out] + files,
                               lambda: (shutil.rmtree(memory_out, ignore_errors=True), os.makedirs(memory_out, exist_ok=True)),
                               1, (1,)))
    try:
        batch = interleaved(batch_commands, rounds=BATCH_ROUNDS)
    finally:
        if memory_out:
            shutil.rmtree(memory_out, ignore_errors=True)
    batch_cmark, batch_memory = batch["cmark-gfm batch"], batch.get("tabled render batch tmpfs")
    batch_tabled, batch_peak = measure("tabled render batch", [INSTALLED, "render", "-o", out] + files,
                                       expect_codes=(1,), before=clean)
    results.append(("2. %d papers: one tabled render call" % PAPERS, batch_tabled,
                    "cmark-gfm over the %d Markdown files" % len(md_files), batch_cmark))
    if batch_memory is not None:
        results.append(("   the same, writing to tmpfs (/dev/shm), in turns with cmark-gfm", batch_memory,
                        "cmark-gfm over the %d Markdown files" % len(md_files), batch_cmark))
    batch_html, _ = measure("tabled render batch html", [INSTALLED, "render", "--format", "html", "-o", out] + files,
                            expect_codes=(1,), before=clean)
    batch_word, _ = measure("tabled render batch docx", [INSTALLED, "render", "--format", "docx", "-o", out] + files,
                            expect_codes=(1,), before=clean)
    results.append(("   Word: %d papers, --format docx" % PAPERS, batch_word, "the same, --format html", batch_html))
    per_file = os.path.join(WORK, "per-file.sh")
    with open(per_file, "w") as f:
        f.write("for f in \"$@\"; do cmark-gfm %s \"$f\" > /dev/null; done\n" % " ".join(GFM))
    batch_cmark_each, _ = measure("cmark-gfm per file", ["sh", per_file] + md_files)
    results.append(("   the same batch", batch_tabled, "cmark-gfm, one process per file", batch_cmark_each))
    check_time, _ = measure("tabled check batch", [INSTALLED, "check"] + files, expect_codes=(1,))
    results.append(("3. %d papers: tabled check" % PAPERS, check_time, "cmark-gfm, as above", batch_cmark))
    results.append(("   the same", check_time, "tabled render, as above", batch_tabled))

    published = published_papers(files, broken, out)
    results += published["results"]

    clean()
    profile = subprocess.run([TABLED, "render", "--profile", "-o", out] + files, capture_output=True, text=True).stderr
    profile = "\n".join(line for line in profile.splitlines()
                        if line.startswith("profile:") or (line.startswith("  ") and line.endswith("%")))

    scaling = size_scaling(out)
    long_rows, long_worst = long_tables()

    clean()
    counts = [("one paper (Brent)", instructions([TABLED, "render", brent, "-o", out]))]
    clean()
    counts.append(("50 generated papers", instructions([TABLED, "render", "-o", out] + files[:50])))

    # Live preview: from a save of the Brent paper to its new title in headless Chromium's DOM.
    preview = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "preview-browser"), "bench", "--edits", "20"],
                             capture_output=True, text=True, env=dict(os.environ, TABLED_BIN=TABLED))
    if preview.returncode != 0:
        sys.exit("bench: the preview benchmark failed:\n" + preview.stdout + preview.stderr)
    edits = json.loads(preview.stdout.strip().splitlines()[-1])

    lines = ["| measure | Tabled | baseline | baseline time | ratio |", "|---|---:|---|---:|---:|"]
    for name, ours, base_name, base in results:
        lines.append("| %s | %.1f ms | %s | %.1f ms | %.2f× |" % (name, ours * 1000, base_name, base * 1000, ours / base))
    lines.append("| 4. peak memory of the %d-paper render | %.1f MB | | | |" % (PAPERS, batch_peak))
    lines.append("| 5. live preview, save to screen (Brent, median of %d edits; headless Chromium) | %.1f ms | tabled render (one), as above | %.1f ms | %.2f× |" % (
        edits["edits"], edits["median_ms"], single_tabled * 1000, edits["median_ms"] / (single_tabled * 1000)))
    report = "\n".join(lines)
    # The batch against cmark-gfm, which writes to a pipe: on tmpfs where there is one.
    batch_fastest, batch_where = (batch_memory, "tmpfs") if batch_memory is not None else (batch_tabled, "disk")

    def verdict(met, figure):
        return ("met, " if met else "missed, ") + figure
    summary = [
        "Machine: %d cores; %s" % (os.cpu_count(), subprocess.run(["uname", "-sr"], capture_output=True, text=True).stdout.strip()),
        "Runs: median of %d after one warm-up (one paper and start-up: %d rounds in turns, pandoc every third); %d generated papers (seed 20261123), %d with a deliberate error." % (RUNS, ROUNDS, PAPERS, len(broken)),
        "",
        report,
        "",
        "Targets (issue 18): one paper at least 5× faster than pandoc (%s) and within 3× of the floor (%s); "
        "start-up within 3× of cmark-gfm --version (%s); the batch within 3× of cmark-gfm (%s); check within 2× of render (%s); "
        "peak memory under 150 MB (%s)." % (
            verdict(single_pandoc / single_tabled >= 5, "%.1f× faster" % (single_pandoc / single_tabled)),
            verdict(single_tabled / (single_floor + single_cmark) <= 3, "%.2f×" % (single_tabled / (single_floor + single_cmark))),
            verdict(startup / startup_cmark <= 3, "%.2f×" % (startup / startup_cmark)),
            verdict(batch_fastest / batch_cmark <= 3, "%.2f× on %s" % (batch_fastest / batch_cmark, batch_where)),
            verdict(check_time <= 2 * batch_tabled, "%.2f×" % (check_time / batch_tabled)),
            verdict(batch_peak < 150, "%.1f MB" % batch_peak)),
        "Live preview: median save-to-screen under 200 ms (%s; fastest %.0f ms, slowest %.0f ms). It includes the preview's polling "
        "(every 25 ms) and its wait for the file to settle (20 ms)." % (
            "met" if edits["median_ms"] < 200 else "missed", edits["min_ms"], edits["max_ms"]),
        "",
        published["note"],
        "",
        "Instructions executed (callgrind; they do not vary with the machine's load):",
        "",
        "\n".join("- tabled render, %s: %s" % (name, "{:,}".format(count) if count else "not measured (no valgrind)")
                  for name, count in counts),
        "",
        "Size scaling (one process per run; time per MB should stay roughly flat):",
        "",
        scaling,
        "",
        "Long published tables, median of 5 interleaved runs (issue 35: 76,959 rows within 4× of 19,239; %s, worst %.2f×):" % (
            "met" if long_worst <= 4 else "missed", long_worst),
        "",
        long_rows,
        "",
        "Where the time goes in the batch (tabled render --profile):",
        "",
        "```",
        profile,
        "```",
    ]
    text = "\n".join(summary)
    print(text)
    with open(os.path.join(WORK, "results.md"), "w") as f:
        f.write(text + "\n")


if __name__ == "__main__":
    main()
