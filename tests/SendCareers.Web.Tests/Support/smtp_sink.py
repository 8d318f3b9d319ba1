"""A real SMTP server for tests: aiosmtpd on 127.0.0.1, writing each accepted message as an .eml file.

Usage: python3 smtp_sink.py PORT FOLDER
Prints "ready" once listening. While a file named "refuse-greeting" exists in FOLDER, each new
connection is greeted with "421" and closed, as a server in maintenance, at its connection limit or
throttling does. Each message is written atomically (temp file, then rename) so a
reader never sees half a message. Debian's python3-aiosmtpd provides the server.
"""
import asyncio
import os
import sys
import uuid

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, folder):
        self.folder = folder

    async def handle_DATA(self, server, session, envelope):
        name = uuid.uuid4().hex
        temp = os.path.join(self.folder, name + ".tmp")
        with open(temp, "wb") as f:
            f.write(b"X-Envelope-To: " + ", ".join(envelope.rcpt_tos).encode() + b"\r\n")
            f.write(envelope.original_content or envelope.content)
        os.replace(temp, os.path.join(self.folder, name + ".eml"))
        return "250 Message accepted for delivery"


class RefusingSMTP(SMTP):
    """Answers the greeting with 421 while the refuse-greeting file exists."""

    def __init__(self, handler, folder, **kwargs):
        super().__init__(handler, **kwargs)
        self.refuse_flag = os.path.join(folder, "refuse-greeting")

    async def _handle_client(self):
        if os.path.exists(self.refuse_flag):
            await self.push("421 4.3.2 Too many connections, try again later")
            self.transport.close()
            return
        await super()._handle_client()


class SinkController(Controller):
    def __init__(self, folder, **kwargs):
        self.folder = folder
        super().__init__(Sink(folder), **kwargs)

    def factory(self):
        return RefusingSMTP(self.handler, self.folder, **self.SMTP_kwargs)


def main():
    port = int(sys.argv[1])
    folder = sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    controller = SinkController(folder, hostname="127.0.0.1", port=port, data_size_limit=10 * 1024 * 1024)
    controller.start()
    print("ready", flush=True)
    try:
        asyncio.new_event_loop().run_forever()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
