"""``--pdf``: a collected meeting's PDFs (the whole document and each attachment) saved as files.

A file is written under a temporary name and renamed when complete, so a run killed midway
leaves no half file; a file present already is not fetched again. An answer that is not a
PDF is reported with its address and not kept.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from referat.collect.http import FetchError, PoliteClient
from referat.collect.systems import CollectedMeeting

PDF_MAGIC = b"%PDF-"


def save_pdfs(client: PoliteClient, collected: CollectedMeeting, folder: Path, failures: list[str]) -> int:
    """Fetch the meeting's PDFs missing from ``folder``; the number saved. Failures are appended, named."""
    saved = 0
    for url, name in collected.pdfs:
        target = folder / name
        if target.exists():
            continue
        try:
            response = client.get(url)
        except FetchError as exc:
            failures.append(str(exc))
            continue
        if not response.content.startswith(PDF_MAGIC):
            failures.append(f"{url}: not a PDF ({response.content_type or 'no content type'})")
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".part-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(response.content)
            os.replace(temporary, target)
        except OSError as exc:
            Path(temporary).unlink(missing_ok=True)
            failures.append(f"{target}: cannot write ({exc.strerror or exc})")
            continue
        saved += 1
    return saved
