"""``referat parse FILE [--json] [--municipality NAME]``."""

from __future__ import annotations

import argparse
import json
import sys

from referat.model import Meeting
from referat.parse import parse_file


def register(p: argparse.ArgumentParser) -> None:
    """The ``parse`` command's arguments."""
    p.add_argument("file", help="a text, Markdown, HTML, PDF or Word (.docx) document, a case system's XML export or a "
                                  "saved FirstAgenda agenda answer (JSON)")
    p.add_argument("--json", action="store_true", help="print the structure as JSON")
    p.add_argument("--municipality", help="the municipality, overriding what the text says")
    p.set_defaults(func=run)


def summary(meeting: Meeting) -> str:
    """The readable summary: the meeting header, then one line per item."""
    head = [
        f"{meeting.kind.capitalize() if meeting.kind != 'unknown' else 'Meeting (kind not stated)'}: "
        f"{meeting.body or '(body unknown)'}"
        + (f" ({meeting.period})" if meeting.period else ""),
        f"Municipality: {meeting.municipality or '-'}",
        f"Date: {meeting.date or '-'}" + (f" {meeting.start_time}" if meeting.start_time else "")
        + (f"-{meeting.end_time}" if meeting.end_time else ""),
        f"Place: {meeting.location or '-'}",
    ]
    if meeting.participants:
        head.append("Present: " + ", ".join(p.name + (f" ({p.party})" if p.party else "")
                                            for p in meeting.participants))
    if meeting.absent:
        head.append("Absent: " + ", ".join(p.name + (f" ({p.party})" if p.party else "") for p in meeting.absent))
    head.append("")
    for item in meeting.items:
        number = str(item.number) if item.number is not None else "-"
        title = item.title or ""
        if item.closed:
            title = f"[lukket] {title}".strip()
        cases = ", ".join(item.case_numbers) or "-"
        outcomes = ", ".join(item.outcomes) or "-"
        head.append(f"{number:>4}  {title}  |  {cases}  |  {outcomes}")
    for warning in meeting.warnings:
        head.append(f"warning: {warning}")
    return "\n".join(head)


def run(args: argparse.Namespace) -> int:
    """Parse the file and print JSON or the summary."""
    meeting = parse_file(args.file, municipality=args.municipality)
    if args.json:
        json.dump(meeting.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(summary(meeting))
    return 0
