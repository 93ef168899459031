"""A web page saved as one file (MHTML) -> the page's HTML, read by the standard library's MIME parser.

Chromium and Edge save a page as "Webpage, Single File" (``.mhtml``), and Word as "Single File Web Page"
(``.mht``): a MIME message whose first HTML part is the page, encoded quoted-printable or base64, with its
images and style sheets in the parts after it. Only the page is read; nothing it links to is fetched.
"""

from __future__ import annotations

import re

from referat.errors import InputError
from referat.extract.decode import decode_text

#: A MIME header block that opens the file and says the parts belong together: the mark of a saved page.
_MULTIPART = re.compile(rb"(?im)^content-type:\s*multipart/related\b")
_MIME_VERSION = re.compile(rb"(?im)^mime-version:")


def looks_like_mhtml(data: bytes) -> bool:
    """True when ``data`` opens with the MIME headers of a page saved as one file."""
    head = re.split(rb"\r?\n\r?\n", data[:8192].lstrip(), maxsplit=1)[0]
    return bool(_MIME_VERSION.search(head) and _MULTIPART.search(head))


def mhtml_page(data: bytes) -> str:
    """The HTML of the saved page: its first ``text/html`` part, transfer encoding undone, decoded as text is."""
    import email  # only for a saved page: the text path does not load the MIME parser

    message = email.message_from_bytes(data)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                charset = part.get_content_charset()
                if charset:
                    try:
                        return payload.decode(charset)
                    except (LookupError, UnicodeDecodeError):
                        pass  # a wrong or unknown charset label: decoded as any text is
                return decode_text(payload)
    raise InputError("a web page saved as one file (MHTML) with no HTML page in it")
