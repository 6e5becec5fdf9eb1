// The generated OpenAI client against Tests/OpenAIStub/stub_server.py: a multipart transcription
// upload and a streamed chat completion, each checked as a user of the client would see it.
import Foundation
import HTTPTypes
import OpenAIClient
import OpenAPIRuntime
import OpenAPIURLSession
import SpeccRuntime

struct Failure: Error, CustomStringConvertible {
    let description: String
}

func check(_ condition: Bool, _ message: @autoclosure () -> String) throws {
    if !condition { throw Failure(description: message()) }
}

func run() async throws {
    let serverURL = URL(string: ProcessInfo.processInfo.environment["OPENAI_STUB_URL"] ?? "")!
    let client = Client(serverURL: serverURL, transport: URLSessionTransport(), middlewares: [Authentication.apiKeyAuth(token: "test-key")])

    // Audio with every byte value and the sequences a multipart parser must not take for a boundary.
    let audio: [UInt8] = Array(0...255) + Array("\r\n--\r\n".utf8) + (0..<4096).map { UInt8($0 % 251) }
    var audioHeaders = HTTPFields()
    audioHeaders[.contentType] = "audio/wav"
    let transcription = try await client.createTranscription(body: [
        .file(FormPart(HTTPBody(audio), filename: "speech.wav", headers: audioHeaders)),
        .model(FormPart(.string("whisper-1"))),
        .language(FormPart("en")),
        .temperature(FormPart(0.25)),
        .responseFormat(FormPart(.json)),
        .timestampGranularities(FormPart(.word)),
        .timestampGranularities(FormPart(.segment)),
    ])
    guard case .ok(.json(.createTranscriptionResponseJson(let result))) = transcription else {
        throw Failure(description: "createTranscription: expected a JSON transcription, got \(transcription)")
    }
    let digest = ProcessInfo.processInfo.environment["OPENAI_STUB_AUDIO_SHA"] ?? ""
    let expected = [
        "file speech.wav audio/wav \(audio.count) bytes sha256:\(digest)",
        "model=whisper-1 (text/plain)", "language=en (text/plain)", "temperature=0.25 (text/plain)", "response_format=json (text/plain)",
        "timestamp_granularities=word (text/plain)", "timestamp_granularities=segment (text/plain)",
    ].joined(separator: "; ")
    try check(result.text == expected, "createTranscription: the server read\n  \(result.text)\nexpected\n  \(expected)")
    print("openai-stub: createTranscription sent \(audio.count) bytes of audio and 6 typed parts; the server read them all intact")

    let request = CreateChatCompletionRequest(
        messages: [.chatCompletionRequestUserMessage(ChatCompletionRequestUserMessage(content: .string("say hello to the world"), role: .user))],
        model: .string("gpt-4o"), stream: true)
    guard case .ok(.eventStream(let chunks)) = try await client.createChatCompletion(body: request) else {
        throw Failure(description: "createChatCompletion: expected an event stream")
    }
    var pieces: [String] = []
    for try await event in chunks {
        guard let chunk = event.data else { throw Failure(description: "createChatCompletion: an event without data") }
        try check(chunk.model == "gpt-4o" && chunk.id == "chatcmpl-1", "createChatCompletion: chunk \(chunk)")
        pieces.append(chunk.choices.first?.delta.content ?? "")
    }
    try check(pieces == ["SAY ", "HELLO ", "TO ", "THE ", "WORLD"], "createChatCompletion: chunks \(pieces)")
    print("openai-stub: createChatCompletion streamed \(pieces.count) typed chunks, then [DONE]: \(pieces.joined())")
}

do {
    try await run()
} catch {
    print("FAIL: \(error)")
    exit(1)
}
