import Foundation
import Testing

/// Facts read off each seed page in `../shared/seeds/` that its generated docs must state:
/// operations, parameters, fields, limits, enum values, status codes, headers, scopes and
/// permissions, and example values. A fact missing from `Generated/<spec>/docs/` fails the test.
@Suite struct SeedCoverageTests {
    static let facts: [(spec: String, facts: [String])] = [
        ("losant-events", [
            "DELETE https://api.losant.com/applications/{applicationId}/events/{eventId}",
            "GET https://api.losant.com", "PATCH https://api.losant.com",
            "Deletes an event", "Retrieves information on an event", "Updates information about an event",
            "ID associated with the application", "575ec8687ae143cd83dc4a97", "575ed0de7ae143cd83dc4aa5",
            "`all.Application`", "`all.Application.read`", "`all.Organization.read`", "`all.User.read`",
            "`event.*`", "`event.delete`", "`event.get`", "`event.patch`", "prepended with `Bearer`",
            "If event was successfully deleted", "Error if malformed request", "Error if event was not found",
            "Event information", "Updated event information", "Error if event is not found",
            "\"state\": \"acknowledged\"", "\"comment\": \"Looking into this issue\"",
            "Event Patch", "[EventPatch](schemas.md#eventpatch)", "[Success](schemas.md#success)", "[Error](schemas.md#error)",
        ]),
        ("utilityapi-events", [
            "PATCH https://utilityapi.com/api/v2/events/{event_uid}", "`is_delivered`", "boolean",
            "stop trying to send webhook requests", "\"is_delivered\": true", "\"uid\": \"12345\"",
            "\"type\": \"authorization_created\"", "2016-01-01T12:30:24.653422+00:00",
            "| 200 |", "| 400 |", "| 401 |", "| 404 |", "| 429 |", "| 500 |", "| 503 |", "| 504 |",
            "`Retry-After`", "could be html, json, or nothing", "Site is currently down for maintenance",
            "timed out", "Invalid or missing access_token", "Bearer API_TOKEN_HERE",
        ]),
        ("strigo-events", [
            "GET https://app.strigo.io/api/v1/events", "POST https://app.strigo.io/api/v1/events",
            "PATCH https://app.strigo.io/api/v1/events/{event_id}", "DELETE https://app.strigo.io/api/v1/events/{event_id}",
            "Retrieve all events", "Retrieve a single event", "Create an event", "Modify an event", "Delete an event",
            "regardless of their status", "at most 256 characters", "at most 65536 characters",
            "`public`", "`private`", "`name`", "`owner`", "`class_id`", "`date_start`", "`date_end`",
            "`include_chat`", "`include_video`", "`tas`", "`trainees`", "`use_new_terminal`", "`partner_id`",
            "`event_link`", "`token`", "`availability`", "`status`",
            "You cannot currently modify live events", "You can only delete events in `ready` state",
            "implicitly creates a private event", "implicitly means a private event",
            "\"result\": \"success\"", "\"name\": \"Another Event\"", "someone.else@strigo.io",
            "LLWdr8TFpRTS022Go", "hd3ALTaLAbhfzmBbf", "${ORG_ID}:${API_KEY}", "x-page-inconsistency",
        ]),
        ("secoda-events", [
            "GET https://api.secoda.co/api/v1/event/category", "POST https://api.secoda.co/api/v1/event/category",
            "/api/v1/event/category/{event_category_id}", "/api/v1/event/events/{event_id}",
            "/api/v1/event/event_properties/{event_property_id}",
            "List Event Categories", "Create Event Category", "Get Event Category by Id", "List Events", "Create Event",
            "Get Event", "Delete Event", "Update an Event", "List Event Properties", "Create Event Property",
            "Get Event Property", "Delete Event Property", "Update an Event Property",
            "Landing Page", "43d7c33dad744dfbbfadc172f6701afb", "cf103b4785764467ad34384cd523abd9", "Clicked",
            "226dc8aafa8d46468b116652cdc64065", "Deprecated", "List of event categories.", "List of events.",
            "List of event properties.", "Event property created.", "`pii`", "`verified`", "`published`",
            "`teams`", "`owners`", "`collections`", "`tags`", "`subscribers`", "`definition`",
            "e8ac09ede51e4e618eaf59942c98c260", "3b2c7185-fb5d-4d94-89d4-3dae08e093a9",
            "filter={\"operator\":\"exact\",\"field\":\"type\",\"value\":\"event\"}",
        ]),
        ("notification-events", [
            "GET /api/o/{org}/p/{prj}/a/{app}/e/", "POST /api/o/{org}/p/{prj}/a/{app}/e/{evt}/trigger/",
            "List Events", "Trigger an Event", "ApiKeyAuthentication", "`event:list`", "`event:trigger`",
            "The slug of the organization.", "The slug of the project.", "The slug of the application.",
            "The slug of the event to trigger.", "`context`", "`options`", "notification templates",
            "\"channels\": [", "\"variable1\": \"value1\"", "\"occurrence\": \"<occurrence_id>\"",
            "\"slug\": \"<event_slug>\"", "| 201 |", "| 400 |", "| 401 |", "| 403 |", "| 404 |",
            "The API key is invalid or missing.", "required event:trigger permission",
        ]),
    ]

    @Test(arguments: facts.map(\.spec))
    func docsStateEveryFactOfTheSeedPage(_ spec: String) throws {
        let folder = "Generated/\(spec)/docs"
        let text = RepositoryFiles.files(under: folder).compactMap { RepositoryFiles.read("\(folder)/\($0)") }.joined(separator: "\n")
        try #require(!text.isEmpty, "no docs in \(folder)")
        let facts = try #require(Self.facts.first { $0.spec == spec }).facts
        let missing = facts.filter { !text.contains($0) }
        #expect(missing.isEmpty, "\(spec) docs lack: \(missing)")
    }
}
