"""A stand-in for two OpenAI endpoints, for Tests/Scripts/openai-stub.sh.

POST /v1/audio/transcriptions parses the multipart body as any server would (Python's email
parser, knowing nothing of specc) and answers with what it found, so the Swift side can check
that every part arrived intact. POST /v1/chat/completions with "stream": true answers with
server-sent events, one chunk at a time with a pause between them, ending in OpenAI's
`data: [DONE]`. The port it listens on is written to the file named by the first argument.
"""
import email.parser
import email.policy
import hashlib
import http.server
import json
import sys
import time


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    def read_body(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            data = b""
            while True:
                size = int(self.rfile.readline().strip(), 16)
                if size == 0:
                    self.rfile.readline()
                    return data
                data += self.rfile.read(size)
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("Content-Length", "0")))

    def answer(self, status, body, content_type="application/json"):
        payload = json.dumps(body).encode() if content_type == "application/json" else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_POST(self):
        body = self.read_body()
        if self.headers.get("Authorization") != "Bearer test-key":
            return self.answer(401, {"error": {"message": "no key", "type": "auth", "param": None, "code": None}})
        if self.path == "/v1/audio/transcriptions":
            return self.transcription(body)
        if self.path == "/v1/chat/completions":
            return self.chat(json.loads(body))
        self.answer(404, {"error": {"message": self.path, "type": "not_found", "param": None, "code": None}})

    def transcription(self, body):
        content_type = self.headers.get("Content-Type", "")
        if not content_type.startswith("multipart/form-data; boundary="):
            return self.answer(400, {"error": {"message": "not multipart: " + content_type, "type": "bad", "param": None, "code": None}})
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
        found = []
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            if name == "file":
                found.append("file %s %s %d bytes sha256:%s" % (part.get_filename(), part.get_content_type(), len(payload),
                                                             hashlib.sha256(payload).hexdigest()[:16]))
            else:
                found.append("%s=%s (%s)" % (name, payload.decode(), part.get_content_type()))
        self.answer(200, {"text": "; ".join(found)})

    def chat(self, request):
        if request.get("stream") is not True:
            return self.answer(400, {"error": {"message": "expected stream: true", "type": "bad", "param": None, "code": None}})
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        words = request["messages"][0]["content"].split(" ")
        for index, word in enumerate(words):
            chunk = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1700000000, "model": request["model"],
                     "choices": [{"index": 0, "delta": {"content": word.upper() + ("" if index == len(words) - 1 else " ")},
                                  "finish_reason": None, "logprobs": None}]}
            self.wfile.write(b"data: " + json.dumps(chunk).encode() + b"\n\n")
            self.wfile.flush()
            time.sleep(0.05)
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()
        self.close_connection = True


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(sys.argv[1], "w") as port_file:
    port_file.write(str(server.server_address[1]))
server.serve_forever()
