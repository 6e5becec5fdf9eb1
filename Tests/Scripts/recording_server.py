#!/usr/bin/env python3
"""A loopback HTTP server for client tests: it answers with scripted responses and records the
requests it receives, exactly as they arrived.

Prints its port on stdout, then serves until stdin closes (so it never outlives the test).
Control endpoints (not recorded):
  POST /__specc/respond   body {"status": 200, "headers": {...}, "body": "<text>"}: next response
  GET  /__specc/requests  the recorded requests as JSON, oldest first, then clears them
Any other request is recorded and answered with the next scripted response (404 when none).
"""
import base64
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

responses = []
requests = []
lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def reply(self, status, headers, body):
        data = body.encode()
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def handle_any(self):
        body = self.body()
        if self.path == "/__specc/respond":
            with lock:
                responses.append(json.loads(body))
            return self.reply(204, {}, "")
        if self.path == "/__specc/requests":
            with lock:
                recorded = list(requests)
                requests.clear()
            return self.reply(200, {"Content-Type": "application/json"}, json.dumps(recorded))
        with lock:
            requests.append({
                "method": self.command,
                "path": self.path,
                "headers": {name.lower(): value for name, value in self.headers.items()},
                "body": base64.b64encode(body).decode(),
            })
            scripted = responses.pop(0) if responses else {"status": 404, "headers": {}, "body": ""}
        self.reply(scripted["status"], scripted.get("headers", {}), scripted.get("body", ""))

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = handle_any


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.server_address[1], flush=True)
    sys.stdin.read()
    server.shutdown()


if __name__ == "__main__":
    main()
