"""An SMTP server for the digest tests: STARTTLS required, AUTH required, mail captured.

Usage: smtp_capture.py OUTDIR PORT USER PASSWORD

Makes a throw-away CA with trustme and a certificate for 127.0.0.1 and localhost, writes the
CA to OUTDIR/ca.pem, listens on 127.0.0.1:PORT (aiosmtpd), refuses MAIL before STARTTLS and
before AUTH, and writes every accepted message to OUTDIR/mail-N.json (recipients, the raw
message, and its subject and text body decoded). Writes OUTDIR/ready once listening; runs until
killed.
"""

import email
import email.policy
import json
import pathlib
import ssl
import sys
import time

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


def main() -> None:
    out = pathlib.Path(sys.argv[1])
    port = int(sys.argv[2])
    user, password = sys.argv[3].encode(), sys.argv[4].encode()
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(out / "ca.pem"))
    server_cert = ca.issue_cert("127.0.0.1", "localhost")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_cert.configure_cert(context)

    count = {"n": 0}

    class Handler:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
            count["n"] += 1
            raw = envelope.original_content or envelope.content
            message = email.message_from_bytes(raw, policy=email.policy.default)
            body = message.get_body(preferencelist=("plain",))
            record = {
                "rcpt": envelope.rcpt_tos,
                "tls": session.ssl is not None,
                "subject": str(message["subject"]),
                "text": body.get_content() if body is not None else "",
                "raw": raw.decode("utf-8", "replace"),
            }
            path = out / f"mail-{count['n']}.json"
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(record))
            tmp.rename(path)
            return "250 OK"

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = getattr(auth_data, "login", None) == user and getattr(auth_data, "password", None) == password
        return AuthResult(success=ok)

    controller = Controller(
        Handler(),
        hostname="127.0.0.1",
        port=port,
        tls_context=context,
        require_starttls=True,
        authenticator=authenticator,
        auth_required=True,
        auth_require_tls=True,
    )
    controller.start()
    (out / "ready").write_text("ready")
    try:
        while True:
            time.sleep(1)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
