#!/usr/bin/env python3
"""Reads a pack folder's open data back with real parsers, as a consumer would.

    open-data.py DIR [CANARY]

DIR holds meeting folders (each with meeting.ics and meeting.json) and, from a pack of several
agendas, meetings.ics and feed.atom. Every calendar is parsed with the icalendar package, every
meeting.json validated against docs/meeting.schema.json, the feed parsed as Atom. With CANARY,
no open-data file may contain it. Prints one summary line; exits 1 on the first failure.
"""
import json
import pathlib
import sys
import xml.etree.ElementTree as ET

import icalendar
import jsonschema

ATOM = "{http://www.w3.org/2005/Atom}"


def fail(message):
    print("open data: " + message, file=sys.stderr)
    sys.exit(1)


def events(path):
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    found = [c for c in calendar.walk("VEVENT")]
    for event in found:
        for key in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if key not in event:
                fail(f"{path}: an event has no {key}")
        start = event.decoded("DTSTART")
        if hasattr(start, "tzinfo") and start.tzinfo is not None and "London" not in str(start.tzinfo) and "BST" not in str(start.tzinfo) and "GMT" not in str(start.tzinfo):
            fail(f"{path}: DTSTART is not in Europe/London: {start.tzinfo}")
    return found


def main():
    root = pathlib.Path(sys.argv[1])
    canary = sys.argv[2] if len(sys.argv) > 2 else None
    schema = json.loads((pathlib.Path(__file__).resolve().parent.parent / "docs" / "meeting.schema.json").read_text())
    meetings = sorted(p.parent for p in root.glob("*/meeting.json"))
    if not meetings and not list(root.glob("**/*-decisions.json")) and not list(root.glob("**/forward-plan.json")):
        fail(f"no meeting folders or notices in {root}")
    files = []
    for folder in meetings:
        data = json.loads((folder / "meeting.json").read_text())
        try:
            jsonschema.validate(data, schema)
        except jsonschema.ValidationError as error:
            fail(f"{folder / 'meeting.json'}: {error.message}")
        found = events(folder / "meeting.ics")
        if len(found) != 1:
            fail(f"{folder / 'meeting.ics'}: {len(found)} events, not 1")
        for item in data["items"]:
            if item["exempt"] and (item["documents"] or "from" in item or "key_decision" in item):
                fail(f"{folder / 'meeting.json'}: exempt item {item['number']} says more than its notice")
        files += [folder / "meeting.json", folder / "meeting.ics"]
    summary = (f"{len(meetings)} meeting.json valid against docs/meeting.schema.json, {len(meetings)} meeting.ics read by icalendar"
               if meetings else "no meetings")
    if (root / "meetings.ics").exists():
        found = events(root / "meetings.ics")
        if len(found) != len(meetings):
            fail(f"meetings.ics has {len(found)} events for {len(meetings)} meetings")
        feed = ET.parse(root / "feed.atom").getroot()
        if feed.tag != ATOM + "feed":
            fail("feed.atom is not an Atom feed")
        for key in ("id", "title", "updated"):
            if feed.find(ATOM + key) is None:
                fail(f"feed.atom has no {key}")
        entries = feed.findall(ATOM + "entry")
        supplements = sum(len([d for d in json.loads((m / "meeting.json").read_text())["documents"] if d["path"].endswith("/public-pack.html")])
                          for m in meetings)
        if len(entries) != len(meetings) + supplements:
            fail(f"feed.atom has {len(entries)} entries for {len(meetings)} meetings and {supplements} supplements")
        for entry in entries:
            for key in ("id", "title", "updated"):
                if entry.find(ATOM + key) is None:
                    fail(f"a feed entry has no {key}")
        files += [root / "meetings.ics", root / "feed.atom"]
        summary += f", meetings.ics with {len(found)} events, feed.atom with {len(entries)} entries"
    if canary:
        for path in files:
            if canary in path.read_text():
                fail(f"{path} holds exempt content ({canary})")
    # The notices' JSON forms, wherever they were written below DIR.
    notices = {"decisions": sorted(root.glob("**/*-decisions.json")), "forward-plan": sorted(root.glob("**/forward-plan.json"))}
    for kind, paths in notices.items():
        notice_schema = json.loads((pathlib.Path(__file__).resolve().parent.parent / "docs" / f"{kind}.schema.json").read_text())
        for path in paths:
            try:
                jsonschema.validate(json.loads(path.read_text()), notice_schema)
            except jsonschema.ValidationError as error:
                fail(f"{path}: {error.message}")
            files.append(path)
        if paths:
            summary += f", {len(paths)} {kind}.json valid against docs/{kind}.schema.json"
    if canary:
        for path in files[len(files) - sum(len(p) for p in notices.values()):]:
            if canary in path.read_text():
                fail(f"{path} holds exempt content ({canary})")
    print("open data: " + summary)


if __name__ == "__main__":
    main()
