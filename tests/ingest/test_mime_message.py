"""A saved e-mail's raw MIME source is read as its message: quoted-printable and base64 decoded."""

from __future__ import annotations

import base64

from assistant.ingest.loaders import load_bytes

_HEAD = ("Return-Path: <bounce@alerts.alder.example>\nFrom: \"City of Alder Careers\" <careers@alder.example>\n"
         "Subject: Now Hiring: Home Repair Inspector\nMIME-Version: 1.0\n")


def test_a_quoted_printable_job_alert_is_read_decoded() -> None:
    raw = (_HEAD + "Content-Type: multipart/alternative; boundary=\"XX\"\n\nThis is a multi-part message.\n\n--XX\n"
           "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
           "=3D=3D=3D=3D=3D=3D\nHOME REPAIR INSPECTOR =E2=80=A2 JOB ALERT\n\nSalary: $31.42 to $40.10 per hour. Insp=\n"
           "ects homes and writes the scope of work.\n\n--XX\nContent-Type: text/html; charset=UTF-8\n"
           "Content-Transfer-Encoding: base64\n\n" + base64.b64encode(b"<p>Salary: $31.42</p>").decode() + "\n\n--XX--\n")
    text = load_bytes(raw.encode(), ".txt", "alert.txt").text
    assert "HOME REPAIR INSPECTOR • JOB ALERT" in text and "Inspects homes and writes the scope of work." in text
    assert "=E2" not in text and "=3D" not in text and "base64" not in text and "Return-Path" not in text
    assert text.startswith("From: City of Alder Careers <careers@alder.example>\nSubject: Now Hiring: Home Repair Inspector")


def test_an_html_only_message_is_rendered_and_a_postings_fields_are_no_mail_headers() -> None:
    html = "<html><body><h1>Home Repair Inspector</h1><p>Salary: $31.42 to $40.10 per hour.</p></body></html>"
    raw = (_HEAD + "Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
           + base64.b64encode(html.encode()).decode() + "\n")
    text = load_bytes(raw.encode(), ".txt", "alert.txt").text
    assert "Salary: $31.42 to $40.10 per hour." in text and "<p>" not in text
    posting = "Position: Inspector\nSalary: $31.42\nStatus: Full-time\n\nContent-Type: none of a posting's business\n"
    assert load_bytes(posting.encode(), ".txt", "posting.txt").text.startswith("Position: Inspector")
