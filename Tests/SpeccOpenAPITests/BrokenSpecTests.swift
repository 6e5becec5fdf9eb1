import Foundation
import SpeccPipeline
import Testing

/// Each `Fixtures/broken/NAME.yaml` must produce exactly `NAME.diagnostics`: every message, at its
/// line and column, in order, and never a crash or a hang.
@Suite struct BrokenSpecTests {
    static let fixtures = Fixtures.names(in: "broken", extensions: ["yaml", "json"])

    @Test func tableHasAtLeastThirtyCases() {
        #expect(Self.fixtures.count >= 30)
    }

    @Test(arguments: fixtures)
    func reportsExpectedDiagnostics(_ name: String) throws {
        let specPath = Fixtures.path("broken/\(name)")
        let expectedPath = (specPath as NSString).deletingPathExtension + ".diagnostics"
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        let output = Pipeline.compile(spec: specPath)
        #expect(Fixtures.rendered(output.diagnostics) == expected)
        #expect(!output.diagnostics.isEmpty, "a broken fixture must produce at least one diagnostic")
    }

    @Test func diagnosticsAreSortedByLocation() {
        let output = Pipeline.compile(spec: Fixtures.path("broken/many-errors-sorted.yaml"))
        let locations = output.diagnostics.map(\.location)
        #expect(locations == locations.sorted())
        #expect(output.diagnostics.filter { $0.severity == .error }.count == 4)
    }
}
