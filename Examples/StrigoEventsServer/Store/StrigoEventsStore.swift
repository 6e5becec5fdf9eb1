import Foundation
import SpeccGoldenStrigoEvents

/// The Strigo events API kept in memory: an implementation of the generated `APIProtocol`.
/// Requests reach these methods only after the generated server validated them against the spec.
public actor StrigoEventsStore: APIProtocol {
    private var events: [String: Event] = [:]
    private var order: [String] = []
    private var nextNumber = 1
    private let organizationLink: String

    public init(organizationLink: String = "https://app.strigo.io/event") {
        self.organizationLink = organizationLink
    }

    public func listEvents() async throws -> ListEventsResponse {
        .ok(order.compactMap { events[$0] })
    }

    public func createEvent(body: EventCreate) async throws -> CreateEventResponse {
        let id = String(format: "evt%05d", nextNumber)
        nextNumber += 1
        let event = Event(
            id: id, owner: Owner(email: body.owner, id: "member-" + body.owner), name: body.name,
            eventLink: "\(organizationLink)/\(id)", token: UUID().uuidString.lowercased(), classId: body.classId,
            availability: body.trainees?.isEmpty == false ? .private : .public, description: body.description,
            dateStart: body.dateStart, dateEnd: body.dateEnd, includeChat: body.includeChat ?? false,
            includeVideo: body.includeVideo ?? false, tas: body.tas ?? [], trainees: body.trainees ?? [],
            status: "ready", partnerId: nil, useNewTerminal: body.useNewTerminal ?? false)
        events[id] = event
        order.append(id)
        return .ok(event)
    }

    public func getEvent(eventId: String) async throws -> GetEventResponse {
        guard let event = events[eventId] else { return .default(statusCode: 404) }
        return .ok(event)
    }

    public func modifyEvent(eventId: String, body: EventUpdate) async throws -> ModifyEventResponse {
        guard let event = events[eventId] else { return .default(statusCode: 404) }
        // The page: live events cannot be modified yet.
        guard event.status != "live" else { return .default(statusCode: 409) }
        let modified = Event(
            id: event.id, owner: body.owner.map { Owner(email: $0, id: "member-" + $0) } ?? event.owner,
            name: body.name ?? event.name, eventLink: event.eventLink, token: event.token,
            classId: body.classId ?? event.classId, availability: event.availability,
            description: body.description ?? event.description, dateStart: body.dateStart ?? event.dateStart,
            dateEnd: body.dateEnd ?? event.dateEnd, includeChat: body.includeChat ?? event.includeChat,
            includeVideo: body.includeVideo ?? event.includeVideo, tas: body.tas ?? event.tas,
            trainees: body.trainees ?? event.trainees, status: event.status, partnerId: event.partnerId,
            useNewTerminal: event.useNewTerminal)
        events[eventId] = modified
        return .ok(modified)
    }

    public func deleteEvent(eventId: String) async throws -> DeleteEventResponse {
        guard let event = events[eventId] else { return .default(statusCode: 404) }
        // The page: only events in `ready` state can be deleted.
        guard event.status == "ready" else { return .default(statusCode: 409) }
        events[eventId] = nil
        order.removeAll { $0 == eventId }
        return .ok(DeleteResult(result: "success"))
    }
}
