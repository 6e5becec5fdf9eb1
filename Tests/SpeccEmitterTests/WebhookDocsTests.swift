import Foundation
import SpeccIR
import SpeccMarkdown
import SpeccPipeline
import Testing

/// What an API sends (webhooks, callbacks) is documented from the receiving side, on a page of
/// its own that the index links each request to.
@Suite struct WebhookDocsTests {
    @Test func webhooksAndCallbacksHaveAPageTheIndexLinks() throws {
        let api = try #require(Pipeline.compile(spec: RepositoryFiles.root + "/Specs/order-hooks.yaml").api)
        let templates = try #require(Pipeline.templates(overridesIn: nil).0)
        let files = MarkdownEmitter.emit(api, specName: "h", sourcePath: "h.yaml", templates: templates)
        let page = try #require(files.first { $0.path == "h/docs/webhooks.md" }).contents
        let index = try #require(files.first { $0.path == "h/docs/index.md" }).contents
        #expect(index.contains("## [Webhooks](webhooks.md)"))
        #expect(index.contains("- [An order was placed](webhooks.md#ordercreated): POST `order.created`"), "\(index)")
        #expect(index.contains("(callback of subscribe)](webhooks.md#"))
        // Sent to the consumer, not to the API's server.
        #expect(page.contains("POST https://your-app.example.com/order.created"))
        #expect(page.contains("POST {$request.body#/callbackUrl}"))
        #expect(!page.contains("https://shop.example.com/api/order.created"))
        #expect(page.contains("X-Shop-Signature"))
    }
}
