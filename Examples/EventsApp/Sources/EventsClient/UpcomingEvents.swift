import Foundation

/// App code on top of the generated client: the events that have not started yet, soonest first.
public struct UpcomingEvents: Sendable {
    let client: Client

    public init(client: Client) { self.client = client }

    public func list(after now: Date) async throws -> [Event] {
        switch try await client.listEvents() {
        case .ok(let events):
            return events.filter { ($0.dateStart ?? .distantPast) > now }.sorted { ($0.dateStart ?? .distantPast) < ($1.dateStart ?? .distantPast) }
        case .default(let statusCode):
            throw UnexpectedStatus(statusCode: statusCode)
        }
    }
}

public struct UnexpectedStatus: Error, Equatable {
    public let statusCode: Int

    public init(statusCode: Int) { self.statusCode = statusCode }
}
